/**
 * The quiz islands as a reader uses them: every question type by mouse and by keyboard alone,
 * a whole scenario with the keyboard alone, the no-JS fallback, and axe in every state.
 * Pages and right answers are found from the built site and the content files, not hard-coded.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect, tabTo } from '../helpers/fixtures.ts';
import { pagesWith } from '../helpers/site.ts';
import { question, scenario } from '../helpers/content.ts';

const axe = (page: Page) =>
  new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
    .then((r) => r.violations.map((v) => `${v.id}: ${v.help}`));

/** The first built page with a question of this type, and that question's id. */
async function questionPage(page: Page, type: string): Promise<{ q: ReturnType<typeof question>; form: Locator }> {
  const path = pagesWith(`data-type="${type}"`)[0];
  expect(path, `a lesson with a ${type} question`).toBeTruthy();
  await page.goto(path!);
  // client:visible: the server-rendered forms come alive when they scroll into view.
  const form = page.locator(`form[data-type="${type}"]`).first();
  await form.scrollIntoViewIfNeeded();
  await expect(page.locator('.vr-quiz[data-live="ja"]')).toBeVisible();
  const id = (await form.getAttribute('data-question'))!;
  return { q: question(id), form };
}

/** The feedback under a question: the hint (a live region) and the result, which takes the focus. */
const feedback = (form: Locator) => form.locator('.vr-quiz__feedback');
/** Focus never drops to <body> after an action. */
const focusIsSomewhere = (page: Page) =>
  page.evaluate(() => document.activeElement !== document.body && document.activeElement !== null);

test.describe('knowledge check', () => {
  test('single choice by mouse: wrong (the right answer not given away), retry, right (no retry), kept after reload', async ({
    page,
  }) => {
    const { q, form } = await questionPage(page, 'single');
    const wrong = q.options.find((o) => !o.correct)!;
    const right = q.options.find((o) => o.correct)!;

    await form.getByRole('button', { name: 'Controleer' }).click();
    await expect(feedback(form)).toContainText('Kies eerst een antwoord.');
    expect(await focusIsSomewhere(page), 'focus after an empty check').toBe(true);

    await form.getByLabel(wrong.text, { exact: true }).check();
    await form.getByRole('button', { name: 'Controleer' }).click();
    await expect(feedback(form)).toContainText('Niet helemaal.');
    await expect(form.locator('.vr-quiz__feedback .vr-feedback')).toBeFocused();
    // A wrong answer says why it is wrong, but leaves the right one to the next try.
    await expect(feedback(form)).not.toContainText(right.text);
    await expect(feedback(form)).not.toContainText(q.explanation);
    await expect(form.getByRole('button', { name: 'Probeer opnieuw' })).toBeVisible();
    expect(await axe(page), 'axe, answered wrong').toEqual([]);

    await form.getByRole('button', { name: 'Probeer opnieuw' }).click();
    await expect(form.getByRole('radio').first()).toBeFocused();
    await form.getByLabel(right.text, { exact: true }).check();
    await form.getByRole('button', { name: 'Controleer' }).click();
    await expect(feedback(form)).toContainText('Goed.');
    await expect(feedback(form)).toContainText(q.explanation);
    await expect(form.locator('.vr-quiz__feedback .vr-feedback')).toBeFocused();
    await expect(form.getByRole('button')).toHaveCount(0); // nothing to retry after a right answer
    expect(await axe(page), 'axe, answered right').toEqual([]);

    await page.reload();
    const again = page.locator(`form[data-question="${q.id}"]`);
    await expect(again).toHaveAttribute('data-state', 'goed');
    await expect(again.getByLabel(right.text, { exact: true })).toBeChecked();
    await expect(again.getByRole('button')).toHaveCount(0);
  });

  test('single choice by keyboard alone: arrows choose, Enter checks', async ({ page }) => {
    const { q, form } = await questionPage(page, 'single');
    const right = q.options.findIndex((o) => o.correct);
    await tabTo(page, `form[data-question="${q.id}"] input[type="radio"]`);
    if (right === 0) await page.keyboard.press('Space');
    for (let i = 0; i < right; i++) await page.keyboard.press('ArrowDown');
    await expect(form.getByRole('radio').nth(right)).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(form.getByRole('button', { name: 'Controleer' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(feedback(form)).toContainText('Goed.');
    // The button goes (nothing to retry); focus moves to the feedback, not to <body>.
    await expect(form.locator('.vr-quiz__feedback .vr-feedback')).toBeFocused();
    await expect(form.getByRole('button', { name: 'Probeer opnieuw' })).toHaveCount(0);
  });

  test('multiple choice by mouse: a wrong option among the right ones is not right', async ({ page }) => {
    const { q, form } = await questionPage(page, 'multiple');
    // The instruction is said once, by the site (the prompt itself does not repeat it).
    const legend = (await form.locator('legend').textContent()) ?? '';
    expect(legend.match(/kies all/gi)?.length ?? 0, legend).toBe(1);
    const right = q.options.filter((o) => o.correct);
    const wrong = q.options.find((o) => !o.correct);
    // All right options plus one wrong one: not right.
    for (const o of [...right, ...(wrong ? [wrong] : [])]) await form.getByLabel(o.text, { exact: true }).check();
    await form.getByRole('button', { name: 'Controleer' }).click();
    if (wrong) await expect(feedback(form)).toContainText('Niet helemaal.');
    await form.getByRole('button', { name: 'Probeer opnieuw' }).click();
    for (const o of right) await form.getByLabel(o.text, { exact: true }).check();
    await form.getByRole('button', { name: 'Controleer' }).click();
    await expect(feedback(form)).toContainText('Goed.');
  });

  test('multiple choice by keyboard alone', async ({ page }) => {
    const { q, form } = await questionPage(page, 'multiple');
    const boxes = form.getByRole('checkbox');
    await tabTo(page, `form[data-question="${q.id}"] input[type="checkbox"]`);
    for (let i = 0; i < q.options.length; i++) {
      if (q.options[i]!.correct) await page.keyboard.press('Space');
      if (i < q.options.length - 1) await page.keyboard.press('Tab');
    }
    for (let i = 0; i < q.options.length; i++) {
      await expect(boxes.nth(i)).toBeChecked({ checked: q.options[i]!.correct });
    }
    await page.keyboard.press('Tab');
    await expect(form.getByRole('button', { name: 'Controleer' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(feedback(form)).toContainText('Goed.');
  });

  test('true or false by mouse (wrong, retry), then by keyboard alone', async ({ page }) => {
    const { q, form } = await questionPage(page, 'truefalse');
    const rightIndex = q.options.findIndex((o) => o.correct);
    await form
      .getByRole('radio')
      .nth(1 - rightIndex)
      .check();
    await form.getByRole('button', { name: 'Controleer' }).click();
    await expect(feedback(form)).toContainText('Niet helemaal.');
    await form.getByRole('button', { name: 'Probeer opnieuw' }).click();
    expect(await focusIsSomewhere(page), 'focus after retry').toBe(true);

    await tabTo(page, `form[data-question="${q.id}"] input[type="radio"]`);
    if (rightIndex === 0) await page.keyboard.press('Space');
    else await page.keyboard.press('ArrowDown');
    await expect(form.getByRole('radio').nth(rightIndex)).toBeChecked();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(feedback(form)).toContainText('Goed.');
    expect(await focusIsSomewhere(page), 'focus after check').toBe(true);
  });

  test('reflection by keyboard alone', async ({ page }) => {
    const { q, form } = await questionPage(page, 'reflection');
    await tabTo(page, `form[data-question="${q.id}"] textarea`);
    await page.keyboard.type('Ik bespreek het met de griffie.');
    await page.keyboard.press('Tab');
    await expect(form.getByRole('button', { name: 'Bewaar' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(form.getByRole('status')).toContainText('Bewaard in deze browser.');
  });

  test('reflection: the text stays in this browser only', async ({ page }) => {
    const { q, form } = await questionPage(page, 'reflection');
    const text = 'Ik zou het eerst met de griffier bespreken.';
    await form.getByRole('textbox').fill(text);
    await form.getByRole('button', { name: 'Bewaar' }).click();
    await expect(form.getByRole('status')).toContainText('Bewaard in deze browser.');
    await expect(form.getByRole('status')).toContainText(q.explanation);
    const stored = await page.evaluate((id) => localStorage.getItem(`vr:reflectie:${id}`), q.id);
    expect(JSON.parse(stored!).tekst).toBe(text);
    await page.reload();
    await expect(page.locator(`form[data-question="${q.id}"] textarea`)).toHaveValue(text);
  });
});

test.describe('scenario', () => {
  async function scenarioPage(page: Page) {
    const path = pagesWith('data-dilemma=')[0];
    expect(path, 'a lesson with a dilemma').toBeTruthy();
    await page.goto(path!);
    const box = page.locator('[data-dilemma]').first();
    const id = (await box.getAttribute('data-dilemma'))!;
    await box.scrollIntoViewIfNeeded();
    const player = box.locator('.vr-scenario[data-live="ja"]');
    await expect(player).toBeVisible();
    return { s: scenario(id), player };
  }

  test('the recommended path by mouse, with feedback, summary and restart', async ({ page }) => {
    const { s, player } = await scenarioPage(page);
    expect(await axe(page), 'axe, unanswered').toEqual([]);
    let stepId = s.start;
    for (const entry of s.recommended) {
      const [step, choice] = entry.split('/') as [string, string];
      expect(step).toBe(stepId);
      const st = s.steps.find((x) => x.id === step)!;
      const c = st.choices.find((x) => x.id === choice)!;
      await expect(player).toHaveAttribute('data-step', step);
      await player.getByLabel(c.text, { exact: true }).check();
      await player.getByRole('button', { name: 'Kies' }).click();
      await expect(player.locator('.vr-scenario__feedback')).toContainText(c.feedback);
      await expect(player.locator('.vr-scenario__feedback')).toBeFocused(); // "Kies" is gone; focus is on why
      await player.getByRole('button', { name: 'Verder' }).click();
      stepId = c.next;
      await expect(player.locator('.vr-island-live').locator('h3, h4').first()).toBeFocused();
    }
    const end = s.steps.find((x) => x.id === stepId)!;
    expect(end.ending, 'the recommended path ends').toBeTruthy();
    await expect(player).toContainText(end.ending!.text);
    await expect(player.locator('[data-path="jouw"] li')).toHaveCount(s.recommended.length);
    await expect(player.locator('[data-path="aanbevolen"] li')).toHaveCount(s.recommended.length);
    expect(await axe(page), 'axe, ended').toEqual([]);

    await player.getByRole('button', { name: 'Opnieuw beginnen' }).click();
    await expect(player).toHaveAttribute('data-step', s.start);
    await expect(player.locator('.vr-island-live').locator('h3, h4').first()).toBeFocused();

    // Restart halfway, too: focus goes to the first step's heading, not to <body>.
    const first = s.steps.find((x) => x.id === s.start)!;
    await player.getByLabel(first.choices[0]!.text, { exact: true }).check();
    await player.getByRole('button', { name: 'Kies' }).click();
    await player.getByRole('button', { name: 'Verder' }).click();
    if (!s.steps.find((x) => x.id === first.choices[0]!.next)!.ending) {
      await player.locator('.vr-scenario__restart').click();
      await expect(player).toHaveAttribute('data-step', s.start);
      await expect(player.locator('.vr-island-live').locator('h3, h4').first()).toBeFocused();
    }
  });

  test('a whole scenario with the keyboard alone; focus follows each new step', async ({ page }) => {
    const { s, player } = await scenarioPage(page);
    let stepId = s.start;
    for (let guard = 0; guard < 10; guard++) {
      const st = s.steps.find((x) => x.id === stepId)!;
      if (st.ending) break;
      // Always the first choice: Tab into the radio group, Space to choose, Tab to "Kies".
      await tabTo(page, `[data-step="${stepId}"] input[type="radio"]`);
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      await expect(player.getByRole('button', { name: 'Kies' })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(player.locator('.vr-scenario__feedback')).toContainText(st.choices[0]!.feedback);
      await expect(player.locator('.vr-scenario__feedback')).toBeFocused();
      await tabTo(page, '.vr-scenario__next');
      await page.keyboard.press('Enter');
      stepId = st.choices[0]!.next;
      await expect(player).toHaveAttribute('data-step', stepId);
      await expect(player.locator('.vr-island-live').locator('h3, h4').first()).toBeFocused();
    }
    await expect(player.locator('[data-path="jouw"]')).toBeVisible();
  });
});

test('in print, a played dilemma and a knowledge check show every step and answer, no buttons', async ({ page }) => {
  const path = pagesWith('data-dilemma=')[0]!;
  await page.goto(path);
  const box = page.locator('[data-dilemma]').first();
  const s = scenario((await box.getAttribute('data-dilemma'))!);
  await box.scrollIntoViewIfNeeded();
  await expect(box.locator('.vr-scenario[data-live="ja"]')).toBeVisible();
  await page.locator('.vr-test').scrollIntoViewIfNeeded();
  await expect(page.locator('form[data-question]').first()).toBeVisible();
  await expect(box.locator('.vr-scenario__step').first()).toBeHidden(); // on screen: the player

  await page.emulateMedia({ media: 'print' });
  await expect(box.locator('.vr-scenario__step')).toHaveCount(s.steps.length);
  for (const step of await box.locator('.vr-scenario__step').all()) await expect(step).toBeVisible();
  const firstChoice = s.steps.find((x) => x.id === s.start)!.choices[0]!;
  await expect(box.getByText(firstChoice.feedback)).toBeVisible(); // behind <details>, yet printed
  await expect(box.locator('.vr-island-live')).toBeHidden();
  await expect(page.locator('form[data-question]').first()).toBeHidden();
  await expect(page.locator('.vr-test [data-question]').first()).toBeVisible();
  await expect(page.locator('main .utrecht-button:visible')).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a scenario reads as text with its choices and the feedback behind <details>', async ({ page }) => {
    const path = pagesWith('data-dilemma=')[0]!;
    await page.goto(path);
    const box = page.locator('[data-dilemma]').first();
    const s = scenario((await box.getAttribute('data-dilemma'))!);
    await expect(box.locator('.vr-scenario__step')).toHaveCount(s.steps.length);
    const first = s.steps.find((x) => x.id === s.start)!;
    await expect(box).toContainText(first.situation);
    const details = box.locator('details').first();
    await expect(details.locator('p')).toBeHidden();
    await details.locator('summary').click();
    await expect(details).toContainText(first.choices[0]!.feedback);
  });

  test('questions read as text with the answer behind <details>', async ({ page }) => {
    const path = pagesWith('data-type="single"')[0]!;
    await page.goto(path);
    const item = page.locator('[data-question][data-type="single"]').first();
    const q = question((await item.getAttribute('data-question'))!);
    await expect(item).toContainText(q.prompt);
    await expect(page.locator('form[data-question]:visible')).toHaveCount(0);
    await item.locator('summary').click();
    await expect(item).toContainText(q.options.find((o) => o.correct)!.text);
    await expect(item).toContainText(q.explanation);
  });

  test('several right answers read as a list, the instruction said once', async ({ page }) => {
    const path = pagesWith('data-type="multiple"')[0]!;
    await page.goto(path);
    const item = page.locator('.vr-island-text [data-question][data-type="multiple"]').first();
    const q = question((await item.getAttribute('data-question'))!);
    const right = q.options.filter((o) => o.correct);
    const text = (await item.textContent()) ?? '';
    expect(text.match(/kies all/gi)?.length ?? 0, text).toBe(1);
    await item.locator('summary').click();
    const details = item.locator('details');
    if (right.length > 1) {
      await expect(details.locator('li')).toHaveText(right.map((o) => o.text));
    }
    // Never "krijgen.; Iemand": answers are not glued together with a semicolon.
    expect((await details.textContent()) ?? '').not.toMatch(/[.?!];/);
  });
});
