import { defineConfig } from '@playwright/test';
// Debian's Chromium where it exists (Playwright cannot download its own browser here);
// elsewhere Playwright's own. tests/tools/ensure-chromium.mjs makes sure one is there.
import { basePath, chromeArgs, chromePath, port } from './helpers/site.ts';

const scormSite = process.env.SCORM_RUN ? process.env.SCORM_SITE : undefined;

export default defineConfig({
  testDir: '.',
  // THEME_RUN: the build of tests/tools/theme-run.mjs (another municipality and theme) gets its own specs;
  // SCORM_RUN: the SCORM package of tests/tools/scorm-run.mjs, served by that script at SCORM_SITE.
  testMatch: scormSite
    ? ['scorm/**/*.spec.ts']
    : process.env.THEME_RUN
      ? ['theme/**/*.spec.ts']
      : ['e2e/**/*.spec.ts', 'a11y/**/*.spec.ts'],
  // Under a sub-path (npm run test:base, /vpt/) every spec runs that touches URLs, links, assets,
  // search, storage or the session links. These only measure layout or click inside one page, which
  // the base path cannot change (the pages are the same bytes but for their URLs, and
  // a11y/pages.spec.ts checks every URL, asset and console error of every page under /vpt/ too):
  testIgnore:
    basePath === '/'
      ? []
      : [
          'e2e/projector-fit.spec.ts', // slide sizes at five screen sizes; the plan is in the #hash
          'e2e/print-fit.spec.ts', //     PDF layout; print CSS tells links apart by "http", not by path
          'e2e/quiz.spec.ts', //          answering questions and scenarios inside their island
          'e2e/layout-shift.spec.ts', //  boxes before and after hydration
          'e2e/no-shift.spec.ts', //      layout shift while a page loads with slow fonts
          'e2e/dark-mode.spec.ts', //     colours with prefers-color-scheme: dark
        ],
  outputDir: './.output/results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['./helpers/summary-reporter.ts']],
  use: {
    baseURL: scormSite ?? `http://127.0.0.1:${port}${basePath}`,
    locale: 'nl-NL',
    // The offline worker would copy the whole site in the background of every test and answer its
    // requests; only tests/e2e/offline.spec.ts (contexts of its own) lets it run.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: chromePath,
      args: ['--headless', ...chromeArgs],
    },
  },
  // The SCORM package is served by tests/tools/scorm-run.mjs itself.
  webServer: scormSite
    ? undefined
    : {
        command: `npm run preview -- --host 127.0.0.1 --port ${port}`,
        url: `http://127.0.0.1:${port}${basePath}`,
        reuseExistingServer: !process.env.CI,
        timeout: 60_000,
      },
});
