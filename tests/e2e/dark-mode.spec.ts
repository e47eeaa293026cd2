/**
 * Dark mode: with prefers-color-scheme: dark the site uses the theme's dark token set (unless
 * gemeente.yaml switches it off; the theme run tests that). axe in dark mode: tests/a11y/pages.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { test, expect } from '../helpers/fixtures.ts';
import { root } from '../helpers/site.ts';

const settings = parse(readFileSync(join(root, 'content/gemeente.yaml'), 'utf8'));

/** Relative luminance of a computed "rgb(r, g, b)" colour, 0 (black) to 1 (white). */
const luminance = (rgb: string) => {
  const [r, g, b] = rgb
    .match(/\d+(\.\d+)?/g)!
    .slice(0, 3)
    .map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

test('the page follows a dark system setting: dark background, light text', async ({ page }) => {
  test.skip(settings.thema?.donker === false, 'dark mode is switched off in gemeente.yaml');
  await page.goto('./');
  const colours = () =>
    page.evaluate(() => [
      getComputedStyle(document.documentElement).backgroundColor,
      getComputedStyle(document.querySelector('main p')!).color,
    ]);
  const [lightBg, lightText] = (await colours()).map(luminance) as [number, number];
  expect(lightBg).toBeGreaterThan(lightText);
  await page.emulateMedia({ colorScheme: 'dark' });
  const [darkBg, darkText] = (await colours()).map(luminance) as [number, number];
  expect(darkBg).toBeLessThan(0.05);
  expect(darkText).toBeGreaterThan(darkBg);
  await expect(page.locator('html')).toHaveCSS('color-scheme', 'dark');
});
