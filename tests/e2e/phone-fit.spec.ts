/**
 * A councillor on a phone: at 390×844 and 320×568 the header takes at most a quarter of the
 * screen, the title of the page is on the first screen, "Hulp nodig?" stays in view, search is one
 * tap away and the menu folds behind a button that works with and without JavaScript. On a wide
 * screen the menu shows open and the button is gone. One page visits every path at both sizes.
 */
import { test, expect } from '../helpers/fixtures.ts';
import { content } from '../helpers/content.ts';

const byTitle = <T extends { title: string }>(items: T[]) =>
  [...items].sort((a, b) => b.title.length - a.title.length)[0]!;
// The longest titles take the most lines: the hardest case for the first screen.
const lesson = byTitle(content.lessons.map((l) => l.data));
const module = byTitle(content.modules.map((m) => m.data));
const paths = ['', `modules/${module.id}/`, `modules/${lesson.module}/${lesson.id}/`, 'begrippen/', 'griffier/'];
const sizes = [
  { width: 390, height: 844 },
  { width: 320, height: 568 },
];

test('on a phone the header is small and every page starts on the first screen', async ({ page }) => {
  for (const size of sizes) {
    await page.setViewportSize(size);
    for (const path of paths) {
      await page.goto(path);
      const where = `/${path} at ${size.width}×${size.height}`;
      const header = await page.locator('header.vr-header').boundingBox();
      expect(header!.height, `header height ${where}`).toBeLessThanOrEqual(size.height * 0.25);
      const h1 = (await page.locator('h1').boundingBox())!;
      expect(h1.y, `h1 top ${where}`).toBeGreaterThanOrEqual(0);
      expect(h1.y + h1.height, `h1 bottom ${where}`).toBeLessThanOrEqual(size.height);
      const help = page.locator('header').getByRole('link', { name: 'Hulp nodig?' });
      await expect(help, where).toBeInViewport({ ratio: 1 });
      // Search: one tap on a visible link (the field itself is folded away).
      const search = page.locator('header').getByRole('link', { name: 'Zoeken' });
      await expect(search, where).toBeInViewport({ ratio: 1 });
      await expect(page.locator('header').getByRole('searchbox')).toBeHidden();
      // The menu is folded: its button shows, its links do not.
      await expect(page.locator('header summary'), where).toBeInViewport({ ratio: 1 });
      await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }), where).toBeHidden();
    }
  }
});

test('the menu button opens the menu by tap and by keyboard; on a wide screen it is open', async ({
  page,
  browser,
  baseURL,
}) => {
  await page.setViewportSize(sizes[1]!);
  await page.goto('begrippen/');
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  const button = page.locator('header summary');
  await button.click();
  await expect(nav).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Begrippen' })).toHaveAttribute('aria-current', 'page');
  for (const link of await nav.getByRole('link').all()) await expect(link).toBeInViewport({ ratio: 1 });
  await button.click();
  await expect(nav).toBeHidden();
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(nav).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(nav.getByRole('link').first()).toBeFocused();

  // The search link opens the search dialog: its first tap loads the dialog's code (issue 15).
  await page.locator('header').getByRole('link', { name: 'Zoeken' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page.getByRole('dialog').getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('Escape');

  // Wide: the menu is open, no button; the header field is back.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.reload();
  await expect(nav).toBeVisible();
  await expect(button).toBeHidden();
  await expect(page.locator('header').getByRole('searchbox')).toBeVisible();

  // Without JavaScript the button still opens the menu and the search link goes to the results page.
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL, viewport: sizes[0] });
  const plain = await context.newPage();
  await plain.goto('./');
  await plain.locator('header summary').click();
  await expect(plain.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
  await plain.locator('header').getByRole('link', { name: 'Zoeken' }).click();
  await expect(plain).toHaveURL(/zoeken\/$/);
  await context.close();
});
