/**
 * Nothing moves while a reader scrolls a lesson with a dilemma and a knowledge check: the islands
 * have the same box on the server as after hydration, and the fonts do not swap in. Measured
 * with the browser's own layout-shift entries (buffered, so the load counts too), at desktop and
 * phone width, on one page reused for both.
 */
import type { Page } from '@playwright/test';
import { test, expect } from '../helpers/fixtures.ts';
import { pagesWith } from '../helpers/site.ts';

declare global {
  interface Window {
    __shift: number;
  }
}

/** The islands' boxes, and whether each was still server-rendered when measured. */
const boxes = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.vr-scenario, .vr-quiz')].map((el) => {
      const r = el.getBoundingClientRect();
      return { ssr: el.closest('astro-island')?.hasAttribute('ssr') ?? false, width: r.width, height: r.height };
    }),
  );

test('a lesson with a dilemma and a knowledge check does not shift while you scroll (desktop and phone)', async ({
  page,
}) => {
  const quiz = new Set(pagesWith('id="test-jezelf"'));
  const path = pagesWith('data-dilemma=').find((p) => quiz.has(p));
  expect(path, 'a lesson with a dilemma and questions').toBeTruthy();
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!e.hadRecentInput) window.__shift += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });

  for (const size of [
    { width: 1280, height: 900 },
    { width: 375, height: 740 },
  ]) {
    await page.setViewportSize(size);
    await page.goto(path!);
    await page.evaluate(() => document.fonts.ready);
    const before = await boxes(page);
    expect(before.length, 'a dilemma and a knowledge check').toBe(2);
    // Below the fold the islands wait for the reader (client:visible): this is the server's box.
    expect(
      before.some((b) => b.ssr),
      `${size.width}px: measured before hydration`,
    ).toBe(true);

    // Scroll to the bottom a screen at a time, letting each island hydrate as it comes into view.
    for (let guard = 0; guard < 60; guard++) {
      const done = await page.evaluate(() => {
        window.scrollBy(0, window.innerHeight * 0.8);
        return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
      });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      if (done) break;
    }
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    await expect(page.locator('[data-live="nee"]')).toHaveCount(0);
    const after = await boxes(page);
    for (let i = 0; i < before.length; i++) {
      expect(Math.abs(after[i]!.width - before[i]!.width), `${size.width}px, island ${i}: width`).toBeLessThanOrEqual(
        2,
      );
      expect(
        Math.abs(after[i]!.height - before[i]!.height),
        `${size.width}px, island ${i}: height`,
      ).toBeLessThanOrEqual(2);
    }
    const shift = await page.evaluate(() => window.__shift);
    expect(shift, `${size.width}px: cumulative layout shift`).toBeLessThan(0.02);
  }
});
