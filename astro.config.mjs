// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import { nldsClasses } from './src/integrations/markdown-nlds.ts';
import { nl } from './src/i18n/nl.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { settings } from './src/integrations/settings.ts';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// BASE_PATH lets an intranet host the site in a sub-folder (for example /vpt/).
// DIST_DIR keeps a sub-path build apart from the normal one, so tests can run both.
const base = process.env.BASE_PATH ?? '/';

// CONTENT_DIR points the build at another content folder (tests use it for broken fixtures).
const contentDir = resolve(process.env.CONTENT_DIR ?? './content');

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
  // settings reads content/gemeente.yaml and sets the theme; contentCheck checks all content.
  // Both come first: a content error stops the build with file, line and field.
  integrations: [settings(contentDir), contentCheck(contentDir), mdx(), preact(), islandStylesInHead],
  // Prism, not Shiki: Shiki's inline styles do not fit a hash-based CSP.
  markdown: {
    processor: satteri({ hastPlugins: [nldsClasses({ table: nl.markdown.table, tableOf: nl.markdown.tableOf })] }),
    syntaxHighlight: 'prism',
  },
  security: { csp: true },
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
  vite: {
    build: {
      rolldownOptions: {
        // Astro marks every MDX page's asset module with the directive "use astro:head-inject" for its
        // own use; the bundler then warns once per MDX file that it may drop the directive. Harmless
        // (known Astro issue), and only this exact warning is dropped: every other one still shows,
        // and tests/tools/run-steps.mjs fails on any warning in the build log.
        onLog(level, log, handler) {
          if (
            level === 'warn' &&
            log.code === 'MODULE_LEVEL_DIRECTIVE' &&
            log.message.includes('"use astro:head-inject"')
          )
            return;
          handler(level, log);
        },
      },
    },
  },
});
