/**
 * The SCORM package in a real SCORM 1.2 runtime (issue 17): scorm-again plays the LMS. A harness
 * page on the package's origin creates `window.API` and opens the package's lms/index.html in a
 * frame under the package's deep path. The learner moves through pages, completes two lessons and
 * a knowledge check and closes; a fresh API with the stored CMI data relaunches the package.
 * Lessons, questions and right answers come from the content files, not from this file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Frame, Page } from '@playwright/test';
import { test, expect } from '../helpers/fixtures.ts';
import { content, question } from '../helpers/content.ts';
import { root } from '../helpers/site.ts';

const runtime = readFileSync(join(root, 'node_modules/scorm-again/dist/scorm12.min.js'), 'utf8');
const harness = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS</title>
<script src="scorm12.min.js"></script></head><body></body></html>`;

/** Every lesson; which one is done last does not matter, so content order will do. */
const lessons = content.lessons.map((l) => l.data);
const graded = [...new Set(lessons.flatMap((l) => l.questions))].filter((id) => question(id).type !== 'reflection');
/** The first two lessons that have graded questions: their checks are answered right. */
const [first, second] = lessons.filter((l) => l.questions.some((id) => graded.includes(id)));
/** A lesson with an open question: its text stays in the browser, and in an LMS the page says so. */
const reflective = lessons.find((l) => l.questions.some((id) => question(id).type === 'reflection'))!;
/** A lesson's page as a file: an LMS serves no folder index, so the package links to index.html. */
const lessonPath = (l: { module: string; id: string }) => `modules/${l.module}/${l.id}/index.html`;

interface Cmi {
  suspend_data: string;
  core: {
    lesson_location: string;
    lesson_status: string;
    session_time: string;
    exit: string;
    score: { raw: string; min: string; max: string };
  };
}

/** Creates a fresh scorm-again API (with stored CMI data when relaunching) and opens the package. */
async function launch(page: Page, pkg: string, stored?: Cmi, mastery?: number) {
  await page.evaluate(
    ({ pkg, stored, mastery }) => {
      const w = window as unknown as Record<string, unknown> & { Scorm12API: new (s: object) => Record<string, never> };
      const calls: Record<string, number> = { LMSInitialize: 0, LMSFinish: 0, LMSCommit: 0 };
      const errors: string[] = [];
      const sent: [string, string][] = [];
      const api = new w.Scorm12API({
        autocommit: false,
        lmsCommitUrl: false,
        logLevel: 1,
        onLogMessage: (level: number, message: string) => {
          if (level >= 4) errors.push(message);
        },
      }) as unknown as {
        on(name: string, cb: (...args: string[]) => void): void;
        loadFromJSON(json: object): void;
      };
      if (stored)
        api.loadFromJSON({
          suspend_data: stored.suspend_data,
          core: {
            lesson_location: stored.core.lesson_location,
            lesson_status: stored.core.lesson_status,
            score: stored.core.score,
          },
        });
      // What imsmanifest.xml's adlcp:masteryscore becomes in an LMS.
      if (mastery !== undefined) api.loadFromJSON({ student_data: { mastery_score: String(mastery) } });
      for (const name of Object.keys(calls)) api.on(name, () => calls[name]!++);
      api.on('LMSSetValue.cmi.*', (element: string, value: string) => sent.push([element, value]));
      Object.assign(w, { API: api, calls, errors, sent });
      const frame = document.createElement('iframe');
      frame.id = 'course';
      frame.title = 'Course';
      frame.src = `${pkg}lms/index.html`;
      frame.style.cssText = 'width: 100%; height: 90vh';
      document.body.replaceChildren(frame);
    },
    { pkg, stored, mastery },
  );
}

/** The site's frame inside the launch page, once it shows `path`. */
async function site(page: Page, path: string): Promise<Frame> {
  const find = () => page.frames().find((f) => f.parentFrame()?.url().includes('/lms/'));
  await expect.poll(() => find()?.url() ?? '').toMatch(new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  const frame = find()!;
  await frame.waitForLoadState();
  return frame;
}

const cmi = (page: Page) =>
  page.evaluate(() => {
    const api = (window as unknown as { API: { cmi: { toJSON(): unknown } } }).API;
    return JSON.parse(JSON.stringify(api.cmi)) as Cmi;
  });
const calls = (page: Page) => page.evaluate(() => (window as unknown as { calls: Record<string, number> }).calls);
/** The last value the package sent for a CMI element (scorm-again keeps some in its own form). */
const lastSent = (page: Page, element: string) =>
  page.evaluate(
    (el) => (window as unknown as { sent: [string, string][] }).sent.findLast(([k]) => k === el)?.[1],
    element,
  );
const lmsErrors = (page: Page) => page.evaluate(() => (window as unknown as { errors: string[] }).errors);

/** Answers every graded question of a lesson right, and marks the lesson done. */
async function completeLesson(frame: Frame, lesson: { questions: string[] }) {
  await expect(frame.locator('.vr-quiz[data-live="ja"]')).toHaveCount(0);
  await frame.locator('.vr-quiz').scrollIntoViewIfNeeded();
  await expect(frame.locator('.vr-quiz[data-live="ja"]')).toBeVisible();
  for (const id of lesson.questions.filter((q) => graded.includes(q))) {
    const form = frame.locator(`form[data-question="${id}"]`);
    for (const o of question(id).options.filter((x) => x.correct))
      await form.getByLabel(o.text, { exact: true }).check();
    await form.getByRole('button', { name: 'Controleer' }).click();
    await expect(form).toHaveAttribute('data-state', 'goed');
  }
  await frame.locator('vr-lesson-progress button').click();
  await expect(frame.locator('vr-lesson-progress button')).toHaveAttribute('aria-pressed', 'true');
}

test('one LMS session across page changes: progress, status, score and time in scorm-again, and resume', async ({
  page,
  baseURL,
}) => {
  // About 8 s on an idle machine; the margin is for a busy one (three launches, some 12 page loads).
  test.setTimeout(60_000);
  const pkg = new URL(baseURL!).pathname; // the package's deep path, ending in "/"
  const outside: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (!path.startsWith(pkg) && !path.startsWith('/lms-harness/')) outside.push(r.url());
  });

  // Without an LMS the launch page goes to the start page, and the site says nothing about an LMS.
  await page.goto('lms/index.html');
  await expect(page).toHaveURL(new URL('index.html', baseURL).href);
  await page.goto(lessonPath(reflective));
  await expect(page.locator('[data-lms-note]')).toBeHidden();
  await page.goto('privacy/index.html');
  await expect(page.locator('[data-lms-note]')).toBeHidden();
  await page.route('**/lms-harness/', (r) => r.fulfill({ contentType: 'text/html', body: harness }));
  await page.route('**/lms-harness/scorm12.min.js', (r) =>
    r.fulfill({ contentType: 'text/javascript', body: runtime }),
  );
  await page.goto('/lms-harness/');

  // First launch: no data yet, so the site opens at its start page.
  await launch(page, pkg);
  let frame = await site(page, `${pkg}index.html`);
  expect((await calls(page)).LMSInitialize).toBe(1);
  expect((await cmi(page)).core.lesson_status).toBe('incomplete');
  // The launch page as axe sees it; the site's pages have their own axe run (tests/scorm/crawl.spec.ts).
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .exclude(['#course', '#vr-site'])
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // Through several pages: a module page, then two lessons with their knowledge checks.
  await frame.goto(`${pkg}modules/index.html`);
  await frame.goto(`${pkg}${lessonPath(first!)}`);
  await completeLesson(frame, first!);
  await frame.goto(`${pkg}${lessonPath(second!)}`);
  await completeLesson(frame, second!);
  await frame.goto(`${pkg}${lessonPath(second!)}`); // a reload is a page change too

  const right = [first!, second!].flatMap((l) => l.questions).filter((id) => graded.includes(id)).length;
  const score = String(Math.round((100 * right) / graded.length));
  await expect.poll(async () => (await cmi(page)).core.score.raw).toBe(score);
  let data = await cmi(page);
  expect(data.core.score).toEqual({ raw: score, min: '0', max: '100' });
  expect(data.core.lesson_location).toBe(second!.id);
  expect(data.core.lesson_status).toBe('incomplete');
  expect(await calls(page)).toMatchObject({ LMSInitialize: 1, LMSFinish: 0 });

  // In an LMS a lesson with an open question says that its text stays in this browser.
  await frame.goto(`${pkg}${lessonPath(reflective)}`);
  await expect(frame.locator('[data-lms-note]')).toBeVisible();
  // And the privacy page says what the LMS gets.
  await frame.goto(`${pkg}privacy/index.html`);
  await expect(frame.locator('[data-lms-note]')).toBeVisible();
  // A link to another site opens in a new tab, not in the frame (the click itself is stopped here).
  await frame.goto(`${pkg}bronnen/index.html`);
  const target = await frame.evaluate(() => {
    const a = [...document.querySelectorAll('a')].find((x) => x.origin !== location.origin)!;
    addEventListener('click', (e) => e.preventDefault(), { once: true });
    a.click();
    return a.target;
  });
  expect(target).toBe('_blank');
  await frame.goto(`${pkg}${lessonPath(second!)}`);

  // The learner leaves: the launch page goes, and with it the session, once.
  await page.evaluate(() => document.getElementById('course')!.remove());
  await expect.poll(async () => (await calls(page)).LMSFinish).toBe(1);
  data = await cmi(page);
  expect(await calls(page)).toMatchObject({ LMSInitialize: 1, LMSFinish: 1 });
  // SCORM 1.2's CMITimespan as sent; scorm-again keeps it as HH:MM:SS.
  expect(await lastSent(page, 'cmi.core.session_time')).toMatch(/^\d{4}:[0-5]\d:[0-5]\d\.\d\d$/);
  expect(data.core.session_time).not.toBe('00:00:00');
  expect(data.core.exit).toBe('suspend');
  expect(data.suspend_data.length).toBeGreaterThan(0);
  expect(data.suspend_data.length).toBeLessThanOrEqual(4096);
  expect(await lmsErrors(page), 'scorm-again errors, first launch').toEqual([]);

  // Relaunch on another device: an empty browser, a fresh API with the stored CMI data.
  await page.evaluate(() => localStorage.clear());
  await launch(page, pkg, data);
  frame = await site(page, lessonPath(second!));
  await expect(frame.locator('vr-lesson-progress button')).toHaveAttribute('aria-pressed', 'true');
  const stored = await frame.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('vr:')));
  for (const id of [first!, second!].flatMap((l) => l.questions).filter((q) => graded.includes(q)))
    expect(stored).toContain(`vr:vraag:${id}`);
  expect(await calls(page)).toMatchObject({ LMSInitialize: 1, LMSFinish: 0 });

  // Every lesson but the last done (as in another tab): still incomplete. Then the last one.
  const last = lessons.filter((l) => l !== first && l !== second).at(-1)!;
  await frame.evaluate(
    (ids) => {
      for (const id of ids)
        localStorage.setItem(
          `vr:les:${id}`,
          JSON.stringify({ geopend: new Date().toISOString(), klaar: new Date().toISOString() }),
        );
    },
    lessons.filter((l) => l !== last).map((l) => l.id),
  );
  await expect
    .poll(async () => (await cmi(page)).suspend_data.split('|')[1]!.split(',').length)
    .toBe(lessons.length - 1);
  expect((await cmi(page)).core.lesson_status).toBe('incomplete');
  await frame.goto(`${pkg}${lessonPath(last)}`);
  await frame.locator('vr-lesson-progress button').click();
  await expect.poll(async () => (await cmi(page)).core.lesson_status).toBe('completed');
  expect((await cmi(page)).core.lesson_location).toBe(last.id);

  await page.evaluate(() => document.getElementById('course')!.remove());
  await expect.poll(async () => (await calls(page)).LMSFinish).toBe(1);
  expect(await calls(page)).toMatchObject({ LMSInitialize: 1, LMSFinish: 1 });
  data = await cmi(page);
  expect(data.core.score.raw).toBe(score);
  expect(data.suspend_data.length).toBeLessThanOrEqual(4096);
  expect(await lmsErrors(page), 'scorm-again errors, relaunch').toEqual([]);

  // With a mastery score from the LMS, a finished course is passed or failed: here the score is just under it.
  data = await cmi(page);
  await launch(page, pkg, data, Number(score) + 1);
  await site(page, lessonPath(last));
  await expect.poll(async () => (await cmi(page)).core.lesson_status).toBe('failed');
  await page.evaluate(() => document.getElementById('course')!.remove());
  await expect.poll(async () => (await calls(page)).LMSFinish).toBe(1);
  expect(await lmsErrors(page), 'scorm-again errors, with a mastery score').toEqual([]);
  expect(outside, 'requests outside the package and the harness').toEqual([]);
});
