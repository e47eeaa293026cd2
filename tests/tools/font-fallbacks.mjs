#!/usr/bin/env node
/**
 * Metric-matched fallback faces for the bundled web fonts (issue 15, point 6): when Noto Sans or
 * Noto Serif is not there at first paint, the text is set in a local font (Arial or Times New Roman,
 * or their metric twins Liberation Sans and Liberation Serif on Linux) scaled to take the same room.
 * The sums are Capsize's, as Astro's font API uses them (size-adjust from the average width of a
 * letter, then ascent, descent and line gap of the web font in the scaled em), with one change: the
 * average is weighted by the letters of Dutch text (DUTCH below), not English. With Capsize's English
 * weights, Arial set a Dutch paragraph 1% wider than Noto Sans, enough to wrap a line differently.
 *
 *   node tests/tools/font-fallbacks.mjs   prints the @font-face rules for src/styles/theme.css
 *
 * The widths of the local fonts are read from the Liberation files (fonts-liberation on Debian), whose
 * advance widths are Arial's and Times New Roman's. tests/unit/lean-css.test.ts checks that theme.css
 * holds exactly these rules (where those files are installed).
 */
import { fromFile } from '@capsizecss/unpack/fs';
import { create } from 'fontkitten';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');

/** Vertical metrics of the local fonts, from Capsize (the same numbers as Astro's system fallbacks). */
const SYSTEM = {
  Arial: { ascent: 1854, descent: -434, lineGap: 67, unitsPerEm: 2048 },
  'Arial Bold': { ascent: 1854, descent: -434, lineGap: 67, unitsPerEm: 2048 },
  'Times New Roman Bold': { ascent: 1825, descent: -443, lineGap: 87, unitsPerEm: 2048 },
};
const LIBERATION = '/usr/share/fonts/truetype/liberation';
/** The file with each local font's advance widths: its Liberation twin. */
export const TWIN = {
  Arial: `${LIBERATION}/LiberationSans-Regular.ttf`,
  'Arial Bold': `${LIBERATION}/LiberationSans-Bold.ttf`,
  'Times New Roman Bold': `${LIBERATION}/LiberationSerif-Bold.ttf`,
};

/**
 * Letters of Dutch text, per 100 characters: spaces one in six, the lower-case letters by their
 * frequency in Dutch (e 18.9, n 10.0, a 7.5 … of the letters), a few capitals and punctuation.
 */
const LETTERS = {
  e: 18.91,
  n: 10.03,
  a: 7.49,
  t: 6.79,
  i: 6.5,
  r: 6.41,
  o: 6.06,
  d: 5.93,
  s: 3.73,
  l: 3.57,
  g: 3.4,
  v: 2.85,
  h: 2.38,
  k: 2.25,
  m: 2.21,
  u: 1.99,
  b: 1.58,
  p: 1.57,
  w: 1.52,
  j: 1.46,
  z: 1.39,
  c: 1.24,
  f: 0.81,
  x: 0.04,
  y: 0.04,
  q: 0.01,
};
const letterSum = Object.values(LETTERS).reduce((a, b) => a + b, 0);
export const DUTCH = {
  ' ': 16,
  ...Object.fromEntries(Object.entries(LETTERS).map(([c, f]) => [c, (78 * f) / letterSum])),
  ...Object.fromEntries([...'DHIJMVWE'].map((c) => [c, 0.5])),
  ',': 1,
  '.': 1,
  '-': 0.5,
};

/** Average advance width of a letter of Dutch text in `font` (a fontkitten font), in font units. */
function dutchWidth(font) {
  const chars = Object.keys(DUTCH);
  const glyphs = font.glyphsForString(chars.join(''));
  const total = Object.values(DUTCH).reduce((a, b) => a + b, 0);
  return glyphs.reduce((sum, g, i) => sum + g.advanceWidth * DUTCH[chars[i]], 0) / total;
}
const fontAt = (path) => create(readFileSync(path));
/** True where the Liberation files are installed (they give the local fonts' widths). */
export const twinsInstalled = () => Object.values(TWIN).every((f) => existsSync(f));
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
  {
    family: 'Noto Sans',
    weight: 400,
    file: '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2',
    local: 'Arial',
  },
  {
    family: 'Noto Sans',
    weight: 700,
    file: '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2',
    local: 'Arial Bold',
  },
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

/**
 * The characters of the bundled file (fontsource's latin subset), from fontsource's own CSS: the
 * stand-in covers only those, so a character the web font lacks (a list bullet ●) falls through to
 * the same local font as before.
 */
function unicodeRange(file) {
  const [, pkg, , name] = file.split('/');
  const weight = name.match(/-(\d+)-normal/)[1];
  const css = readFileSync(join(root, 'node_modules/@fontsource', pkg, `${weight}.css`), 'utf8');
  const block = css.split('@font-face').find((b) => b.includes(name));
  return block.match(/unicode-range:\s*([^;]+);/)[1].trim();
}

export async function fallbackCss() {
  const rules = [];
  for (const face of FACES) {
    const file = join(root, 'node_modules', face.file);
    const font = { ...(await fromFile(file)), xWidthAvg: dutchWidth(fontAt(file)) };
    const local = { ...SYSTEM[face.local], xWidthAvg: dutchWidth(fontAt(TWIN[face.local])) };
    const o = overrides(font, local);
    rules.push(
      [
        '@font-face {',
        `  font-family: '${face.family} fallback';`,
        '  font-style: normal;',
        `  font-weight: ${face.weight};`,
        `  src: ${LOCAL[face.local].map((n) => `local('${n}')`).join(', ')};`,
        `  unicode-range: ${unicodeRange(face.file)};`,
        ...Object.entries(o).map(([k, v]) => `  ${k}: ${v};`),
        '}',
      ].join('\n'),
    );
  }
  return rules.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await fallbackCss());
