// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import { nldsClasses } from './src/integrations/markdown-nlds.ts';
import { nl } from './src/i18n/nl.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { settings } from './src/integrations/settings.ts';
import { islandStylesInHead } from './src/integrations/island-styles.ts';
import { precompress } from './src/integrations/compress.ts';
import { offline } from './src/integrations/offline.ts';
import { leanCss } from './src/integrations/lean-css.ts';
import { noPreloadHelper } from './src/integrations/no-preload-helper.ts';
import { scormLaunch } from './src/integrations/scorm-launch.ts';
import { resolve } from 'node:path';
import { relativeUrls } from './src/integrations/relative-urls.ts';
import { buildTarget, scormBase } from './src/lib/target.ts';

// BUILD_TARGET=scorm makes the package for a learning platform (src/lib/target.ts); checked here so a
// typo stops the build at once.
const scorm = buildTarget() === 'scorm';

// BASE_PATH lets an intranet host the site in a sub-folder (for example /vpt/).
// DIST_DIR keeps a sub-path build apart from the normal one, so tests can run both.
// The SCORM package has no base path of its own: it is built with a marker base that
// relativeUrls turns into relative URLs after the build (src/integrations/relative-urls.ts).
const base = scorm ? scormBase : (process.env.BASE_PATH ?? '/');

// CONTENT_DIR points the build at another content folder (tests use it for broken fixtures).
const contentDir = resolve(process.env.CONTENT_DIR ?? './content');

export default defineConfig({
  base,
  outDir: process.env.DIST_DIR ?? 'dist',
  // Separate caches let a test build broken content beside the real build.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // settings reads content/gemeente.yaml and sets the theme; contentCheck checks all content.
  // Both come first: a content error stops the build with file, line and field.
  // offline writes sw.js (the precache over the finished pages) and the web app manifest.
  // precompress comes last: it writes .br and .gz copies of the files as the steps before leave them.
  // The SCORM package gets relative URLs and no compressed copies (an LMS serves each file as it is),
  // no service worker (offline leaves it out), and scormLaunch adds its launch page lms/index.html
  // (src/integrations/scorm-launch.ts).
  integrations: [
    settings(contentDir),
    contentCheck(contentDir),
    mdx(),
    preact(),
    scormLaunch,
    islandStylesInHead,
    offline(contentDir, { siteName: nl.siteName, description: nl.home.description }),
    ...(scorm ? [relativeUrls(scormBase)] : [precompress]),
  ],
  // Prism, not Shiki: Shiki's inline styles do not fit a hash-based CSP.
  markdown: {
    processor: satteri({ hastPlugins: [nldsClasses({ table: nl.markdown.table, tableOf: nl.markdown.tableOf })] }),
    syntaxHighlight: 'prism',
  },
  security: { csp: true },
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
  vite: {
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              // One chunk for Preact (runtime, hooks, JSX), one for nanostores and one for the islands'
              // shared helpers, instead of a file per module: a lesson loads all of them, and each
              // file costs its own gzip (together 0.8 KB less on a lesson with a dilemma and a check).
              codeSplitting: {
                groups: [
                  { name: 'preact', test: /[\\/]node_modules[\\/]preact[\\/]/ },
                  { name: 'nanostores', test: /[\\/]node_modules[\\/]nanostores[\\/]/ },
                  // The small helpers both quiz islands share (and the griffier's tools use).
                  {
                    name: 'shared',
                    test: /[\\/]src[\\/](?:lib[\\/]quiz|i18n[\\/]format|islands[\\/]use-mounted)\.ts$/,
                  },
                ],
              },
            },
          },
        },
      },
    },
    // Drops the theme's custom properties that nothing uses from the built CSS (src/integrations/lean-css.ts).
    // Vite's preload helper stays off every page (src/integrations/no-preload-helper.ts).
    plugins: [leanCss([resolve('src'), contentDir]), noPreloadHelper()],
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
