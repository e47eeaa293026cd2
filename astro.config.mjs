// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import { nldsClasses } from './src/lib/markdown-nlds.ts';
import { contentCheck } from './src/lib/content-check.ts';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

// BASE_PATH lets an intranet host the site in a sub-folder (for example /vpt/).
// DIST_DIR keeps a sub-path build apart from the normal one, so tests can run both.
const base = process.env.BASE_PATH ?? '/';

// The house style named in the settings file: a token CSS file (an npm package path or a path from
// the project folder). src/styles/theme.css imports it as "vr-theme". Errors in the file itself are
// reported by the content schema; here a missing file only falls back to nothing.
const contentDir = resolve(process.env.CONTENT_DIR ?? './content');
let themeCss = '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
try {
  const css = parse(readFileSync(resolve(contentDir, 'gemeente.yaml'), 'utf8'))?.thema?.css;
  if (typeof css === 'string' && css.trim()) themeCss = /^[./]/.test(css) ? resolve(css) : css;
} catch {
  // The content layer reports a missing or broken gemeente.yaml with file and field.
}

/**
 * Valid HTML (tests/tools/html-check.mjs): Astro writes `<style>astro-island,…{display:contents}</style>`
 * into <body>, just before the first island of a page, where HTML does not allow a style element
 * (withastro/astro#10308, still open). This moves it into <head> of every built page. Its CSP hash
 * stays valid: the policy hashes the text, not the place.
 */
/** @type {import('astro').AstroIntegration} */
const islandStylesInHead = {
  name: 'veilig-raadswerk:island-styles-in-head',
  hooks: {
    'astro:build:done': ({ dir }) => {
      /** @param {string} folder */
      const walk = (folder) => {
        for (const entry of readdirSync(folder, { withFileTypes: true })) {
          const path = join(folder, entry.name);
          if (entry.isDirectory()) walk(path);
          else if (entry.name.endsWith('.html')) {
            const html = readFileSync(path, 'utf8');
            const style = html.match(/<style>astro-island[^<]*<\/style>/)?.[0];
            const head = html.indexOf('</head>');
            if (!style || head < 0 || html.indexOf(style) < head) continue;
            const moved = html.replace(style, '');
            writeFileSync(path, moved.replace('</head>', `${style}</head>`));
          }
        }
      };
      walk(fileURLToPath(dir));
    },
  },
};

export default defineConfig({
  base,
  outDir: process.env.DIST_DIR ?? 'dist',
  // Separate caches let a test build broken content beside the real build.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // contentCheck first: a content error stops the build with file, line and field.
  integrations: [contentCheck(contentDir), mdx(), preact(), islandStylesInHead],
  // Prism, not Shiki: Shiki's inline styles do not fit a hash-based CSP.
  markdown: { processor: satteri({ hastPlugins: [nldsClasses] }), syntaxHighlight: 'prism' },
  security: { csp: true },
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
  vite: {
    resolve: { alias: { 'vr-theme': themeCss } },
    build: {
      rolldownOptions: {
        // Astro marks every MDX page's asset module with the directive "use astro:head-inject" for its
        // own use; the bundler then warns once per MDX file that it may drop the directive. Harmless
        // (known Astro issue), and only this exact warning is dropped: every other one still shows,
        // and tests/tools/run-steps.mjs fails on any warning in the build log.
        onLog(level, log, handler) {
          if (level === 'warn' && log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"')) return;
          handler(level, log);
        },
      },
    },
  },
});
