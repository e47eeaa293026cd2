/** The councillor's first journey: home → module → lesson → next lesson, by mouse and by keyboard alone. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { test, expect, tabTo } from '../helpers/fixtures.ts';
import { root } from '../helpers/site.ts';
import { content } from '../helpers/content.ts';
import { formatMonth } from '../../src/i18n/dates.ts';
import { nl } from '../../src/i18n/nl.ts';

const settings = parse(readFileSync(join(root, 'content/gemeente.yaml'), 'utf8'));
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;

test('by mouse: home, module, lesson, next lesson', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Veilig Raadswerk');

  await page.locator('[data-module="waarom"] h3 a').click();
  await expect(page).toHaveURL(/modules\/waarom\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Waarom dit ertoe doet');
  await expect(page.locator('[data-content-warning]')).toBeVisible();

  const first = page.locator('.vr-lessons li').first();
  const firstTitle = (await first.locator('a').textContent())!.trim();
  await first.locator('a').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstTitle);
  await expect(page.getByText(/Leestijd: \d+ minuten/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Wat je leert' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Bespreek in de raad' })).toBeVisible();
  await expect(page.locator('#bronnen-bij-deze-les + ol li').first()).toBeVisible();
  // Near the sources: when the content was last checked, from the lesson's `reviewed`.
  const reviewed = content.lessons.find((l) => l.data.title === firstTitle)!.data.reviewed;
  await expect(page.locator('#bronnen-bij-deze-les ~ .vr-reviewed')).toHaveText(
    `Inhoud gecontroleerd: ${formatMonth(reviewed)}`,
  );

  const next = page.locator('a[rel="next"]');
  const nextTitle = (await next.locator('span').textContent())!.trim();
  await next.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nextTitle);
  await expect(page.locator('a[rel="prev"] span')).toHaveText(firstTitle);
});

test('by keyboard only: skip link, module, lesson, next lesson', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Naar de inhoud');
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  await tabTo(page, '[data-module="waarom"] h3 a');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/modules\/waarom\/$/);

  await tabTo(page, '.vr-lessons li:first-child a');
  await page.keyboard.press('Enter');
  await expect(page.locator('article[data-lesson]')).toBeVisible();
  const firstId = await page.locator('article[data-lesson]').getAttribute('data-lesson');

  await tabTo(page, 'a[rel="next"]', 200);
  await page.keyboard.press('Enter');
  await expect(page.locator('article[data-lesson]')).not.toHaveAttribute('data-lesson', firstId!);
  await expect(page.locator('a[rel="prev"]')).toBeVisible();
});

test('the navigation marks where you are', async ({ page }) => {
  await page.goto('modules/waarom/');
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await expect(nav.getByRole('link', { name: 'Modules' })).toHaveAttribute('aria-current', 'true');
  await page.goto('begrippen/');
  await expect(nav.getByRole('link', { name: 'Begrippen' })).toHaveAttribute('aria-current', 'page');
});

test('"Hulp nodig?" is on every page and leads to the contacts from the settings', async ({ page }) => {
  for (const path of ['./', 'modules/', 'bronnen/', 'begrippen/', 'colofon/']) {
    await page.goto(path);
    await expect(page.getByRole('link', { name: 'Hulp nodig?' }).first()).toBeVisible();
  }
  await page.getByRole('link', { name: 'Hulp nodig?' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hulp nodig?');
  for (const wie of ['politie', 'griffie', 'melden', 'vertrouwenspersoon', 'ondersteuningsteam']) {
    await expect(page.locator(`[data-contact="${wie}"]`)).toBeVisible();
  }
});

test('the municipality name from the settings is in the header and the title', async ({ page }) => {
  const naam = settings.naam as string;
  await page.goto('modules/');
  await expect(page.getByTestId('gemeente-naam')).toHaveText(naam);
  await expect(page).toHaveTitle(`Modules | Veilig Raadswerk | ${naam}`);
});

test('privacy, colophon and accessibility statement fill in the settings: name, status, griffie', async ({ page }) => {
  const naam = settings.naam as string;
  const { status } = settings.toegankelijkheid as { status: keyof typeof nl.accessibility.status };
  const email = settings.contacten.griffie.email as string | undefined;
  for (const path of ['privacy/', 'colofon/', 'toegankelijkheid/']) {
    await page.goto(path);
    // A space before the name: Astro drops a newline next to an expression.
    expect(await page.locator('main').innerText(), path).toMatch(new RegExp(`(^|[\\s(])${naam}`));
    expect(await page.locator('main').innerText(), path).not.toMatch(/\{\w+\}/);
  }
  await expect(page.locator('[data-status]')).toContainText(
    `Status ${status}: ${naam} ${nl.accessibility.status[status]}.`,
  );
  if (email) await expect(page.locator('main a[href^="mailto:"]')).toHaveText(email);
  await page.goto('privacy/');
  await expect(page.getByRole('main').getByRole('link', { name: nl.nav.voortgang })).toBeVisible();
  if (email) await expect(page.locator('main a[href^="mailto:"]')).toHaveText(email);
});

test('unedited example settings are marked as "voorbeeldgegevens" on every page', async ({ page }) => {
  for (const path of ['./', 'hulp/', 'modules/waarom/']) {
    await page.goto(path);
    await expect(page.getByTestId('voorbeeldgegevens')).toHaveCount(settings.voorbeeldgegevens ? 1 : 0);
  }
});

test('robots.txt follows the setting zoekmachines: by default every crawler is asked to stay out', async ({
  request,
}) => {
  const res = await request.get('robots.txt');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('text/plain');
  const lines = (await res.text()).split('\n').filter((l) => l && !l.startsWith('#'));
  // The shipped settings leave zoekmachines out or false: an intranet.
  expect(settings.zoekmachines ?? false).toBe(false);
  expect(lines).toEqual(['User-agent: *', 'Disallow: /']);
});

test('an unknown address shows the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('bestaat-niet/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
  await page.getByRole('link', { name: 'Naar de startpagina' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Veilig Raadswerk');
});

test('Hulp: the danger notice shows 112, and every phone number is a tel: link', async ({ page }) => {
  await page.goto('hulp/');
  const emergency = page.locator('.utrecht-alert').getByRole('link', { name: '112', exact: true });
  await expect(emergency).toBeVisible();
  await expect(emergency).toHaveAttribute('href', 'tel:112');
  // Every number from the settings, as a field or inside a note, links to itself without spaces.
  const numbers = Object.values(settings.contacten as Record<string, { phone?: string; note?: string }>).flatMap(
    (c) => [
      ...(c.phone ? [c.phone] : []),
      ...(c.note?.match(/\b(?:112|0900-\d{4}|0\d{2,3} \d{3} \d{2} \d{2})\b/g) ?? []),
    ],
  );
  expect(numbers.length).toBeGreaterThan(1);
  for (const n of new Set(numbers)) {
    const links = page.locator('[data-contact]').getByRole('link', { name: n, exact: true });
    await expect(links.first(), n).toBeVisible();
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
      expect(href).toBe(`tel:${n.replace(/[\s-]/g, '')}`);
  }
});

test('Hulp on a 320 px phone: headings hyphenate in Dutch and no word is broken off', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('hulp/');
  const headings = page.locator('main :is(h1, h2, h3)');
  expect(await headings.count()).toBeGreaterThan(3);
  for (const h of await headings.all()) {
    await expect(h).toHaveCSS('hyphens', 'auto');
    expect(await h.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('nl');
    // Each word stays on one line: a word over two lines would be cut without a hyphen.
    const broken = await h.evaluate((el) => {
      const out: string[] = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const m of node.textContent!.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index!);
          range.setEnd(node, m.index! + m[0].length);
          if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1) out.push(m[0]);
        }
      }
      return out;
    });
    expect(broken, (await h.textContent()) ?? '').toEqual([]);
  }
});

test('copy and spacing: sources apart, no doubled stops, the Arbowet online, contents in page order, room above headings', async ({
  page,
}) => {
  const sources = content.sources.map((s) => s.data);
  await page.goto('begrippen/');
  for (const dd of await page.locator('.vr-glossary dd').allTextContents()) expect(dd).not.toMatch(/\]\[|\[bron\]/);
  await page.goto('bronnen/');
  for (const li of await page.locator('.vr-sources > li').allTextContents()) expect(li).not.toMatch(/\.\s*\./);
  const arbowet = sources.find((s) => s.id === 'arbowet')!;
  expect(arbowet.url).toMatch(/^https:\/\/wetten\.overheid\.nl\//);
  await expect(page.locator('#arbowet').getByRole('link', { name: arbowet.url! })).toHaveAttribute(
    'href',
    arbowet.url!,
  );

  // "Op deze pagina" on the griffier's page lists the parts in the order of the page.
  await page.goto('griffier/');
  const targets = await page
    .locator('nav[aria-labelledby="griffier-inhoud"] a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(1)));
  const order = await page.evaluate(
    (ids) => ids.map((id) => [...document.querySelectorAll('[id]')].indexOf(document.getElementById(id)!)),
    targets,
  );
  expect(order.every((n) => n >= 0)).toBe(true);
  expect(order).toEqual([...order].sort((a, b) => a - b));

  // A heading after text has room above it: on the home page, the griffier's guide and a lesson's discussion box.
  const roomAbove = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((h) => {
        const prev = h.previousElementSibling;
        return prev ? h.getBoundingClientRect().top - prev.getBoundingClientRect().bottom : Infinity;
      });
  await page.goto('./');
  expect(await roomAbove('main h2:text("Zo gebruik je deze module")')).toBeGreaterThanOrEqual(24);
  expect(await roomAbove('main h2:text("De modules")')).toBeGreaterThanOrEqual(24);
  await page.goto('griffier/');
  expect(await roomAbove('main h3:text("De zaal")')).toBeGreaterThanOrEqual(16);
  const lesson = content.lessons[0]!.data;
  await page.goto(`modules/${lesson.module}/${lesson.id}/`);
  // Breadcrumbs: a separator is drawn between the steps.
  const crumbs = page.locator('.utrecht-breadcrumb-nav__item');
  expect(await crumbs.count()).toBeGreaterThan(1);
  for (const crumb of (await crumbs.all()).slice(1)) {
    expect(parseFloat(await crumb.evaluate((li) => getComputedStyle(li, '::before').borderTopWidth))).toBeGreaterThan(
      0,
    );
  }
  const band = await page
    .locator('[data-discuss]')
    .evaluate((box) => box.querySelector('h2')!.getBoundingClientRect().top - box.getBoundingClientRect().top);
  expect(band).toBeLessThanOrEqual(32);
});

test('"Wat is er veranderd": from the footer to what changed in this version', async ({ page }) => {
  await page.goto('colofon/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Wat is er veranderd' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wat is er veranderd');
  const release = content.releases!.find((r) => r.data.version === version)!.data;
  const section = page.locator(`section[aria-labelledby="versie-${version}"]`);
  await expect(section.getByRole('heading', { level: 2 })).toContainText(`Versie ${version}`);
  // Grouped under a heading per kind, in the order of nl.changes.about.
  const order = Object.keys(nl.changes.about);
  const texts = [...release.changes].sort((a, b) => order.indexOf(a.about) - order.indexOf(b.about)).map((c) => c.text);
  await expect(section.getByRole('listitem')).toHaveText(texts);
});
