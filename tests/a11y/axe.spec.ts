/**
 * axe on every built page (WCAG 2.0, 2.1 and 2.2, A and AA), plus reflow at 320 px:
 * no page may scroll sideways on a small phone.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '../helpers/fixtures.ts';
import { builtPages } from '../helpers/site.ts';

const pages = builtPages();

test('the build has the pages the foundation promises', () => {
  for (const p of ['', 'modules/', 'bronnen/', 'begrippen/', 'hulp/', 'toegankelijkheid/', 'privacy/', 'colofon/', '404.html']) {
    expect(pages).toContain(p);
  }
});

for (const path of pages) {
  // One visit per page: axe at desktop width, then reflow at 320 px on the same page.
  test(`axe and reflow at 320 px: /${path}`, async ({ page }) => {
    await page.goto(path);
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    const summary = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(summary).toEqual([]);

    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'horizontal scroll at 320 px').toBeLessThanOrEqual(0);
  });
}
