/**
 * The test fixture every Playwright test uses: it fails the test on any uncaught page error,
 * any console error (a CSP violation shows up as one), any request to another origin, and any
 * cookie: the privacy statement promises that none is ever set.
 */
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

export interface Guard {
  errors: string[];
  foreign: string[];
}

/**
 * Listens on `page` for what the guard forbids. `check` fails on anything seen since the last
 * `reset`; a page reused across tests (a11y/pages.spec.ts) resets before each one.
 */
export function watchPage(page: Page, origin: string) {
  const guard: Guard = { errors: [], foreign: [] };
  // A page that is meant to be a 404 logs its own status as a console error; that one is expected.
  const notFound = new Set<string>();
  page.on('response', (r) => {
    if (r.status() === 404 && r.request().resourceType() === 'document') notFound.add(r.url());
  });
  page.on('pageerror', (e) => guard.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    if (notFound.has(m.location().url) && m.text().includes('404')) return;
    guard.errors.push(`console: ${m.text()}`);
  });
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['data:', 'blob:', 'about:'].includes(u.protocol) && u.origin !== origin) guard.foreign.push(r.url());
  });
  return {
    guard,
    reset() {
      guard.errors.length = 0;
      guard.foreign.length = 0;
      notFound.clear();
    },
    async check(context: BrowserContext) {
      expect(guard.foreign, 'requests outside the site').toEqual([]);
      expect(guard.errors, 'page errors').toEqual([]);
      expect(await context.cookies(), 'cookies').toEqual([]);
    },
  };
}

export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ page, baseURL, context }, use) => {
      const watch = watchPage(page, new URL(baseURL!).origin);
      await use(watch.guard);
      await watch.check(context);
    },
    { auto: true },
  ],
});

export { expect };

/** Presses Tab until `target` has focus; fails if it takes more than `max` presses. */
export async function tabTo(page: Page, selector: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Na ${max} keer Tab heeft "${selector}" nog geen focus`);
}
