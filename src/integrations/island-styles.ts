/**
 * Valid HTML (tests/tools/html-check.mjs): Astro writes `<style>astro-island,…{display:contents}</style>`
 * into <body>, just before the first island of a page, where HTML does not allow a style element
 * (withastro/astro#10308, still open). This moves it into <head> of every built page. Its CSP hash
 * stays valid: the policy hashes the text, not the place.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

function moveIn(folder: string) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) moveIn(path);
    else if (entry.name.endsWith('.html')) {
      const html = readFileSync(path, 'utf8');
      const style = html.match(/<style>astro-island[^<]*<\/style>/)?.[0];
      const head = html.indexOf('</head>');
      if (!style || head < 0 || html.indexOf(style) < head) continue;
      writeFileSync(path, html.replace(style, '').replace('</head>', `${style}</head>`));
    }
  }
}

export const islandStylesInHead: AstroIntegration = {
  name: 'veilig-raadswerk:island-styles-in-head',
  hooks: { 'astro:build:done': ({ dir }) => moveIn(fileURLToPath(dir)) },
};
