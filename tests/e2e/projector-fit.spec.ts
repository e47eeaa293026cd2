/**
 * The projector fits any beamer (issue 12). Every step of every ready plan, and of a plan with all
 * dilemmas, a long opening text, a tally revealed on every decision and agreements at the close,
 * is walked with the keyboard at five screen sizes, with the Regiepaneel closed and open, the
 * tallies hidden and revealed. At each: the document does not scroll, no element's box lies
 * outside the viewport (an element inside a scrolling box that itself lies inside counts as in),
 * the slide itself neither scrolls nor clips, its text uses the width, and no body text is smaller
 * than 2.6% of the viewport height. One screenshot per size of the fullest step goes into the report.
 *
 * Speed: one page per test; the live session state is written the way the app keeps it
 * (localStorage "vr-sessie:live", src/stores/session.ts), and the checks of one step run in one
 * evaluate, so the whole spec takes seconds, not minutes.
 */
import type { Page, TestInfo } from '@playwright/test';
import { test, expect } from '../helpers/fixtures.ts';
import { content } from '../helpers/content.ts';
import { encodePlan, LIMITS, sessionToPlan, withoutNotes, type Plan } from '../../src/lib/session-plan.ts';
import { projectorCatalog, slidesOf, type Slide } from '../../src/lib/slides.ts';

const FLOOR = 0.026;
const SIZES = [
  [1024, 768],
  [1280, 720],
  [1366, 768],
  [1920, 1080],
  [3840, 2160],
] as const;

const scenarios = content.scenarios.map((s) => s.data);
const catalog = projectorCatalog(
  content.modules.map((m) => m.data),
  scenarios,
);
const readyPlans = content.sessions.map((s) => withoutNotes(sessionToPlan(s.data)));

// The longest screen text a plan may carry (LIMITS.text), made of the content's own sentences.
const sentences = scenarios.flatMap((s) => s.steps.map((st) => st.situation));
let longText = '';
for (const s of sentences) if (longText.length + s.length + 1 <= LIMITS.text) longText = `${longText} ${s}`.trim();
const allDilemmas: Plan = {
  title: "Alle dilemma's",
  parts: [
    { kind: 'opening', title: 'Welkom', minutes: 5, text: longText },
    ...scenarios.map((s) => ({ kind: 'dilemma' as const, title: s.title, minutes: 5, ref: s.id })),
    { kind: 'afsluiting', title: 'Afspraken en afsluiting', minutes: 5, text: longText.slice(0, 200) },
  ],
};

interface Check {
  step: string;
  problems: string[];
  font: number;
}

/** Opens the projector on `plan` with every tally filled in, revealed or not. */
async function open(page: Page, plan: Plan, revealed: boolean) {
  const slides = slidesOf(plan, catalog);
  const tallies: Record<string, Record<string, number>> = {};
  const shown: Record<string, boolean> = {};
  for (const s of slides) {
    if (s.kind !== 'keuze') continue;
    // Uneven counts, so every bar and percentage has its own length.
    tallies[s.tally] = Object.fromEntries(s.step.options.map((o, i) => [o.id, 3 + 7 * i]));
    shown[s.tally] = revealed;
  }
  const live = {
    plan,
    index: 0,
    tallies,
    revealed: shown,
    timer: { part: 0, spent: 0, since: null },
    laps: {},
    started: 1,
    rev: 1,
    by: 'test',
  };
  // Agreements made during the session show at the close.
  const agreed = [
    'Protocol agenderen in het presidium',
    'Nazorg na een incident regelen',
    'Oefenen met de voorzitters',
  ].map((actie, i) => ({ id: `a${i}`, actie, wie: 'Griffie', wanneer: 'Voor de zomer', op: 2 }));
  await page.goto('griffier/');
  await page.evaluate(
    ([l, a]) => {
      localStorage.setItem('vr-sessie:live', JSON.stringify(l));
      localStorage.setItem('vr-sessie:afspraken', JSON.stringify(a));
    },
    [live, agreed] as const,
  );
  await page.goto(`griffier/presenteren/#plan=${encodePlan(plan)}`);
  await expect(page.locator('.vr-present__count')).toHaveText(`Stap 1 van ${slides.length}`);
  await page.evaluate(() => Promise.all([...document.fonts].map((f) => f.load())));
  return slides;
}

/**
 * In the page, at the current size: walks every step with the keys a presenter sends (keydown on
 * the page, as a clicker does; session.spec.ts presses them through Playwright's keyboard), and
 * checks each step with the panel closed and open. One evaluate per size: a round trip per step
 * would cost a minute on a busy CI machine.
 */
function walkInPage(page: Page, of: number, floor: number): Promise<Check[]> {
  return page.evaluate(
    async ({ of, floor }) => {
      const count = () => document.querySelector('.vr-present__count')?.textContent;
      // Preact renders in a microtask; projector-fit.ts fits the type in the microtask after
      // (a MutationObserver), so one task later the step is on screen as the room sees it.
      const until = async (done: () => boolean) => {
        for (let i = 0; i < 50 && !done(); i++) await Promise.resolve();
        for (let i = 0; i < 200 && !done(); i++) await new Promise((r) => setTimeout(r, 5));
        if (!done()) throw new Error(`the projector did not follow: ${count()}`);
        await new Promise((r) => setTimeout(r, 0));
      };
      const key = (k: string) =>
        document.body.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
      const scrolls = (el: Element) => {
        const css = getComputedStyle(el);
        return ['auto', 'scroll'].includes(css.overflowY) || ['auto', 'scroll'].includes(css.overflowX);
      };
      const inside = (r: DOMRect, w: number, h: number) =>
        r.left >= -0.5 && r.top >= -0.5 && r.right <= w + 0.5 && r.bottom <= h + 0.5;
      const check = (): { step: string; problems: string[]; font: number } => {
        const w = innerWidth;
        const h = innerHeight;
        const panel = !!document.querySelector('#vr-panel');
        const revealed = !!document.querySelector('.vr-slide .vr-tally');
        const step = `${count()} at ${w}×${h}${panel ? ', panel open' : ''}${revealed ? ', tally shown' : ''}`;
        const problems: string[] = [];
        const doc = document.documentElement;
        if (doc.scrollHeight > h) problems.push(`the page scrolls: ${doc.scrollHeight} px high`);
        if (doc.scrollWidth > w) problems.push(`the page scrolls sideways: ${doc.scrollWidth} px wide`);
        const all = [...document.body.querySelectorAll('*')];
        // Boxes that scroll and lie in the viewport themselves: what is inside them is reachable.
        // (overflow: hidden does not count: that would hide a cut-off slide.)
        const scrollers = all.filter((el) => scrolls(el) && inside(el.getBoundingClientRect(), w, h));
        for (const el of all) {
          const r = el.getBoundingClientRect();
          if (r.width === 0 && r.height === 0) continue;
          if (el.closest('.vr-visually-hidden') || scrollers.some((s) => s !== el && s.contains(el))) continue;
          if (!inside(r, w, h))
            problems.push(
              `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 40)}" at ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`,
            );
        }
        const slide = document.querySelector<HTMLElement>('.vr-present .vr-slide')!;
        if (
          slide.scrollHeight > slide.clientHeight + 1 ||
          slide.scrollWidth > slide.clientWidth + 1 ||
          slide.dataset.fit
        ) {
          problems.push(
            `the slide does not fit its box: ${slide.scrollWidth}×${slide.scrollHeight} in ${slide.clientWidth}×${slide.clientHeight}`,
          );
        }
        // The text uses the width: the text block spans the slide area, not a column in the middle.
        const inner = slide.querySelector('.vr-slide__inner')!.getBoundingClientRect();
        const area = slide.getBoundingClientRect();
        if (inner.width < 0.85 * area.width)
          problems.push(`the text uses ${Math.round((100 * inner.width) / area.width)}% of the width`);
        if (!panel && area.width < 0.99 * w) problems.push(`the slide area is ${Math.round(area.width)} px of ${w}`);
        const body = [
          ...slide.querySelectorAll(
            '.vr-slide__label, .vr-slide__text, .vr-slide__list li, .vr-slide__options li, .vr-tally__caption, .vr-tally__label, .vr-tally__n',
          ),
        ];
        if (!body.length) problems.push('no text on the slide');
        const font = Math.min(...body.map((el) => parseFloat(getComputedStyle(el).fontSize)));
        if (font < floor * h - 0.01) problems.push(`text at ${font.toFixed(1)} px, under ${(floor * h).toFixed(1)} px`);
        return { step, problems, font: font / h };
      };
      const toggle = document.querySelector<HTMLButtonElement>('button[aria-controls="vr-panel"]')!;
      const flip = async () => {
        const was = !!document.querySelector('#vr-panel');
        toggle.click();
        await until(() => !!document.querySelector('#vr-panel') !== was);
      };
      const out = [];
      // The new size is fitted on the resize event, which comes before the frame's animation callbacks.
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      key('Home');
      for (let n = 1; n <= of; n++) {
        if (n > 1) key('ArrowRight');
        await until(() => count() === `Stap ${n} van ${of}`);
        out.push(check());
        await flip();
        out.push(check());
        await flip();
      }
      return out;
    },
    { of, floor },
  );
}

/** Walks every step at every size; attaches a screenshot of the fullest step per size. */
async function walk(page: Page, testInfo: TestInfo, slides: Slide[], shots: boolean) {
  const problems: string[] = [];
  const count = page.locator('.vr-present__count');
  for (const [width, height] of SIZES) {
    await page.setViewportSize({ width, height });
    const checks = await walkInPage(page, slides.length, FLOOR);
    expect(checks).toHaveLength(2 * slides.length);
    for (const c of checks) problems.push(...c.problems.map((p) => `${c.step}: ${p}`));
    if (shots) {
      // The fullest step (the smallest type), with the panel open: the tightest the slide gets.
      const fullest = checks.reduce((a, c) => (c.font < a.font ? c : a));
      const n = Number(fullest.step.split(' ')[1]);
      await page.keyboard.press('Home');
      await page.evaluate((n) => {
        for (let i = 1; i < n; i++)
          document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      }, n);
      await expect(count).toHaveText(`Stap ${n} van ${slides.length}`);
      await page.getByRole('button', { name: 'Regiepaneel' }).click();
      await testInfo.attach(`projector-${width}x${height}-stap-${n}.jpg`, {
        body: await page.screenshot({ type: 'jpeg', quality: 80 }),
        contentType: 'image/jpeg',
      });
      await page.getByRole('button', { name: 'Regiepaneel' }).click();
    }
  }
  expect(problems.slice(0, 30), `${problems.length} problems`).toEqual([]);
}

test.describe('the projector fits any beamer', () => {
  // Some 1,700 checked layouts: about 15 s of CPU in all, but a busy machine needs the margin.
  test.describe.configure({ timeout: 120_000 });

  test('every step of every ready plan, with the tallies revealed, the panel closed and open', async ({
    page,
  }, testInfo) => {
    // Hidden, a tally is the list of options: the all-dilemma plan below walks every decision step
    // both ways, so here the revealed (fuller) form is enough.
    for (const plan of readyPlans) {
      const slides = await open(page, plan, true);
      expect(
        slides.some((s) => s.kind === 'keuze'),
        plan.title,
      ).toBe(true);
      await walk(page, testInfo, slides, false);
    }
  });

  test('a plan with every dilemma, the longest opening text, every tally revealed and agreements at the close', async ({
    page,
  }, testInfo) => {
    const slides = await open(page, allDilemmas, true);
    const decisions = catalog.scenarios.reduce((n, s) => n + s.steps.length, 0);
    expect(slides.filter((s) => s.kind === 'keuze')).toHaveLength(decisions);
    await page.keyboard.press('End');
    await expect(page.locator('.vr-slide'), 'the close shows the agreements').toContainText(
      'Oefenen met de voorzitters',
    );
    await walk(page, testInfo, slides, true);
  });

  test('the same plan with every tally hidden: the options themselves', async ({ page }, testInfo) => {
    const slides = await open(page, allDilemmas, false);
    await expect(page.locator('.vr-slide .vr-tally')).toHaveCount(0);
    await walk(page, testInfo, slides, false);
  });
});
