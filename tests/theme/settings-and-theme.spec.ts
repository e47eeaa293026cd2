/**
 * Runs only against the build of tests/tools/theme-run.mjs: the settings of another municipality
 * (tests/fixtures/gemeente-test/gemeente.yaml) with the test-only theme.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { parse } from 'yaml';
import { test, expect } from '../helpers/fixtures.ts';
import { builtPages, distDir, root } from '../helpers/site.ts';

const mine = parse(readFileSync(join(root, 'tests/fixtures/gemeente-test/gemeente.yaml'), 'utf8'));
const shipped = parse(readFileSync(join(root, 'content/gemeente.yaml'), 'utf8'));

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) =>
    statSync(join(dir, n)).isDirectory() ? allFiles(join(dir, n)) : [join(dir, n)],
  );
}

test('the old name appears in no built file, the new one on every page', () => {
  expect(mine.naam).not.toBe(shipped.naam);
  const texts = allFiles(distDir).filter((f) => /\.(html|js|css|json|xml|txt)$/.test(f));
  expect(texts.filter((f) => readFileSync(f, 'utf8').includes(shipped.naam))).toEqual([]);
  for (const page of builtPages()) {
    const file = page.endsWith('.html') ? join(distDir, page) : join(distDir, page, 'index.html');
    expect(readFileSync(file, 'utf8'), page).toContain(mine.naam);
  }
});

test('header, title and contacts come from the new settings; no example-data notice', async ({ page }) => {
  await page.goto('hulp/');
  await expect(page.getByTestId('gemeente-naam')).toHaveText(mine.naam);
  await expect(page).toHaveTitle(`Hulp nodig? | Veilig Raadswerk | ${mine.naam}`);
  await expect(page.locator('[data-contact="griffie"]')).toContainText(mine.contacten.griffie.email);
  await expect(page.locator('[data-protocol]')).toContainText(mine.protocol.summary);
  await expect(page.getByTestId('voorbeeldgegevens')).toHaveCount(0);
  const logo = page.getByRole('banner').getByRole('img', { name: mine.logo.alt });
  await expect(logo).toBeVisible();
  expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
});

test('zoekmachines: true in the settings: robots.txt lets every crawler in', async ({ request }) => {
  expect(mine.zoekmachines).toBe(true);
  const text = await (await request.get('robots.txt')).text();
  expect(text.split('\n').filter((l) => l && !l.startsWith('#'))).toEqual(['User-agent: *', 'Allow: /']);
});

test('the theme changes the colours and stays accessible', async ({ page }) => {
  await page.goto('modules/herkennen/kritiek-of-strafbaar/');
  await expect(page.locator('html')).toHaveClass(mine.thema.class);
  // The test theme's link colour, #0b5d1e, differs from the voorbeeld theme's.
  await expect(page.locator('main a.utrecht-link').first()).toHaveCSS('color', 'rgb(11, 93, 30)');
  await expect(page.locator('.vr-help')).toHaveCSS('border-top-color', 'rgb(11, 93, 30)');
  for (const path of ['', 'modules/herkennen/kritiek-of-strafbaar/', 'hulp/']) {
    await page.goto(path);
    const result = await new AxeBuilder({ page })
      .options({ resultTypes: ['violations'] })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(result.violations.map((v) => `${path}: ${v.id}`)).toEqual([]);
  }
});

test('dark mode switched off in the settings: the site stays light with a dark system setting', async ({ page }) => {
  expect(mine.thema.donker).toBe(false);
  await page.goto('hulp/');
  const colours = () =>
    page.evaluate(() => [
      getComputedStyle(document.documentElement).backgroundColor,
      getComputedStyle(document.querySelector('h1')!).color,
    ]);
  const light = await colours();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).not.toHaveClass(/vr-donker/);
  expect(await colours()).toEqual(light);
});
