/**
 * House style by tokens only: our CSS and components never name a colour themselves, so a
 * municipality's token theme restyles everything. Keywords that are not colours of their own
 * (transparent, currentColor, inherit, and the system colours of forced-colors mode) are fine.
 * Token files in src/themes/ are like the theme package itself: they may hold colour values, but
 * only as token definitions (--basis-…), and the dark set must match the package it came from.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { darkThemeCss, outFile } from '../tools/dark-theme.mjs';

const root = join(import.meta.dirname, '../..');
const NAMED =
  'black|white|red|green|blue|yellow|orange|purple|gray|grey|pink|brown|navy|teal|maroon|olive|silver|lime|aqua|fuchsia|gold|indigo|violet|crimson|coral|salmon|tomato|khaki|beige|ivory|lavender|turquoise|tan|plum|orchid';
const RAW = new RegExp(
  `#[0-9a-f]{3,8}\\b|\\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\\(|:\\s*(?:${NAMED})\\b|\\s(?:${NAMED})\\s*[;)]`,
  'i',
);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.(css|astro|tsx)$/.test(name) ? [p] : [];
  });
}

/** CSS of a file: a .css file whole, the <style> blocks and style attributes of a component. */
function css(path: string): string {
  const text = readFileSync(path, 'utf8');
  if (path.endsWith('.css')) return text;
  return [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>|style=["{]([^"}]*)["}]/g)]
    .map((m) => m[1] ?? m[2] ?? '')
    .join('\n');
}

export function rawColours(text: string): string[] {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .filter((line) => RAW.test(line) && !/^\s*@import/.test(line));
}

describe('no raw colour values', () => {
  it('the check itself catches hex, functions and named colours', () => {
    expect(
      rawColours(
        'a { color: #fff; }\nb { background: rgb(0 0 0); }\nc { border-color: red; }\nd { color: var(--x); }\ne { color: currentColor; }',
      ),
    ).toHaveLength(3);
  });
  const targets = [
    ...files(join(root, 'src/styles')),
    ...files(join(root, 'src/components')),
    ...files(join(root, 'src/layouts')),
    ...files(join(root, 'src/islands')),
    ...files(join(root, 'src/pages')),
  ];
  for (const path of targets) {
    it(relative(root, path), () => {
      expect(rawColours(css(path))).toEqual([]);
    });
  }
});

describe('theme token files (src/themes/)', () => {
  const dir = join(root, 'src/themes');
  for (const path of files(dir)) {
    it(`${relative(root, path)} only defines tokens`, () => {
      const declarations = readFileSync(path, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .split(/[;{}]/)
        .map((d) => d.trim())
        .filter((d) => d.includes(':') && !d.startsWith('@') && !d.startsWith('.'));
      expect(declarations.length).toBeGreaterThan(0);
      expect(declarations.filter((d) => !/^--[a-z0-9-]+\s*:/.test(d) && !/^color-scheme\s*:/.test(d))).toEqual([]);
    });
  }
  it('the dark set is what the theme package ships (node tests/tools/dark-theme.mjs regenerates it)', () => {
    expect(readFileSync(outFile, 'utf8')).toBe(darkThemeCss());
  });
});
