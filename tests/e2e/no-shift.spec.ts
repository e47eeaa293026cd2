/**
 * No shift while a page loads (issue 15, point 6): home, a lesson with a dilemma, the results page
 * and Mijn voortgang, at phone and desktop width, with a cold cache (routing turns the HTTP cache
 * off) and slow fonts: the .woff2 requests wait until the page has drawn its islands, results and
 * progress. Measured with the browser's own layout-shift entries (buffered, so the load counts).
 *
 * Then the fonts' stand-ins: the same page with the fonts at once must have the header and the h1 at
 * the same size and place as with the slow fonts. Without the metric-matched fallbacks
 * (src/styles/theme.css) the local font takes other room (the header is 4 px lower at 1280 px), and
 * the next page, with the font, jumps.
 */
import type { Page, Route } from '@playwright/test';
import { test, expect } from '../helpers/fixtures.ts';
import { content } from '../helpers/content.ts';
import { pagesWith } from '../helpers/site.ts';

declare global {
  interface Window {
    __shift: number;
    __moved: string[];
  }
}

/**
 * Boxes that a font change would move or resize: the header and the h1. (Not a paragraph: an average
 * width cannot promise that every line of running text wraps at the same word.)
 */
const boxes = (page: Page) =>
  page.evaluate(() =>
    ['header', 'main h1'].map((s) => {
      const r = document.querySelector(s)!.getBoundingClientRect();
      return { s, top: Math.round(r.top), height: Math.round(r.height), width: Math.round(r.width) };
    }),
  );

test('nothing moves while a page loads with a cold cache and slow fonts, phone and desktop', async ({ page }) => {
  test.setTimeout(120_000);
  const lesson = pagesWith('data-dilemma=').find((p) => pagesWith('id="test-jezelf"').includes(p));
  expect(lesson, 'a lesson with a dilemma and a knowledge check').toBeTruthy();
  // The query of the issue; a lesson title holds it, so the results page has results to draw.
  expect(content.lessons.some((l) => /aangifte/i.test(l.data.title))).toBe(true);
  const pages = ['', lesson!, 'zoeken/?q=aangifte', 'voortgang/'];

  let held: Route[] = [];
  let hold = true;
  await page.route('**/*.woff2', (route) => (hold ? held.push(route) : route.continue()));
  await page.addInitScript(() => {
    window.__shift = 0;
    window.__moved = [];
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node }[] };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Shift[]) {
        if (e.hadRecentInput) continue;
        window.__shift += e.value;
        // What moved, for the message when it fails.
        for (const s of e.sources) window.__moved.push((s.node as Element | undefined)?.outerHTML?.slice(0, 80) ?? '?');
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  /** Waits until scripts have drawn what they draw on the first screen. */
  const settled = async (path: string) => {
    if (path.startsWith('zoeken/')) await expect(page.locator('main').getByRole('status')).not.toBeEmpty();
    if (path === 'voortgang/') await expect(page.locator('vr-done-count').first()).toBeVisible();
    if (path === lesson) await expect(page.locator('vr-lesson-progress')).toBeVisible();
    // Two frames, so a shift from the last change is reported.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  };

  for (const size of [
    { width: 390, height: 844 },
    { width: 1280, height: 900 },
  ]) {
    await page.setViewportSize(size);
    for (const path of pages) {
      const where = `${size.width}px ${path || 'home'}`;
      // Slow fonts: held until the page has drawn everything, then let through.
      hold = true;
      // A first visit: no progress yet (a lesson read earlier would add "Verder waar je was" to home).
      await page.evaluate(() => localStorage.clear()).catch(() => undefined);
      await page.goto(path, { waitUntil: 'domcontentloaded' });
      await settled(path);
      const slow = await boxes(page);
      hold = false;
      for (const r of held) await r.continue();
      held = [];
      await page.evaluate(() => document.fonts.ready);
      await settled(path);
      const shift = () => page.evaluate(() => ({ value: window.__shift, moved: window.__moved }));
      const slowShift = await shift();
      expect(slowShift.value, `${where}: layout shift with slow fonts; moved: ${slowShift.moved}`).toBeLessThanOrEqual(
        0.01,
      );

      // Fonts at once (still no HTTP cache): the same boxes, and still no shift.
      await page.evaluate(() => localStorage.clear());
      await page.goto(path);
      await page.evaluate(() => document.fonts.ready);
      await settled(path);
      expect(
        await page.evaluate(
          () => document.fonts.check('700 16px "Noto Serif"') && document.fonts.check('16px "Noto Sans"'),
        ),
        `${where}: the web fonts loaded`,
      ).toBe(true);
      const fast = await boxes(page);
      for (let i = 0; i < fast.length; i++) {
        expect(Math.abs(fast[i]!.height - slow[i]!.height), `${where}: height of ${fast[i]!.s}`).toBeLessThanOrEqual(1);
        expect(Math.abs(fast[i]!.top - slow[i]!.top), `${where}: top of ${fast[i]!.s}`).toBeLessThanOrEqual(1);
      }
      const fastShift = await shift();
      expect(
        fastShift.value,
        `${where}: layout shift with fonts at once; moved: ${fastShift.moved}`,
      ).toBeLessThanOrEqual(0.01);
    }
  }
});
