/**
 * The griffier's tools in the details (issue 12): the screen text of an opening, break or closing
 * made in the builder; the control view's wording; a link with a bad checksum in every view, also
 * pasted into a page that is already open; and the keyboard focus after every action in the
 * builder and the agreements, which must never drop to <body>.
 */
import type { Page } from '@playwright/test';
import { test, expect } from '../helpers/fixtures.ts';
import { content } from '../helpers/content.ts';
import { format } from '../../src/i18n/format.ts';
import { nl } from '../../src/i18n/nl.ts';
import { encodePlan, sessionToPlan } from '../../src/lib/session-plan.ts';

// The words as the islands put them together (format fills the dictionary's {placeholders}).
const t = { ...nl.session, remove: (action: string) => format(nl.session.remove, { action }) };
const b = { ...t.builder, remove: (title: string) => format(nl.session.builder.remove, { title }) };
const sessions = content.sessions.map((s) => s.data).sort((x, y) => x.duration - y.duration);

const hydrated = (page: Page) => expect(page.locator('astro-island[ssr]')).toHaveCount(0);
/** What has the keyboard focus: never <body>, and a description to match. */
async function focused(page: Page): Promise<string> {
  const d = await page.evaluate(() => {
    const a = document.activeElement;
    if (!a || a === document.body) return 'BODY';
    return `${a.tagName.toLowerCase()}#${a.id} ${a.getAttribute('aria-label') ?? a.textContent?.trim().slice(0, 60) ?? ''}`;
  });
  expect(d, 'focus dropped to <body>').not.toBe('BODY');
  return d;
}

test('an opening, break and closing from the builder get an editable screen text, and the projector shows it', async ({
  page,
}) => {
  await page.goto('griffier/bouwer/');
  await hydrated(page);
  for (const kind of ['opening', 'pauze', 'afsluiting'] as const) {
    await page.locator('#vr-nieuw-soort').selectOption(kind);
    await page.getByRole('button', { name: b.addButton }).click();
  }
  const texts = page.getByLabel(b.textLabel);
  await expect(texts).toHaveCount(3);
  await expect(texts.nth(0)).toHaveValue(b.defaultText.opening);
  await expect(texts.nth(1)).toHaveValue(b.defaultText.pauze);
  await expect(texts.nth(2)).toHaveValue(b.defaultText.afsluiting);
  const own = 'Welkom in de raadszaal. Vanavond oefenen we samen.';
  await texts.nth(0).fill(own);
  await texts.nth(0).blur();
  await page.reload();
  await expect(page.getByLabel(b.textLabel).nth(0)).toHaveValue(own);

  await page.getByRole('link', { name: b.present }).click();
  await expect(page.locator('.vr-present__count')).toHaveText('Stap 1 van 3');
  await expect(page.locator('.vr-slide')).toContainText(own);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.vr-slide')).toContainText(b.defaultText.pauze);
  await page.keyboard.press('End');
  await expect(page.locator('.vr-slide')).toContainText(b.defaultText.afsluiting);
});

test('the control view says the time in plain Dutch and offers the Markdown download', async ({ page }) => {
  const plan = sessionToPlan(sessions[0]!);
  const minutes = plan.parts[0]!.minutes;
  await page.goto(`griffier/regie/#plan=${encodePlan(plan)}`);
  await expect(page.getByRole('timer')).toHaveText(
    `Nog ${minutes}:00 van ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'}`,
  );
  const link = page.getByRole('link', { name: /download/i });
  await expect(link).toHaveText('Print de afspraken of download ze als Markdown');
});

test('a link with a bad checksum gets the broken-link message in every view, also pasted into an open page', async ({
  page,
}) => {
  // A valid-looking prefix and data, but the checksum is wrong (issue 12).
  const hash = '#plan=1.eyJ0aXRsZSI6IngifQ.abc';
  for (const view of ['griffier/presenteren/', 'griffier/regie/', 'griffier/bouwer/', 'griffier/printset/']) {
    // Opened afresh.
    await page.goto('griffier/');
    await page.goto(`${view}${hash}`);
    await expect(page.getByRole('alert'), view).toContainText('De link is veranderd');
    // Pasted into the address bar of the same view, already open: only the hash changes.
    await page.goto(view);
    await hydrated(page);
    if (view.includes('presenteren')) await expect(page.getByRole('status')).toContainText(t.waiting);
    await page.goto(`${view}${hash}`);
    await expect(page.getByRole('alert'), `${view}, pasted`).toContainText('De link is veranderd');
    await expect(page.getByText(t.waiting)).toHaveCount(0);
  }
});

test('focus never drops to <body>: every action in the builder and the agreements', async ({ page }) => {
  const ready = sessions[0]!;
  await page.goto('griffier/bouwer/');
  await hydrated(page);
  await page.getByLabel(b.pickPlan).selectOption(ready.id);
  await page.getByRole('button', { name: b.load }).click();
  await focused(page);
  const rows = page.locator('.vr-builder__part');
  await expect(rows).toHaveCount(ready.parts.length);

  // A failed add: the keyboard goes to the field to fix, which names the message.
  await page.locator('#vr-nieuw-soort').selectOption('gesprek');
  await page.getByRole('button', { name: b.addButton }).click();
  await expect(page.getByRole('alert')).toHaveText(b.needQuestion);
  expect(await focused(page)).toMatch(/^input#vr-nieuw-eigen/);
  await expect(page.locator('#vr-nieuw-eigen')).toHaveAttribute('aria-describedby', 'vr-nieuw-fout');
  // A good add.
  await page.locator('#vr-nieuw-eigen').fill('Wie bellen we als het misgaat?');
  await page.getByRole('button', { name: b.addButton }).click();
  await expect(rows).toHaveCount(ready.parts.length + 1);
  await focused(page);

  // Move up and down.
  await rows
    .last()
    .getByRole('button', { name: /omhoog$/ })
    .click();
  expect(await focused(page)).toMatch(/omhoog$/);
  await rows
    .first()
    .getByRole('button', { name: /omlaag$/ })
    .click();
  expect(await focused(page)).toMatch(/omlaag$/);

  // Remove: a middle row gives the keyboard to the row that took its place.
  const titles = await rows
    .locator('input[id$="-titel"]')
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  await rows
    .nth(1)
    .getByRole('button', { name: /^Verwijder/ })
    .click();
  await expect(rows).toHaveCount(titles.length - 1);
  expect(await focused(page)).toContain(b.remove(titles[2]!));
  // The last row: to the one before.
  await rows
    .last()
    .getByRole('button', { name: /^Verwijder/ })
    .click();
  expect(await focused(page)).toContain(b.remove(titles.at(-2)!));
  // The only row: to the plan's heading.
  while ((await rows.count()) > 1)
    await rows
      .first()
      .getByRole('button', { name: /^Verwijder/ })
      .click();
  await rows
    .first()
    .getByRole('button', { name: /^Verwijder/ })
    .click();
  await expect(rows).toHaveCount(0);
  expect(await focused(page)).toBe(`h2#vr-plan-h ${b.parts}`);

  // The agreements page: add, a failed add, remove, and the clear dialog.
  await page.goto('griffier/afspraken/');
  await hydrated(page);
  const actie = page.locator('#vr-actie');
  for (const a of ['Protocol agenderen', 'Nazorg regelen', 'Oefenen met voorzitters']) {
    await actie.fill(a);
    await page.getByRole('button', { name: t.add }).click();
    expect(await focused(page)).toMatch(/^input#vr-actie/);
  }
  await actie.fill('   ');
  await page.getByRole('button', { name: t.add }).click();
  expect(await focused(page)).toMatch(/^input#vr-actie/);
  await page.getByRole('button', { name: t.remove('Nazorg regelen') }).click();
  expect(await focused(page)).toContain(t.remove('Oefenen met voorzitters'));
  await page.getByRole('button', { name: t.remove('Oefenen met voorzitters') }).click();
  expect(await focused(page)).toContain(t.remove('Protocol agenderen'));

  await page.getByRole('button', { name: t.clear }).click();
  await page.getByRole('dialog').getByRole('button', { name: t.cancel }).click();
  expect(await focused(page)).toContain(t.clear);
  await page.getByRole('button', { name: t.clear }).click();
  await page.getByRole('dialog').getByRole('button', { name: t.clear }).click();
  await expect(page.getByText(t.none)).toBeVisible();
  expect(await focused(page)).toMatch(/^input#vr-actie/);
  // The last row removed: back to the form.
  await actie.fill('Nog één');
  await page.getByRole('button', { name: t.add }).click();
  await page.getByRole('button', { name: t.remove('Nog één') }).click();
  expect(await focused(page)).toMatch(/^input#vr-actie/);
});
