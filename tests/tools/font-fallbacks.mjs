#!/usr/bin/env node
/**
 * Metric-matched fallback faces for the bundled web fonts (issue 15, point 6): while Noto Sans or
 * Noto Serif loads, the text is set in a local font (Arial or Times New Roman, or their metric twins
 * Liberation Sans and Liberation Serif on Linux) scaled to take the same room, so nothing moves when
 * the web font arrives. The sums are Capsize's, as Astro's font API uses them (size-adjust from the
 * average width of a letter, then ascent, descent and line gap of the web font in the scaled em).
 *
 *   node tests/tools/font-fallbacks.mjs   prints the @font-face rules for src/styles/theme.css
 *
 * tests/unit/font-fallbacks.test.ts checks that theme.css holds exactly these rules.
 */
import { fromFile } from '@capsizecss/unpack/fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');

/** Metrics of the local fonts, from Capsize (the same numbers as Astro's system fallbacks). */
const SYSTEM = {
  Arial: { ascent: 1854, descent: -434, lineGap: 67, unitsPerEm: 2048, xWidthAvg: 913 },
  'Arial Bold': { ascent: 1854, descent: -434, lineGap: 67, unitsPerEm: 2048, xWidthAvg: 983 },
  'Times New Roman Bold': { ascent: 1825, descent: -443, lineGap: 87, unitsPerEm: 2048, xWidthAvg: 886 },
};
/** Local names to try for each: the font itself and its metric-compatible twin. */
const LOCAL = {
  Arial: ['Arial', 'ArialMT', 'Liberation Sans', 'LiberationSans'],
  'Arial Bold': ['Arial Bold', 'Arial-BoldMT', 'Liberation Sans Bold', 'LiberationSans-Bold'],
  'Times New Roman Bold': [
    'Times New Roman Bold',
    'TimesNewRomanPS-BoldMT',
    'Liberation Serif Bold',
    'LiberationSerif-Bold',
  ],
};
/** The bundled faces (as in theme.css) and the local font that stands in for each. */
export const FACES = [
  { family: 'Noto Sans', weight: 400, file: '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2', local: 'Arial' },
  { family: 'Noto Sans', weight: 700, file: '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2', local: 'Arial Bold' },
  {
    family: 'Noto Serif',
    weight: 700,
    file: '@fontsource/noto-serif/files/noto-serif-latin-700-normal.woff2',
    local: 'Times New Roman Bold',
  },
];

const pct = (n) => `${Number.parseFloat((n * 100).toFixed(4))}%`;

/** The overrides that make `fallback` take the room of `font` (Capsize's createFontStack). */
export function overrides(font, fallback) {
  const sizeAdjust = font.xWidthAvg / font.unitsPerEm / (fallback.xWidthAvg / fallback.unitsPerEm);
  const em = font.unitsPerEm * sizeAdjust;
  return {
    'size-adjust': pct(sizeAdjust),
    'ascent-override': pct(font.ascent / em),
    'descent-override': pct(Math.abs(font.descent) / em),
    'line-gap-override': pct(font.lineGap / em),
  };
}

export async function fallbackCss() {
  const rules = [];
  for (const face of FACES) {
    const font = await fromFile(join(root, 'node_modules', face.file));
    const o = overrides(font, SYSTEM[face.local]);
    rules.push(
      [
        '@font-face {',
        `  font-family: '${face.family} fallback';`,
        '  font-style: normal;',
        `  font-weight: ${face.weight};`,
        `  src: ${LOCAL[face.local].map((n) => `local('${n}')`).join(', ')};`,
        ...Object.entries(o).map(([k, v]) => `  ${k}: ${v};`),
        '}',
      ].join('\n'),
    );
  }
  return rules.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await fallbackCss());
