/**
 * Every built page, one visit each (a visit is the slow part, so one test does it all):
 * - the crawl: no request leaves the site's origin and no page error (the guard fixture), the
 *   hash-based CSP is there, every internal link and #anchor resolves, and every link and asset
 *   stays under the base path (for example /vpt/);
 * - axe with the WCAG 2.0, 2.1 and 2.2 A and AA rules, zero violations, in light and in dark mode
 *   (prefers-color-scheme: dark, the dark token set) on the same page;
 * - reflow: no sideways scrolling at 320 px.
 *
 * Speed: one browser page per worker serves all page checks (a new context per page cost about as
 * much as the checks of a short page). Each check starts as a first visit in a fresh context would:
 * storage emptied before any script of the page runs, light mode, the default viewport; the guard
 * (foreign requests, page errors, cookies) is checked per page. axe reports only violations, the
 * only result the checks read (resultTypes: axe then skips building selectors for every node that
 * passes, most of its time on a long page).
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { test as guarded, expect, watchPage } from '../helpers/fixtures.ts';
import { basePath, builtPages } from '../helpers/site.ts';

/**
 * page.request.get, asked once more when the connection was reset. The preview server closes an idle
 * keep-alive connection after 5 s, and a request sent on it at that moment fails with ECONNRESET
 * (seen once in CI): that is the connection, not the page, whose status is still checked.
 */
async function getAgainOnReset(page: Page, url: string) {
  try {
    return await page.request.get(url);
  } catch (e) {
    if (!String(e).includes('ECONNRESET')) throw e;
    return page.request.get(url);
  }
}

interface Shared {
  context: BrowserContext;
  page: Page;
  watch: ReturnType<typeof watchPage>;
}

const test = guarded.extend<object, { shared: Shared }>({
  shared: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, locale } = workerInfo.project.use;
      const context = await browser.newContext({ baseURL, locale });
      // Every page load starts with empty storage, as in a new context: a lesson marks itself as
      // opened, which would otherwise change the progress shown on the pages checked after it.
      await context.addInitScript(() => {
        try {
          localStorage.clear();
          sessionStorage.clear();
        } catch {
          // Storage blocked: then there is nothing to clear.
        }
      });
      const page = await context.newPage();
      await use({ context, page, watch: watchPage(page, new URL(baseURL!).origin) });
      await context.close();
    },
    { scope: 'worker' },
  ],
  // Still automatic for every test (an override keeps the { auto: true } of fixtures.ts).
  guard: async ({ shared }, use) => {
    shared.watch.reset();
    await use(shared.watch.guard);
    await shared.watch.check(shared.context);
  },
  page: async ({ shared }, use) => {
    // The defaults of a new page: Playwright's 1280×720 and light mode (a check ends at 320 px, maybe dark).
    await shared.page.setViewportSize({ width: 1280, height: 720 });
    await shared.page.emulateMedia({ colorScheme: 'light' });
    await use(shared.page);
  },
});

const pages = builtPages();
const status = new Map<string, number>();
const html = new Map<string, string>();

test('the build has the pages the foundation promises', () => {
  for (const p of [
    '',
    'modules/',
    'bronnen/',
    'begrippen/',
    'hulp/',
    'toegankelijkheid/',
    'privacy/',
    'colofon/',
    'wijzigingen/',
    '404.html',
  ]) {
    expect(pages).toContain(p);
  }
});

for (const path of pages) {
  test(`page check: /${path}`, async ({ page, baseURL }) => {
    test.setTimeout(60_000); // two axe passes (light, dark) on the longest pages, such as the print kit
    const origin = new URL(baseURL!).origin;
    await page.goto(path);

    // CSP: Astro's hash-based policy is on every page; the guard fails on any violation.
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).toMatch(/style-src 'self'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);

    // Links and assets: under the base path, and each internal target and anchor exists.
    const refs = await page.evaluate(() => [
      ...[...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
      ...[...document.querySelectorAll('link[href]')].map((l) => (l as HTMLLinkElement).href),
      ...[...document.querySelectorAll('script[src], img[src]')].map((e) => (e as HTMLImageElement).src),
    ]);
    const internal = refs.filter((r) => r.startsWith(origin));
    for (const ref of internal) {
      expect(new URL(ref).pathname.startsWith(basePath), `${ref} leaves the base path ${basePath}`).toBe(true);
    }
    for (const target of new Set(internal.map((r) => r.split('#')[0]!))) {
      if (!status.has(target)) {
        const res = await getAgainOnReset(page, target);
        status.set(target, res.status());
        if ((res.headers()['content-type'] ?? '').includes('text/html')) html.set(target, await res.text());
      }
      expect(status.get(target), `broken link to ${target}`).toBe(200);
    }
    // A fragment with "=" holds data for a page's script (a session plan: #plan=…), not an anchor.
    for (const ref of new Set(internal.filter((r) => /#./.test(r) && !r.split('#')[1]!.includes('=')))) {
      const [target, id] = ref.split('#') as [string, string];
      expect(html.get(target)?.includes(`id="${decodeURIComponent(id)}"`), `link to a missing anchor: ${ref}`).toBe(
        true,
      );
    }

    // Accessibility at desktop width, then reflow at 320 px on the same page. Under a sub-path the
    // pages are the same bytes but for their links, which the checks above cover; axe ran on them
    // in the root run, so the /vpt/ run skips only this step to keep CI well under its limit.
    if (basePath === '/') {
      const axe = async (builder: AxeBuilder) =>
        (await builder.analyze()).violations.map(
          (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
        );
      const violationsOnly = () => new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
      expect(
        await axe(violationsOnly().withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])),
        'axe, light',
      ).toEqual([]);
      // Dark mode changes only colours, so the second pass runs only the rules about colour: cheap enough for CI.
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await axe(violationsOnly().withRules(['color-contrast', 'link-in-text-block'])), 'axe, dark').toEqual([]);
    }
    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'horizontal scroll at 320 px').toBeLessThanOrEqual(0);
  });
}
