/**
 * A crawl of every built page: no request leaves the site's origin, no internal link is broken,
 * no page throws, and every link and asset stays under the base path (for example /vpt/).
 * The guard fixture fails on foreign requests and page errors; this file checks the links.
 */
import { test, expect } from '../helpers/fixtures.ts';
import { basePath, builtPages } from '../helpers/site.ts';

const pages = builtPages();
const checked = new Map<string, number>();

for (const path of pages) {
  test(`crawl: /${path}`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    await page.goto(path, { waitUntil: 'networkidle' });

    const refs = await page.evaluate(() =>
      [
        ...[...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
        ...[...document.querySelectorAll('link[href]')].map((l) => (l as HTMLLinkElement).href),
        ...[...document.querySelectorAll('script[src], img[src]')].map((e) => (e as HTMLImageElement).src),
      ],
    );
    const internal = refs.filter((r) => r.startsWith(origin));
    for (const ref of internal) {
      const u = new URL(ref);
      expect(u.pathname.startsWith(basePath), `${ref} leaves the base path ${basePath}`).toBe(true);
    }

    // Each internal target once per worker; its fragment must exist on the target page.
    for (const ref of new Set(internal.map((r) => r.split('#')[0]!))) {
      if (!checked.has(ref)) checked.set(ref, (await page.request.get(ref)).status());
      expect(checked.get(ref), `broken link to ${ref} on /${path}`).toBe(200);
    }
    const fragments = [...new Set(internal.filter((r) => r.includes('#')))];
    for (const ref of fragments) {
      const [target, id] = ref.split('#') as [string, string];
      if (!id) continue;
      const html = await (await page.request.get(target)).text();
      expect(html.includes(`id="${decodeURIComponent(id)}"`), `link to missing anchor ${ref} on /${path}`).toBe(true);
    }
  });
}
