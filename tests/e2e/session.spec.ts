/**
 * The griffier's session mode as a griffier uses it: build a plan, share it, open the link in a
 * fresh browser, present and step; the control and projector windows in step; no facilitator
 * note in the projector's DOM; tallies, reveal, agreements, Markdown download, the print kit;
 * keyboard only; axe on each view. Plans and notes come from the content files, not hard-coded.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, tabTo } from '../helpers/fixtures.ts';
import { content } from '../helpers/content.ts';
import { distDir, root } from '../helpers/site.ts';
import { loadContentDir } from '../../src/load/content-fs.ts';
import {
  decodePlan,
  encodePlan,
  planFromHash,
  sessionToPlan,
  totalMinutes,
  withoutNotes,
  type Plan,
} from '../../src/lib/session-plan.ts';
import { projectorCatalog, slidesOf } from '../../src/lib/slides.ts';

const modules = content.modules.map((m) => m.data);
const scenarios = content.scenarios.map((s) => s.data);
// In the order the site lists them: shortest first.
const sessions = content.sessions.map((s) => s.data).sort((a, b) => a.duration - b.duration);
const settings = loadContentDir(join(root, 'content')).settings!;
const catalog = projectorCatalog(modules, scenarios);
/** Text that belongs to the griffier only: facilitator notes and the feedback per option. */
const secret = [
  ...scenarios.flatMap((s) => s.facilitator),
  ...scenarios.flatMap((s) => s.steps.flatMap((st) => st.choices.map((c) => c.feedback))),
];

const axe = (page: Page) =>
  new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
    .then((r) => r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`));

/** The guard fixture watches the test's own page; this watches the others. */
function watch(p: Page, errors: string[]) {
  p.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  p.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
}

const count = (p: Page) => p.locator('.vr-present__count');
const readyWithDilemma = sessions.find((s) => s.parts.filter((p) => p.kind === 'dilemma').length >= 2)!;

/** The index of the first show-of-hands step of a plan, and that step. */
function firstDecision(plan: Plan) {
  const slides = slidesOf(withoutNotes(plan), catalog);
  const i = slides.findIndex((s) => s.kind === 'keuze');
  return { slides, i, slide: slides[i] as Extract<(typeof slides)[number], { kind: 'keuze' }> };
}

test.describe('session builder', () => {
  test('build a plan, share the link, open it in a fresh browser, present and step through', async ({
    page,
    browser,
    baseURL,
  }) => {
    const module = modules[1]!;
    const dilemma = scenarios.find((s) => s.mode === 'graded')!;
    const question = 'Wat spreken wij als raad af over melden?';
    const note = 'Vraag eerst wie dit herkent. Noem geen namen.';

    await page.goto('griffier/bouwer/');
    await expect(page.getByText('Totaal: 0 minuten')).toBeVisible();

    await page.locator('#vr-nieuw-soort').selectOption('module');
    await page.locator('#vr-nieuw-ref').selectOption(module.id);
    await page.locator('#vr-nieuw-min').fill('12');
    await page.getByRole('button', { name: 'Voeg toe' }).click();

    await page.locator('#vr-nieuw-soort').selectOption('dilemma');
    await page.locator('#vr-nieuw-ref').selectOption(dilemma.id);
    await expect(page.locator('#vr-nieuw-min')).toHaveValue(String(dilemma.minutes));
    await page.getByRole('button', { name: 'Voeg toe' }).click();

    await page.locator('#vr-nieuw-soort').selectOption('gesprek');
    await page.getByRole('button', { name: 'Voeg toe' }).click();
    await expect(page.getByRole('alert')).toHaveText(/Kies een vraag of schrijf er een/);
    await page.getByLabel('Of schrijf een eigen vraag').fill(question);
    await page.locator('#vr-nieuw-min').fill('10');
    await page.getByRole('button', { name: 'Voeg toe' }).click();

    const total = 12 + dilemma.minutes + 10;
    await expect(page.getByText(`Totaal: ${total} minuten`)).toBeVisible();
    await page.locator('.vr-builder__part').nth(1).locator('summary').click();
    await page.locator('#vr-deel-1-notes').fill(note);
    await page.locator('#vr-deel-1-notes').blur();
    await page.locator('#vr-plan-titel').fill('Onze raadsavond');
    await page.locator('#vr-plan-titel').blur();

    // Kept locally: a reload shows the same plan.
    await page.reload();
    await expect(page.locator('.vr-builder__part')).toHaveCount(3);
    await expect(page.locator('#vr-deel-1-notes')).toHaveValue(note);
    await expect(page.getByText(`Totaal: ${total} minuten`)).toBeVisible();

    // The link holds the whole plan.
    const link = await page.getByLabel('Link naar dit plan').inputValue();
    const decoded = decodePlan(planFromHash(new URL(link).hash)!);
    expect(decoded.ok && decoded.plan.parts.map((p) => p.kind)).toEqual(['module', 'dilemma', 'gesprek']);

    // A fresh browser with nothing stored opens it.
    const fresh = await browser.newContext({ baseURL });
    const errors: string[] = [];
    const other = await fresh.newPage();
    watch(other, errors);
    await other.goto(link);
    await expect(other.getByRole('status').filter({ hasText: 'Het plan uit de link is geladen' })).toBeVisible();
    await expect(other.locator('#vr-plan-titel')).toHaveValue('Onze raadsavond');
    await expect(other.locator('#vr-deel-1-notes')).toHaveValue(note);
    await expect(other.getByText(`Totaal: ${total} minuten`)).toBeVisible();
    // Once loaded, the plan is this griffier's own: an edit survives a reload of the same page.
    await other.locator('#vr-deel-2-min').fill('14');
    await other.reload();
    await expect(other.locator('#vr-deel-2-min')).toHaveValue('14');
    await expect(other.getByText(`Totaal: ${total + 4} minuten`)).toBeVisible();

    // Present, and step with the keys a clicker sends.
    await other.getByRole('link', { name: 'Presenteer op één scherm' }).click();
    await expect(other).toHaveURL(/griffier\/presenteren\//);
    const plan = decoded.ok ? decoded.plan : ({} as Plan);
    plan.parts[2]!.minutes = 14;
    const slides = slidesOf(withoutNotes(plan), catalog);
    const of = slides.length;
    await expect(count(other)).toHaveText(`Stap 1 van ${of}`);
    await expect(other.getByRole('heading', { level: 2 })).toHaveText(plan.parts[0]!.title);
    for (const [key, n] of [
      ['ArrowRight', 2],
      [' ', 3],
      ['PageDown', 4],
      ['PageUp', 3],
      ['ArrowLeft', 2],
    ] as const) {
      await other.keyboard.press(key === ' ' ? 'Space' : key);
      await expect(count(other), key).toHaveText(`Stap ${n} van ${of}`);
    }
    await other.keyboard.press('End');
    await expect(count(other)).toHaveText(`Stap ${of} van ${of}`);
    await expect(other.locator('.vr-slide')).toContainText(question);
    // The griffier's note went neither into the projector's page nor into its address.
    expect(await other.content()).not.toContain(note);
    const shown = decodePlan(planFromHash(new URL(other.url()).hash)!);
    expect(shown.ok && shown.plan.parts.every((p) => p.notes === undefined)).toBe(true);
    expect(errors).toEqual([]);
    expect(await fresh.cookies()).toEqual([]);
    await fresh.close();
  });

  test('a changed or cut-off link gets a clear message, and the saved plan stays', async ({ page }) => {
    const ready = sessions[0]!;
    await page.goto('griffier/bouwer/');
    await page.getByLabel('Kies een plan').selectOption(ready.id);
    await page.getByRole('button', { name: 'Laad dit plan' }).click();
    await expect(page.locator('.vr-builder__part')).toHaveCount(ready.parts.length);
    const link = await page.getByLabel('Link naar dit plan').inputValue();
    const at = link.indexOf('#plan=1.') + 30;
    const changed = `${link.slice(0, at)}${link[at] === 'x' ? 'y' : 'x'}${link.slice(at + 1)}`;

    for (const [bad, message] of [
      [changed, 'De link is veranderd of niet helemaal gekopieerd'],
      [link.slice(0, link.lastIndexOf('.')), 'De link is niet compleet'],
    ] as const) {
      await page.goto('griffier/');
      await page.goto(bad);
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('Dit plan kan niet worden geopend');
      await expect(alert).toContainText(message);
      await expect(alert).toContainText('Je eigen opgeslagen plan is niet veranderd.');
      await expect(page.locator('.vr-builder__part')).toHaveCount(ready.parts.length);
      await expect(page.locator('#vr-plan-titel')).toHaveValue(ready.title);
    }

    // The same message, never a blank page, in the other views.
    const hash = new URL(changed).hash;
    for (const view of ['griffier/regie/', 'griffier/presenteren/', 'griffier/printset/']) {
      await page.goto('griffier/');
      await page.goto(`${view}${hash}`);
      await expect(page.getByRole('alert'), view).toContainText('De link is veranderd');
    }

    // A good link replaces the saved plan, and offers it back.
    const other = sessionToPlan(sessions[1]!);
    await page.goto('griffier/');
    await page.goto(`griffier/bouwer/#plan=${encodePlan(other)}`);
    await expect(page.locator('#vr-plan-titel')).toHaveValue(other.title);
    await page.getByRole('button', { name: `Zet je vorige plan terug (${ready.title})` }).click();
    await expect(page.locator('#vr-plan-titel')).toHaveValue(ready.title);
    await expect(page).toHaveURL(/bouwer\/$/);

    // A plan that names a dilemma this site does not have says which part.
    const unknown = encodePlan({
      title: 'Oud plan',
      parts: [{ kind: 'dilemma', title: 'Weg', minutes: 10, ref: 'bestaat-niet-meer' }],
    });
    await page.goto('griffier/');
    await page.goto(`griffier/bouwer/#plan=${unknown}`);
    await expect(page.getByRole('alert')).toContainText('Onderdeel 1 verwijst naar casus "bestaat-niet-meer"');
    await expect(page.locator('#vr-plan-titel')).toHaveValue(ready.title);
  });

  test('keyboard only: add a question, present, step, open and close the panel', async ({ page }) => {
    await page.goto('griffier/bouwer/');
    await tabTo(page, '#vr-klaar');
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveText('Laad dit plan');
    await page.keyboard.press('Enter');
    const parts = sessions[0]!.parts.length;
    await expect(page.locator('.vr-builder__part')).toHaveCount(parts);

    await tabTo(page, '#vr-nieuw-soort');
    await page.keyboard.type('Gesprek');
    await expect(page.locator('#vr-nieuw-soort')).toHaveValue('gesprek');
    await tabTo(page, '#vr-nieuw-eigen');
    await page.keyboard.type('Wie bellen we als het misgaat?');
    await page.keyboard.press('Enter');
    await expect(page.locator('.vr-builder__part')).toHaveCount(parts + 1);

    // Move the new question up by keyboard: the keyboard stays on the row that moved.
    const question = page.locator('.vr-builder__part').last();
    await question.getByRole('button', { name: /omhoog$/ }).focus();
    await page.keyboard.press('Enter');
    await expect(
      page
        .locator('.vr-builder__part')
        .nth(parts - 1)
        .locator('.vr-builder__meta'),
    ).toContainText('Wie bellen we als het misgaat?');
    await expect(page.locator(':focus')).toHaveAttribute('data-move', '-1');
    await expect(
      page
        .locator('.vr-builder__part')
        .nth(parts - 1)
        .locator(':focus'),
    ).toHaveCount(1);

    await tabTo(page, 'a[href*="presenteren"]', 200);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/presenteren/);
    await expect(count(page)).toHaveText(/^Stap 1 van \d+$/);
    await page.keyboard.press('PageDown');
    await expect(count(page)).toHaveText(/^Stap 2 van/);
    await page.keyboard.press('PageUp');
    await expect(count(page)).toHaveText(/^Stap 1 van/);
    // F puts the projector in full screen, and F again takes it out.
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);

    // One screen: the control panel is closed until asked for.
    const toggle = page.getByRole('button', { name: 'Regiepaneel' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator('#vr-panel')).toHaveCount(0);
    await tabTo(page, 'button[aria-controls="vr-panel"]');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('complementary', { name: 'Regiepaneel' })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Regiepaneel' })).toContainText('Tijd voor dit onderdeel');
    await page.keyboard.press('Escape');
    await expect(page.locator('#vr-panel')).toHaveCount(0);
    // Space on a focused button presses that button, as it should; on the page it moves on.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Space');
    await expect(count(page)).toHaveText(/^Stap 2 van/);
  });
});

test.describe('presenting', () => {
  test('control and projector stay in step; tallies stay hidden until Onthul', async ({ page, context }) => {
    const plan = sessionToPlan(readyWithDilemma);
    const { slides, i, slide } = firstDecision(plan);
    await page.goto(`griffier/regie/#plan=${encodePlan(plan)}`);
    await expect(count(page)).toHaveText(`Stap 1 van ${slides.length}`);

    const [projector] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: 'Open projectiescherm in een tweede venster' }).click(),
    ]);
    const errors: string[] = [];
    watch(projector, errors);
    await expect(count(projector)).toHaveText(`Stap 1 van ${slides.length}`);

    // The clicker on the projector moves the control view, and the other way round.
    await projector.keyboard.press('ArrowRight');
    await expect(count(page)).toHaveText(`Stap 2 van ${slides.length}`);
    await page.getByRole('button', { name: 'Volgende →' }).click();
    await expect(count(projector)).toHaveText(`Stap 3 van ${slides.length}`);
    await page.getByRole('button', { name: '← Vorige' }).click();
    await expect(count(projector)).toHaveText(`Stap 2 van ${slides.length}`);

    // To the first show of hands.
    while (Number((await count(page).textContent())!.split(' ')[1]) < i + 1)
      await page.getByRole('button', { name: 'Volgende →' }).click();
    await expect(projector.locator('.vr-slide')).toContainText(slide.step.situation.slice(0, 40));
    await expect(page.locator('.vr-notes')).toContainText(
      scenarios.find((s) => s.id === slide.scenario)!.facilitator[0]!,
    );

    const [a, b] = slide.step.options;
    await page.locator(`#vr-tel-${a!.id}`).fill('3');
    await page.locator(`#vr-tel-${b!.id}`).fill('2');
    await expect(page.getByText('De uitslag is nog verborgen.')).toBeVisible();
    await projector.waitForTimeout(300);
    await expect(projector.locator('.vr-tally')).toHaveCount(0);
    expect(await projector.locator('.vr-slide').textContent()).not.toContain('handen');

    await page.getByRole('button', { name: 'Onthul uitslag' }).click();
    const chart = projector.getByRole('figure');
    await expect(chart).toContainText('Uitslag handopsteken: 5 stemmen in totaal');
    await expect(chart.getByRole('listitem').nth(0)).toContainText(`A. ${a!.text}`);
    await expect(chart.getByRole('listitem').nth(0)).toContainText('3 handen (60%)');
    await expect(chart.getByRole('listitem').nth(1)).toContainText('2 handen (40%)');
    await expect(page.getByRole('button', { name: 'Verberg uitslag' })).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: 'Verberg uitslag' }).click();
    await expect(projector.locator('.vr-tally')).toHaveCount(0);

    // The timer runs in both windows from one state.
    await page.getByRole('button', { name: 'Start tijd' }).click();
    await projector.getByRole('button', { name: 'Regiepaneel' }).click();
    await expect(projector.getByRole('button', { name: 'Pauzeer tijd' })).toBeVisible();

    // An agreement from the control view is on the agreements page.
    await page.locator('#vr-actie').fill('Protocol agenderen in het presidium');
    await page.locator('#vr-wie').fill('Griffier');
    await page.getByRole('button', { name: 'Voeg afspraak toe' }).click();
    // At the close the room sees what it agreed.
    await projector.keyboard.press('End');
    await expect(projector.locator('.vr-slide')).toContainText('Protocol agenderen in het presidium · Griffier');
    await projector.goto('griffier/afspraken/');
    await expect(
      projector.getByRole('cell', { name: 'Protocol agenderen in het presidium', exact: true }),
    ).toBeVisible();

    // A reload picks the session up where it was, and offers a fresh start for a new group.
    await page.reload();
    await expect(page.getByRole('status').filter({ hasText: 'Deze sessie liep al' })).toBeVisible();
    await expect(count(page)).toHaveText(`Stap ${slides.length} van ${slides.length}`);
    await page.getByRole('button', { name: 'Begin opnieuw bij stap 1' }).click();
    await expect(count(page)).toHaveText(`Stap 1 van ${slides.length}`);
    await page.keyboard.press('End');
    await expect(page.locator('.vr-slide')).not.toContainText('Protocol agenderen');
    while (Number((await count(page).textContent())!.split(' ')[1]) > i + 1) await page.keyboard.press('ArrowLeft');
    await expect(page.getByText('De uitslag is nog verborgen.')).toBeVisible();
    await expect(page.locator(`#vr-tel-${a!.id}`)).toHaveValue('0');
    expect(errors).toEqual([]);
  });

  test('a projector that waits picks up the plan the control view opens; typing in a field does not move the slides', async ({
    page,
    context,
  }) => {
    await page.goto('griffier/presenteren/');
    await expect(page.getByRole('status')).toContainText('Dit scherm wacht op het regiescherm');
    const plan = sessionToPlan(readyWithDilemma);
    const { slides, i, slide } = firstDecision(plan);
    const control = await context.newPage();
    const errors: string[] = [];
    watch(control, errors);
    await control.goto(`griffier/regie/#plan=${encodePlan(plan)}`);
    await expect(count(page)).toHaveText(`Stap 1 van ${slides.length}`);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(plan.parts[0]!.title);

    for (let n = 0; n < i; n++) await control.getByRole('button', { name: 'Volgende →' }).click();
    await expect(count(page)).toHaveText(`Stap ${i + 1} van ${slides.length}`);
    const field = control.locator(`#vr-tel-${slide.step.options[0]!.id}`);
    await field.fill('7');
    for (const key of ['ArrowRight', 'ArrowLeft', 'Space', 'PageDown', 'End']) await field.press(key);
    await control.locator('#vr-actie').fill('Dit is een actie met spaties');
    await control.locator('#vr-actie').press('ArrowLeft');
    await expect(count(control)).toHaveText(`Stap ${i + 1} van ${slides.length}`);
    await expect(count(page)).toHaveText(`Stap ${i + 1} van ${slides.length}`);
    await expect(control.locator('#vr-actie')).toHaveValue('Dit is een actie met spaties');
    expect(errors).toEqual([]);
  });

  test('no facilitator-note text is anywhere in the projector view', async ({ page }) => {
    // It walks every step of a plan and reads the whole DOM at each: 18–30 s on a loaded 2-core machine.
    test.setTimeout(90_000);
    // The built page itself: its text, and every string in its island props (JSON inside an attribute).
    const raw = readFileSync(join(distDir, 'griffier/presenteren/index.html'), 'utf8');
    const entities = (t: string) =>
      t
        .replaceAll('&quot;', '"')
        .replaceAll('&#39;', "'")
        .replaceAll('&lt;', '<')
        .replaceAll('&gt;', '>')
        .replaceAll('&amp;', '&');
    const strings: string[] = [];
    const collect = (v: unknown): void => {
      if (typeof v === 'string') strings.push(v);
      else if (v && typeof v === 'object') Object.values(v).forEach(collect);
    };
    const islands = [...raw.matchAll(/<astro-island\b[^>]*\sprops="([^"]*)"/g)];
    expect(islands.length, 'the projector island').toBe(1);
    for (const m of islands) collect(JSON.parse(entities(m[1]!)));
    expect(strings.join(' '), 'the props hold the dilemmas').toContain(scenarios[0]!.steps[0]!.situation);
    const pageText = `${entities(raw.replace(/<[^>]+>/g, ' '))} ${strings.join('\n')}`;
    for (const text of secret) expect(pageText.includes(text), text.slice(0, 60)).toBe(false);

    // A plan with every dilemma and a note on each part, stepped through with the panel open.
    const plan: Plan = {
      title: "Alle dilemma's",
      parts: scenarios.map((s) => ({
        kind: 'dilemma',
        title: s.title,
        minutes: 5,
        ref: s.id,
        notes: `Alleen voor de griffier: ${s.id}`,
      })),
    };
    await page.goto(`griffier/presenteren/#plan=${encodePlan(plan)}`);
    await page.getByRole('button', { name: 'Regiepaneel' }).click();
    const slides = slidesOf(withoutNotes(plan), catalog);
    for (let n = 1; n <= slides.length; n++) {
      await expect(count(page)).toHaveText(`Stap ${n} van ${slides.length}`);
      const dom = await page.evaluate(
        () => document.documentElement.outerHTML + JSON.stringify({ ...localStorage }) + location.href,
      );
      for (const text of [...secret, 'Alleen voor de griffier'])
        expect(dom.includes(text), `stap ${n}: ${text.slice(0, 50)}`).toBe(false);
      await page.keyboard.press('PageDown');
    }
  });

  test('axe: projector, panel and revealed tally; control view on a show of hands', async ({ page, context }) => {
    const plan = sessionToPlan(readyWithDilemma);
    const { i, slide } = firstDecision(plan);
    await page.goto(`griffier/regie/#plan=${encodePlan(plan)}`);
    await expect(count(page)).toHaveText(/^Stap 1 van/);
    for (let n = 0; n < i; n++) await page.keyboard.press('ArrowRight');
    await expect(count(page)).toHaveText(new RegExp(`^Stap ${i + 1} van`));
    await page.locator(`#vr-tel-${slide.step.options[0]!.id}`).fill('4');
    await page.getByRole('button', { name: 'Onthul uitslag' }).click();
    await page.locator('#vr-actie').fill('Nazorg regelen');
    await page.getByRole('button', { name: 'Voeg afspraak toe' }).click();
    expect(await axe(page), 'regiescherm').toEqual([]);

    const projector = await context.newPage();
    await projector.goto(`griffier/presenteren/#plan=${encodePlan(withoutNotes(plan))}`);
    await expect(projector.getByRole('figure')).toBeVisible();
    expect(await axe(projector), 'projectiescherm').toEqual([]);
    await projector.getByRole('button', { name: 'Regiepaneel' }).click();
    expect(await axe(projector), 'projectiescherm met regiepaneel').toEqual([]);
    await projector.keyboard.press('End');
    expect(await axe(projector), 'projectiescherm, laatste stap').toEqual([]);
  });
});

test.describe('agreements and print kit', () => {
  test('agreements: add by keyboard, kept after reload, Markdown download, print, clear', async ({ page }) => {
    await page.goto('griffier/afspraken/');
    await expect(page.getByText('Nog geen afspraken.')).toBeVisible();
    await tabTo(page, '#vr-actie');
    await page.keyboard.type('Protocol | bespreken');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Griffie');
    await page.keyboard.press('Tab');
    await page.keyboard.type('1 maart');
    await page.keyboard.press('Enter');
    await expect(page.locator('#vr-actie')).toBeFocused();
    await page.keyboard.type('Nazorg na een incident regelen');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('row')).toHaveCount(3);

    await page.reload();
    await expect(page.getByRole('row')).toHaveCount(3);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download als Markdown' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^afspraken-vpt-\d{4}-\d{2}-\d{2}\.md$/);
    const md = readFileSync((await download.path())!, 'utf8');
    expect(md).toContain(`# Afspraken Veilige Publieke Taak, ${settings.naam}`);
    expect(md).toContain('| Actie | Wie | Wanneer |');
    expect(md).toContain('| Protocol \\| bespreken | Griffie | 1 maart |');
    expect(md).toContain('| Nazorg na een incident regelen | – | – |');

    expect(await axe(page), 'afspraken').toEqual([]);

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('form.vr-agreements__form')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
    await expect(page.getByRole('cell', { name: 'Protocol | bespreken' })).toBeVisible();
    await expect(page.getByRole('button', { name: /Verwijder afspraak/ }).first()).toBeHidden();
    await page.screenshot({ path: test.info().outputPath('afspraken-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('button', { name: 'Wis alle afspraken' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Annuleer' }).click();
    await expect(page.getByRole('row')).toHaveCount(3);
    await page.getByRole('button', { name: 'Wis alle afspraken' }).click();
    await dialog.getByRole('button', { name: 'Wis alle afspraken' }).click();
    await expect(page.getByText('Nog geen afspraken.')).toBeVisible();
    await page.reload();
    await expect(page.getByText('Nog geen afspraken.')).toBeVisible();
  });

  test('print kit of a ready plan: agenda, one A5 card per dilemma, handout with local contacts, answer key apart', async ({
    page,
  }) => {
    const ready = readyWithDilemma;
    const dilemmas = [...new Set(ready.parts.filter((p) => p.kind === 'dilemma').map((p) => p.ref!))];
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.goto(`griffier/sessies/${ready.id}/printset/`);
    expect(await axe(page), 'printset').toEqual([]);
    await page.emulateMedia({ media: 'print' });

    await expect(page.locator('.vr-agenda tbody tr')).toHaveCount(ready.parts.length);
    await expect(page.locator('.vr-agenda tfoot')).toContainText(`${totalMinutes(ready)} min`);
    const cards = page.locator('.vr-kit-card');
    await expect(cards).toHaveCount(dilemmas.length);
    for (let n = 0; n < dilemmas.length; n++) {
      const style = await cards
        .nth(n)
        .evaluate((el) => ({ page: getComputedStyle(el).page, after: getComputedStyle(el).breakAfter }));
      expect(style).toEqual({ page: 'vr-a5', after: 'page' });
      await expect(cards.nth(n)).toContainText(scenarios.find((s) => s.id === dilemmas[n])!.title);
    }
    // Cards go to the room: no facilitator note and no verdict on them.
    const cardText = (await cards.allTextContents()).join(' ');
    for (const text of secret) expect(cardText.includes(text), text.slice(0, 50)).toBe(false);

    const handout = page.locator('.vr-kit__handout');
    const key = page.locator('.vr-kit__key');
    for (const section of [handout, key])
      expect(await section.evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
    for (const c of Object.values(settings.contacten)) {
      await expect(handout).toContainText(c.name);
      if (c.phone) await expect(handout).toContainText(c.phone);
    }
    await expect(handout).toContainText(settings.naam);
    for (const f of content.facts ?? [])
      await expect(handout).toContainText(f.data.text.replace(/\s+/g, ' ').trim().slice(0, 40));
    for (const id of dilemmas) await expect(key).toContainText(scenarios.find((s) => s.id === id)!.facilitator[0]!);
    await expect(page.locator('header.vr-header')).toBeHidden();
    await page.screenshot({ path: test.info().outputPath('printset-print.png'), fullPage: true });

    // Chromium's own print: the cards come out on A5 sheets, the rest on A4.
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const sizes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map(
      (m) => `${Math.round(Number(m[1]))}x${Math.round(Number(m[2]))}`,
    );
    expect(sizes.filter((s) => s === '420x595').length).toBeGreaterThanOrEqual(dilemmas.length);
    expect(sizes.filter((s) => s === '595x842').length).toBeGreaterThanOrEqual(3);
  });

  test('print kit of a built plan: its agenda and only its dilemmas', async ({ page }) => {
    const [one, two] = scenarios.slice(-2);
    const plan: Plan = {
      title: 'Eigen avond',
      parts: [
        { kind: 'opening', title: 'Welkom', minutes: 5 },
        { kind: 'dilemma', title: one!.title, minutes: 15, ref: one!.id, notes: 'Let op de tijd.' },
        { kind: 'dilemma', title: two!.title, minutes: 15, ref: two!.id },
      ],
    };
    await page.goto(`griffier/printset/#plan=${encodePlan(plan)}`);
    await expect(page.locator('.vr-agenda caption')).toHaveText('Eigen avond');
    await expect(page.locator('.vr-agenda tbody tr')).toHaveCount(3);
    await expect(page.locator('.vr-kit-card:visible')).toHaveCount(2);
    await expect(page.locator('.vr-kit-key:visible')).toHaveCount(2);
    await expect(page.locator('.vr-kit__key')).toContainText('Let op de tijd.');
    await expect(page).toHaveTitle(/^Printset: Eigen avond/);
  });

  test('the guide with its chapters and plans; axe on the builder with a plan (the pages themselves: a11y/pages.spec.ts)', async ({
    page,
  }) => {
    await page.goto('griffier/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Voor griffiers');
    // The guide: preparation, ground rules, personal experiences, after the session (content/griffier).
    const chapters = (content.guides ?? []).map((g) => g.data.title);
    expect(chapters.length).toBeGreaterThanOrEqual(3);
    for (const title of chapters) await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
    for (const s of sessions) await expect(page.getByRole('link', { name: s.title })).toBeVisible();
    await page.goto(`griffier/sessies/${sessions[0]!.id}/`);
    await expect(page.locator('.vr-agenda tbody tr')).toHaveCount(sessions[0]!.parts.length);
    // The figures and articles in a plan's notes name their sources.
    for (const id of sessions[0]!.sources) {
      await expect(page.locator(`#bron-${id}`)).toContainText(
        content.sources.find((x) => x.data.id === id)!.data.title,
      );
    }
    await page.goto(`griffier/bouwer/#plan=${encodePlan(sessionToPlan(readyWithDilemma))}`);
    await expect(page.locator('.vr-builder__part')).toHaveCount(readyWithDilemma.parts.length);
    await page.locator('.vr-builder__part summary').first().click();
    expect(await axe(page), 'bouwer').toEqual([]);
  });
});
