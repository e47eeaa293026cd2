/**
 * Search as a councillor uses it: the header field and its dialog (also Ctrl/⌘+K and "/"),
 * arrow keys through the results, the results page as a plain form, input that could be markup,
 * empty and unknown queries, and the page without JavaScript. Runs under /vpt/ too.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '../helpers/fixtures.ts';
import { basePath } from '../helpers/site.ts';

const axe = (page: import('@playwright/test').Page) =>
  new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
    .then((r) => r.violations.map((v) => v.id));

test('the header field opens a dialog that finds sections as you type', async ({ page }) => {
  await page.goto('./');
  const index = page.waitForRequest((r) => r.url().endsWith('zoeken/index.json'));
  await page.getByRole('search').getByLabel('Zoeken').first().click();
  const dialog = page.getByRole('dialog', { name: 'Zoeken in Veilig Raadswerk' });
  await expect(dialog).toBeVisible();
  await page.keyboard.type('aangifte zonder adres');
  await index; // loaded on the first search, not before
  await expect(dialog.getByRole('status')).toContainText(/\d+ resultaten voor "aangifte zonder adres"/);
  const first = dialog.locator('.vr-result a').first();
  await expect(first).toHaveAttribute('href', new RegExp(`^${basePath}modules/melden/.*aangifte`));
  await expect(dialog.locator('.vr-result mark').first()).toBeVisible();
  expect(await axe(page), 'axe with the dialog open').toEqual([]);
});

test('keyboard: Ctrl+K and "/" open it, arrows walk the results, Enter follows, Escape closes', async ({ page }) => {
  await page.goto('begrippen/');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.keyboard.press('/');
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('doxing');
  // Wait for the results of the whole word, not of "dox" on the way there.
  await expect(dialog.getByRole('status')).toContainText('"doxing"');
  await expect(dialog.locator('.vr-result').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  const links = dialog.locator('.vr-result a');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(links.nth(0)).toBeFocused();
  const href = (await links.nth(0).getAttribute('href'))!;
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
});

test('"bedreigd op facebook" lands on online aggression; stemming and synonyms at work', async ({ page }) => {
  await page.goto('zoeken/?q=bedreigd%20op%20facebook');
  const results = page.locator('.vr-results .vr-result');
  await expect(results.first()).toBeVisible();
  // "facebook" is in no lesson: the synonym list links it to "online"; "bedreigd" stems to "bedreig".
  const top = await page
    .locator('.vr-result a')
    .evaluateAll((as) => as.slice(0, 3).map((a) => (a as HTMLAnchorElement).href));
  expect(
    top.some((h) => /online/.test(h)),
    top.join('\n'),
  ).toBe(true);
  await expect(page.locator('.vr-result mark').first()).toBeVisible();
  await expect(page.getByRole('status')).toContainText('resultaten voor "bedreigd op facebook"');
  await expect(page.getByLabel('Zoeken').last()).toHaveValue('bedreigd op facebook');
});

test('the guide for griffiers is found too, and the result leads to its chapter', async ({ page }) => {
  await page.goto('zoeken/?q=spelregels%20veilig%20gesprek');
  const first = page.locator('.vr-result').first();
  await expect(first).toContainText('Voor griffiers');
  await first.locator('a').click();
  await expect(page).toHaveURL(/griffier\/#spelregels$/);
  await expect(page.locator('#spelregels')).toBeInViewport();
});

test('what a reader types is shown as text, never as markup', async ({ page }) => {
  const evil = '<img src=x onerror="document.title=1">';
  await page.goto(`zoeken/?q=${encodeURIComponent(evil)}`);
  await expect(page.getByRole('status')).toContainText(`voor "${evil}"`);
  await expect(page.locator('main img')).toHaveCount(0);
  await expect(page).not.toHaveTitle('1');
});

test('lunr syntax characters are searched as text and never break the page', async ({ page }) => {
  for (const q of ['aangifte~2', 'title:doxing', '+melden -aangifte', '*', '^^^', ':']) {
    await page.goto(`zoeken/?q=${encodeURIComponent(q)}`);
    await expect(page.getByRole('status')).toContainText(`voor "${q}"`);
  }
});

test('a very long query is echoed cut to a readable length, and still searches', async ({ page }) => {
  const long = `aangifte ${'bedreiging '.repeat(200)}`.slice(0, 2000);
  await page.goto(`zoeken/?q=${encodeURIComponent(long)}`);
  const status = page.getByRole('status');
  await expect(status).toContainText('…".');
  expect((await status.textContent())!.length).toBeLessThan(140);
  await expect(page.locator('.vr-result').first()).toBeVisible();
  // The page's field is styled like the header's, not a bare browser field.
  const style = (sel: string) =>
    page.locator(sel).evaluate((el) => {
      const cs = getComputedStyle(el);
      return [cs.borderTopWidth, cs.borderTopStyle, cs.minHeight, cs.borderRadius];
    });
  expect(await style('#zoek-pagina')).toEqual(await style('#zoek-kop'));
});

test('an empty or unknown query gives suggestions', async ({ page }) => {
  await page.goto('zoeken/');
  await expect(page.getByText('Waar wil je naar zoeken?')).toBeVisible();
  await page.goto('zoeken/?q=xqzwvlk');
  await expect(page.getByRole('status')).toContainText('Geen resultaten voor "xqzwvlk".');
  await expect(page.getByText('Niets gevonden.')).toBeVisible();
  await page.getByRole('link', { name: 'aangifte' }).click();
  await expect(page.locator('.vr-result').first()).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header form goes to the results page, which says search needs JavaScript', async ({ page }) => {
    await page.goto('modules/');
    await page.getByRole('search').first().getByLabel('Zoeken').fill('aangifte');
    await page.getByRole('search').first().getByRole('button', { name: 'Zoek' }).click();
    await expect(page).toHaveURL(/zoeken\/\?q=aangifte$/);
    await expect(page.getByText('Zoeken werkt met JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: 'alle modules' })).toBeVisible();
  });
});
