/**
 * Progress that is never lost: complete a lesson and resume; export, wipe, import and compare;
 * a refused file changes nothing; two tabs; broken or blocked storage on every page.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from '../helpers/fixtures.ts';
import { builtPages, pagesWith } from '../helpers/site.ts';
import { content } from '../helpers/content.ts';

/** All of this site's keys in localStorage, for comparing before and after. */
const dump = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((k) => k.startsWith('vr:'))
        .sort()
        .map((k) => [k, localStorage.getItem(k)]),
    ),
  );

/** The lesson after `id` in course order (modules by order, then lessons by order). */
function lessonAfter(id: string): string {
  const moduleOrder = new Map(content.modules.map((m) => [m.data.id, m.data.order]));
  const all = content.lessons
    .map((l) => l.data)
    .sort((a, b) => moduleOrder.get(a.module)! - moduleOrder.get(b.module)! || a.order - b.order);
  return all[all.findIndex((l) => l.id === id) + 1]!.id;
}

async function completeFirstLesson(page: Page) {
  await page.goto('modules/waarom/');
  await page.locator('.vr-lessons a').first().click();
  const toggle = page.locator('vr-lesson-progress button');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('vr-lesson-progress [data-status]')).toHaveText('Deze les staat nu op klaar.');
  return (await page.locator('article[data-lesson]').getAttribute('data-lesson'))!;
}

test('complete a lesson, reload, and resume where you were', async ({ page }) => {
  const id = await completeFirstLesson(page);
  await page.reload();
  await expect(page.locator('vr-lesson-progress button')).toHaveAttribute('aria-pressed', 'true');

  await page.goto('modules/');
  await expect(page.locator('[data-module="waarom"] vr-done-count')).toHaveText(/^1 van \d+ lessen klaar$/);
  await page.goto('modules/waarom/');
  const badge = page.locator(`.vr-lessons li[data-lesson="${id}"] vr-lesson-badge`);
  await expect(badge).toBeVisible();
  // The badge keeps its distance from the link text.
  const link = (await page.locator(`.vr-lessons li[data-lesson="${id}"] a`).boundingBox())!;
  const mark = (await badge.boundingBox())!;
  expect(mark.x - (link.x + link.width)).toBeGreaterThanOrEqual(4);

  // The lesson just finished is done: the home page points to the next one, as one block.
  const next = lessonAfter(id);
  await page.goto('./');
  const resume = page.locator('vr-resume');
  await expect(resume.getByRole('heading', { name: 'Verder waar je was' })).toBeVisible();
  await expect(resume).toHaveCSS('display', 'block');
  await expect(resume.locator('a[data-lesson]')).toHaveCount(1);
  await resume.locator('a[data-lesson]').click();
  await expect(page.locator('article[data-lesson]')).toHaveAttribute('data-lesson', next);

  // Opened but not finished: the home page points back to that lesson.
  await page.goto('./');
  await expect(resume.locator('a[data-lesson]')).toHaveAttribute('data-lesson', next);
});

test('the home page shows no resume block before anything was read', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('vr-resume')).toBeHidden();
});

test('export, wipe, import and compare; merge keeps both', async ({ page }) => {
  await completeFirstLesson(page);
  const before = await dump(page);
  expect(Object.keys(before).some((k) => k.startsWith('vr:les:'))).toBe(true);

  await page.goto('voortgang/');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download je voortgang' }).click();
  const file = await (await download).path();
  const text = readFileSync(file, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ app: 'veilig-raadswerk', versie: 1 });

  await page.getByRole('button', { name: 'Wis mijn voortgang' }).click();
  await page.getByRole('button', { name: 'Nee, bewaar' }).click();
  expect(await dump(page)).toEqual(before);
  await page.getByRole('button', { name: 'Wis mijn voortgang' }).click();
  await page.getByRole('button', { name: 'Ja, wis alles' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'gewist' })).toBeVisible();
  expect(Object.keys(await dump(page)).filter((k) => k.startsWith('vr:les:'))).toEqual([]);

  await page
    .getByLabel('Voortgangsbestand (.json)')
    .setInputFiles({ name: 'voortgang.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.getByRole('button', { name: 'Inladen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'samengevoegd' })).toBeVisible();
  const after = await dump(page);
  for (const [k, v] of Object.entries(before)) if (k !== 'vr:plek') expect(after[k], k).toBe(v);
});

test('a refused file says why and changes nothing', async ({ page }) => {
  await completeFirstLesson(page);
  await page.goto('voortgang/');
  const before = await dump(page);
  const input = page.getByLabel('Voortgangsbestand (.json)');
  for (const [content, message] of <[string, string][]>[
    ['dit is geen json', 'geen geldige JSON'],
    ['{"app":"veilig-raadswerk","versie":99,"items":{}}', 'nieuwere versie'],
    ['{"app":"veilig-raadswerk","versie":1,"items":{"__proto__":{"x":1}}}', '__proto__'],
  ]) {
    await input.setInputFiles({ name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from(content) });
    await page.getByRole('button', { name: 'Inladen' }).click();
    await expect(page.locator('[data-message]')).toContainText(message);
    await expect(page.locator('[data-message]')).toContainText('Je voortgang is niet veranderd.');
    expect(await dump(page)).toEqual(before);
  }
});

test('unknown ids in an import are kept and reported', async ({ page }) => {
  await page.goto('voortgang/');
  const file = {
    app: 'veilig-raadswerk',
    versie: 1,
    gemaakt: new Date().toISOString(),
    items: { 'les:een-les-die-weg-is': { geopend: new Date().toISOString() } },
  };
  await page
    .getByLabel('Voortgangsbestand (.json)')
    .setInputFiles({ name: 'oud.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.getByRole('button', { name: 'Inladen' }).click();
  await expect(page.locator('[data-message]')).toContainText('les:een-les-die-weg-is');
  expect(await page.evaluate(() => localStorage.getItem('vr:les:een-les-die-weg-is'))).not.toBeNull();
});

test('two open tabs stay consistent, and neither wipes the other', async ({ page, context }) => {
  const id = await completeFirstLesson(page);
  const other = await context.newPage();
  await other.goto('modules/waarom/');
  await expect(other.locator(`.vr-lessons li[data-lesson="${id}"] vr-lesson-badge`)).toBeVisible();
  // Complete a second lesson in the other tab; the first tab sees it and keeps its own.
  await other.locator('.vr-lessons a').nth(1).click();
  await other.locator('vr-lesson-progress button').click();
  await page.goto('modules/waarom/');
  await expect(page.locator('vr-done-count')).toHaveText(/^2 van \d+ lessen klaar$/);
  await page.locator('.vr-lessons a').first().click();
  await expect(page.locator('vr-lesson-progress button')).toHaveAttribute('aria-pressed', 'true');
  await other.close();
});

test('broken saved values: every page still works, says so, and keeps the rest', async ({ page }) => {
  test.setTimeout(180_000); // one visit per built page
  // Before every page: two unreadable values and one good one. The store drops what it cannot
  // read (so the notice shows once per breakage) and keeps the rest.
  await page.addInitScript(() => {
    localStorage.setItem('vr:les:wat-is-vpt', '{kapot');
    localStorage.setItem('vr:vraag:iets', 'nog kapotter');
    localStorage.setItem(
      'vr:les:de-cijfers',
      JSON.stringify({ geopend: '2026-11-28T10:00:00.000Z', klaar: '2026-11-28T10:10:00.000Z' }),
    );
    // The griffier's session store too: a broken running session and agreements that do not read.
    localStorage.setItem('vr-sessie:live', '{kapot');
    localStorage.setItem('vr-sessie:afspraken', '[{"id":1}]');
    localStorage.setItem('vr-sessie:plan', '{"title":"Zonder onderdelen","parts":[]}');
  });
  const bare = new Set(pagesWith('class="vr-bare"'));
  // A page that shows or records progress loads the store and says what it dropped; a page with
  // nothing to do but read loads no progress code at all (issue 15), so it has nothing to say.
  const progressPages = new Set(
    ['<vr-lesson-progress', '<vr-lesson-badge', '<vr-done-count', '<vr-resume', '<vr-my-progress', '<vr-proof'].flatMap(
      (tag) => pagesWith(tag),
    ),
  );
  expect(progressPages.size, 'pages that show progress').toBeGreaterThan(content.lessons.length);
  for (const path of builtPages()) {
    await page.goto(path);
    // The projector has no site chrome (and no notice for the room to see); it must still say what to do.
    if (bare.has(path))
      await expect(page.getByRole('status'), path).toContainText('Dit scherm wacht op het regiescherm');
    else if (progressPages.has(path))
      await expect(page.locator('vr-storage-notice'), path).toContainText('onleesbaar (2 onderdelen)');
    else {
      await expect(page.locator('vr-storage-notice'), path).toBeHidden();
      expect(await page.evaluate(() => !!customElements.get('vr-storage-notice')), `${path}: progress code`).toBe(
        false,
      );
    }
  }
  expect(bare.size, 'the projector page').toBe(1);
  await page.goto('griffier/afspraken/');
  await expect(page.getByText('Nog geen afspraken.')).toBeVisible();
  await page.goto('griffier/bouwer/');
  await expect(page.getByText('Totaal: 0 minuten')).toBeVisible();
  await page.goto('modules/waarom/');
  await expect(page.locator('.vr-lessons li[data-lesson="de-cijfers"] vr-lesson-badge')).toBeVisible();
  await expect(page.locator('.vr-lessons li[data-lesson="wat-is-vpt"] vr-lesson-badge')).toBeHidden();
});

test('storage that throws: progress lives in memory, the page says so and works', async ({ page }) => {
  await page.addInitScript(() => {
    const fail = () => {
      throw new DOMException('geblokkeerd', 'SecurityError');
    };
    Object.defineProperty(window, 'localStorage', { get: fail, configurable: true });
  });
  await page.goto('modules/waarom/');
  await expect(page.locator('vr-storage-notice')).toContainText('alleen tot je dit venster sluit');
  await page.locator('.vr-lessons a').first().click();
  const toggle = page.locator('vr-lesson-progress button');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
});

test.describe('proof of participation', () => {
  const lessonIds = content.lessons.map((l) => l.data.id);

  test('not yet: it lists the modules still to do', async ({ page }) => {
    await page.goto('bewijs/');
    await expect(page.getByText('Je hebt nog niet alle modules gedaan')).toBeVisible();
    await expect(page.locator('[data-module-todo]:visible')).toHaveCount(content.modules.length);
    await expect(page.locator('.vr-proof')).toBeHidden();
  });

  test('all modules done: name, date, modules and municipality, printed without the site around it', async ({
    page,
  }) => {
    await page.addInitScript((ids) => {
      for (const id of ids)
        localStorage.setItem(
          `vr:les:${id}`,
          JSON.stringify({ geopend: '2026-11-01T10:00:00.000Z', klaar: '2026-11-02T10:00:00.000Z' }),
        );
    }, lessonIds);
    await page.goto('bewijs/');
    await page.getByLabel('Je naam, zoals die op het bewijs moet staan').fill('Sam de Vries');
    await page.reload();
    await expect(page.getByLabel('Je naam, zoals die op het bewijs moet staan')).toHaveValue('Sam de Vries');
    const proof = page.locator('.vr-proof');
    await page.emulateMedia({ media: 'print' });
    await expect(proof).toBeVisible();
    await expect(proof).toContainText('Sam de Vries');
    await expect(proof).toContainText(new Date().getFullYear().toString());
    await expect(proof.locator('li')).toHaveCount(content.modules.length);
    await expect(proof).toContainText((await page.getByTestId('gemeente-naam').textContent()) ?? '');
    await expect(proof).toContainText('geen erkende opleiding');
    await expect(proof).not.toContainText(/geaccrediteerd|certificaat|studiepunten behaald/i);
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print het bewijs' })).toBeHidden();
  });
});

test.describe('Mijn voortgang: messages and focus', () => {
  const focusIsSomewhere = (page: Page) =>
    page.evaluate(() => document.activeElement !== document.body && document.activeElement !== null);

  test('"Inladen" without a file, a 3 MB file, and the reset dialog: a message each time, focus never on <body>', async ({
    page,
  }) => {
    await page.goto('voortgang/');
    const message = page.locator('[data-message]');
    const load = page.getByRole('button', { name: 'Inladen' });

    await load.click();
    await expect(message).toHaveText(/^Kies eerst een bestand/);
    await expect(message).toBeFocused();
    // Pressed again: said again (emptied and filled), still not on <body>.
    await load.click();
    await expect(message).toHaveText(/^Kies eerst een bestand/);
    expect(await focusIsSomewhere(page)).toBe(true);

    // MB are 10^6 bytes, in Dutch notation: 3 000 000 bytes are "3,0 MB".
    const bytes = 3_000_000;
    await page
      .getByLabel('Voortgangsbestand (.json)')
      .setInputFiles({ name: 'groot.json', mimeType: 'application/json', buffer: Buffer.alloc(bytes, 0xff) });
    await load.click();
    await expect(message).toContainText(`(${(bytes / 1e6).toFixed(1).replace('.', ',')} MB)`);
    await expect(message).toContainText('Je voortgang is niet veranderd.');
    await expect(message).toBeFocused();

    const reset = page.getByRole('button', { name: 'Wis mijn voortgang' });
    await reset.click();
    await page.getByRole('button', { name: 'Nee, bewaar' }).click();
    await expect(reset).toBeFocused();
    await reset.click();
    await page.getByRole('button', { name: 'Ja, wis alles' }).click();
    await expect(message).toHaveText('Je voortgang is gewist.');
    expect(await focusIsSomewhere(page)).toBe(true);
    await reset.click();
    await page.keyboard.press('Escape');
    await expect(reset).toBeFocused();
  });
});

test('"Markeer deze les als klaar" comes after "Test jezelf"', async ({ page }) => {
  const path = pagesWith('id="test-jezelf"')[0];
  expect(path, 'a lesson with questions').toBeTruthy();
  await page.goto(path!);
  const toggle = page.locator('vr-lesson-progress');
  await expect(toggle).toBeVisible();
  const after = await page.evaluate(() => {
    const test = document.querySelector('.vr-test')!;
    const mark = document.querySelector('vr-lesson-progress')!;
    return Boolean(test.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(after).toBe(true);
  const [testBox, markBox] = [await page.locator('.vr-test').boundingBox(), await toggle.boundingBox()];
  expect(markBox!.y).toBeGreaterThan(testBox!.y + testBox!.height - 1);
});
