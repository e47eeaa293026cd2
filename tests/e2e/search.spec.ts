/**
 * Search as a councillor uses it: the header field and its dialog (also Ctrl/⌘+K and "/"),
 * arrow keys through the results, the results page as a plain form, input that could be markup,
 * empty and unknown queries, and the page without JavaScript. Then issue 15: one result per
 * page with at most three sections, a lesson whose title matches on top, tools never indexed,
 * Enter to the results page, synonyms named rather than marked, and what a first search weighs.
 * Runs under /vpt/ too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from '@playwright/test';
import { test, expect, watchPage } from '../helpers/fixtures.ts';
import { content } from '../helpers/content.ts';
import { basePath, builtPages, distDir } from '../helpers/site.ts';

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

/** Words of a text as search splits them. */
const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('one result per lesson, with at most three of its sections under it; axe stays clean', async ({ page }) => {
  await page.goto('zoeken/?q=aangifte');
  await expect(page.locator('.vr-result').first()).toBeVisible();
  const results = await page.locator('.vr-results > .vr-result').evaluateAll((items) =>
    items.map((li) => ({
      href: li.querySelector<HTMLAnchorElement>(':scope > a')!.getAttribute('href')!,
      meta: li.querySelector('.vr-result__meta')!.textContent!,
      subs: [...li.querySelectorAll<HTMLAnchorElement>('.vr-result__sections a')].map((a) => a.getAttribute('href')!),
    })),
  );
  const lessons = results.filter((r) => r.meta.startsWith('Les '));
  expect(lessons.length).toBeGreaterThan(1);
  // A lesson's result leads to the lesson itself; its sections are its sub-results.
  for (const r of lessons) expect(r.href, 'a lesson result links to the lesson').not.toContain('#');
  const hrefs = results.map((r) => r.href);
  expect(new Set(hrefs).size, hrefs.join('\n')).toBe(hrefs.length);
  for (const r of results) {
    expect(r.subs.length).toBeLessThanOrEqual(3);
    for (const sub of r.subs) expect(sub.startsWith(`${r.href}#`), `${sub} under ${r.href}`).toBe(true);
  }
  expect(results.some((r) => r.subs.length > 0)).toBe(true);
  // Each sub-result's anchor exists on the lesson.
  const [withSubs] = results.filter((r) => r.subs.length);
  await page.locator('.vr-result__sections a').first().click();
  await expect(page).toHaveURL(new RegExp(`${escape(withSubs!.subs[0]!)}$`));
  await expect(page.locator(decodeURIComponent(`#${withSubs!.subs[0]!.split('#')[1]}`))).toBeInViewport();
  await page.goBack();
  await expect(page.locator('.vr-result').first()).toBeVisible();
  expect(await axe(page), 'axe on the results page').toEqual([]);
  // The page shows the first results; "Meer resultaten" adds the next ones and moves focus to them.
  const shown = await page.locator('.vr-results > .vr-result').count();
  await page.getByRole('button', { name: 'Meer resultaten' }).click();
  await expect(page.locator('.vr-results > .vr-result')).not.toHaveCount(shown);
  await expect(page.locator('.vr-results > .vr-result > a').nth(shown)).toBeFocused();
});

test('a lesson whose title the query starts with comes first, above terms that share a word', async ({ page }) => {
  // Lessons whose title opens with a word that is also in a glossary term: the confusable ones.
  const termWords = new Set(content.terms.flatMap((t) => words(t.data.term)).filter((w) => w.length > 3));
  const lessons = content.lessons.filter((l) =>
    words(l.data.title)
      .slice(0, 2)
      .some((w) => termWords.has(w)),
  );
  expect(lessons.length).toBeGreaterThan(2);
  for (const { data } of lessons) {
    const query = data.title.split(/\s+/).slice(0, 2).join(' ');
    await page.goto(`zoeken/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('.vr-result').first()).toBeVisible();
    await expect(page.locator('.vr-result > a').first(), query).toHaveAttribute(
      'href',
      `${basePath}modules/${data.module}/${data.id}/`,
    );
  }
});

test('print kits, the projector and control views, the builder and Mijn voortgang are never found', async ({
  page,
}) => {
  const tools = /^(griffier\/(presenteren|regie|printset|bouwer|afspraken|sessies)\b|voortgang\/|bewijs\/)/;
  const pages = builtPages().filter((p) => tools.test(p));
  expect(pages.length).toBeGreaterThan(4);
  // Every result the index holds: none is a tool.
  await page.goto('zoeken/');
  const urls = await page.evaluate(async (base) => {
    const meta = (await (await fetch(`${base}zoeken/index.json`)).json()) as { kinds: string };
    const texts = await Promise.all(
      [...meta.kinds].map(
        async (_, n) => (await (await fetch(`${base}zoeken/tekst/${n}.json`)).json()) as { url: string },
      ),
    );
    return texts.map((t) => t.url);
  }, basePath);
  expect(urls.length).toBeGreaterThan(50);
  expect(urls.filter((u) => tools.test(u))).toEqual([]);
  // Searching for their titles (in the dialog: no page load per query) finds none of them either.
  const titles = new Set(
    pages.map((p) =>
      readFileSync(join(distDir, p, 'index.html'), 'utf8')
        .match(/<title>([^<|–]+)/)![1]!
        .trim(),
    ),
  );
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog');
  for (const title of titles) {
    await dialog.getByRole('searchbox').fill(title);
    await expect(dialog.getByRole('status')).toContainText(`voor "${title}"`);
    const hrefs = await dialog.locator('.vr-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(
      hrefs.filter((h) => tools.test(h.slice(basePath.length))),
      title,
    ).toEqual([]);
  }
});

test('Enter in the dialog opens the results page; after the arrow keys it opens the result', async ({ page }) => {
  await page.goto('begrippen/');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog');
  await page.keyboard.type('aangifte doen');
  await expect(dialog.getByRole('status')).toContainText('"aangifte doen"');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/zoeken\/\?q=aangifte(\+|%20)doen$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zoeken');
  await expect(page.locator('#zoek-pagina')).toHaveValue('aangifte doen');
  await expect(page.locator('.vr-result').first()).toBeVisible();

  // The dialog shows a few results and links to the rest.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('agressie');
  await expect(dialog.getByRole('status')).toContainText('"agressie"');
  const all = dialog.getByRole('link', { name: /Bekijk alle \d+ resultaten/ });
  await expect(all).toHaveAttribute('href', /zoeken\/\?q=agressie$/);
  await page.keyboard.press('ArrowDown');
  const first = dialog.locator('.vr-result a').first();
  await expect(first).toBeFocused();
  const href = (await first.getAttribute('href'))!;
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${escape(href)}$`));
});

test('a word found only through a synonym is named under the result, not marked as typed', async ({ page }) => {
  // A word of a synonym group that no lesson holds: it finds pages only through its group.
  await page.goto('zoeken/?q=bedreigd%20op%20facebook');
  await expect(page.locator('.vr-result').first()).toBeVisible();
  const group = (
    (await import('yaml')).parse(
      readFileSync(join(import.meta.dirname, '../../content/synoniemen.yaml'), 'utf8'),
    ) as string[][]
  ).find((g) => g.includes('facebook'))!;
  const note = page.locator('.vr-result__synonyms').first();
  await expect(note).toContainText(/^Ook gezocht op: /);
  const named = (await note.textContent())!.replace('Ook gezocht op: ', '').split(', ');
  for (const w of named) expect(group).toContain(w);
  // Marked words are only forms of what was typed ("bedreigd", "bedreiging"), never a synonym.
  const marked = await page.locator('.vr-result mark').allTextContents();
  expect(marked.length).toBeGreaterThan(0);
  for (const m of marked) expect(m.toLowerCase(), m).toMatch(/^(bedreig|facebook)/);
});

test('a long query is cut in the dialog too; the field keeps all of it', async ({ page }) => {
  const long = `aangifte ${'bedreiging '.repeat(30)}doen`;
  // At phone width too, the results page shows its own form (only the header's folds away).
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(`zoeken/?q=${encodeURIComponent(long)}`);
  await expect(page.locator('#zoek-pagina')).toBeVisible();
  await expect(page.locator('.vr-result').first()).toBeVisible();
  await expect(page.locator('#zoek-pagina')).toHaveValue(long);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog').getByRole('searchbox').fill(long);
  const status = page.getByRole('dialog').getByRole('status');
  await expect(status).toContainText('…".');
  expect((await status.textContent())!.length).toBeLessThan(140);
});

test.describe('weight', () => {
  /** Bytes (gzip) of every response from the first touch of search until the results show. */
  async function firstSearch(browser: Browser, baseURL: string, query: string) {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    const watch = watchPage(page, new URL(baseURL).origin);
    // The dialog's own code loads on first use (Ctrl+K): it counts as part of the first search.
    await page.goto('./', { waitUntil: 'networkidle' });
    const bodies: Promise<{ url: string; gz: number }>[] = [];
    page.on('response', (r) => bodies.push(r.body().then((b) => ({ url: r.url(), gz: gzipSync(b).length }))));
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog').getByRole('searchbox').fill(query);
    await expect(page.getByRole('dialog').getByRole('status')).toContainText(`"${query}"`);
    await expect(page.locator('.vr-search__dialog .vr-result').first()).toBeVisible();
    const loaded = await Promise.all(bodies);
    await watch.check(context);
    await context.close();
    return loaded;
  }

  test('a first search loads at most 60 KB (gzip): search code, index and the text of the results shown', async ({
    browser,
    baseURL,
  }) => {
    // A lesson's title, a query with many synonyms, and a common word.
    const lesson = content.lessons.find((l) => l.data.id === 'aangifte-vpt-incident') ?? content.lessons[0]!;
    for (const query of [lesson.data.title, 'bedreigd op facebook', 'online agressie', 'raad']) {
      const loaded = await firstSearch(browser, baseURL!, query);
      const total = loaded.reduce((a, r) => a + r.gz, 0);
      const list = loaded.map((r) => `${r.gz} ${r.url}`).join('\n');
      expect(
        loaded.some((r) => r.url.includes('zoeken/')),
        list,
      ).toBe(true);
      console.log(`first search "${query}": ${(total / 1024).toFixed(1)} KB gzip in ${loaded.length} responses`);
      expect(total, `${query}: ${total} B\n${list}`).toBeLessThanOrEqual(60 * 1024);
    }
  });
});
