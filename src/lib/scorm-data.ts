/**
 * What a learning platform (LMS) keeps of the reader's progress in the SCORM 1.2 package (issue 17).
 * Pure: src/islands/scorm-launch.ts talks to the LMS and to localStorage, this module only turns
 * progress items (the format of src/stores/progress.ts) into SCORM values and back.
 *
 * cmi.suspend_data may hold only 4096 characters, so the items are written compactly: every id
 * becomes its place in the catalogue, a list of the lessons, graded questions (with their options)
 * and dilemmas (with their steps and choices) that the build writes into the launch page. Dates are
 * seconds since 1970 in base 36. The text starts with the format version and a fingerprint of the
 * catalogue: after an update of the content, old data is not misread but left aside (the browser
 * still has its own copy).
 *
 *   1<fingerprint>|<lessons>|<questions>|<dilemmas>
 *   lesson:   <i>.<opened>[.<done>]
 *   question: <i>.<chosen option indexes>.<1 right, 0 wrong>.<attempts>.<date>
 *   dilemma:  <i>.<path: step index and choice index per step>.<ending g|m|z or empty>.<date>
 * Items are separated by commas; every number is base 36.
 *
 * Reflections (free text, up to 20 000 characters each) do not fit and stay in the browser only;
 * so do the name for the proof of participation and ids the catalogue does not know.
 */
import { combine, itemProblem, type Items } from './progress-file.ts';
import { progressKeys } from './progress-keys.ts';

/** SCORM 1.2's limit for cmi.suspend_data (CMIString4096). */
export const SUSPEND_MAX = 4096;
const FORMAT = '1';

/** The content as the LMS data refers to it, in a stable order (course order, then content order). */
export interface Catalogue {
  /** [lesson id, module id] in course order. */
  lessons: [string, string][];
  /** [question id, option ids] of every graded knowledge-check question in the lessons. */
  questions: [string, string[]][];
  /** [scenario id, [step id, choice ids][]] of every dilemma. */
  scenarios: [string, [string, string[]][]][];
}

interface CatalogueInput {
  lessons: { id: string; module: string; questions: string[] }[];
  questions: { id: string; type: string; options: { id: string }[] }[];
  scenarios: { id: string; steps: { id: string; choices: { id: string }[] }[] }[];
}

/** The catalogue from the content: lessons in course order, the graded questions they ask, all dilemmas. */
export function catalogue({ lessons, questions, scenarios }: CatalogueInput): Catalogue {
  const asked = lessons.flatMap((l) => l.questions);
  const graded = [...new Set(asked)]
    .map((id) => questions.find((q) => q.id === id))
    .filter((q) => q !== undefined && q.type !== 'reflection');
  return {
    lessons: lessons.map((l) => [l.id, l.module]),
    questions: graded.map((q) => [q!.id, q!.options.map((o) => o.id)]),
    scenarios: scenarios.map((s) => [s.id, s.steps.map((st) => [st.id, st.choices.map((c) => c.id)])]),
  };
}

/** FNV-1a of the catalogue, base 36: changes when an id is added, removed or moved. */
function fingerprint(cat: Catalogue): string {
  let h = 0x811c9dc5;
  for (const ch of JSON.stringify(cat)) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h.toString(36);
}

const b36 = (n: number) => n.toString(36);
const n36 = (s: string | undefined) => (s && /^[0-9a-z]+$/.test(s) ? parseInt(s, 36) : NaN);
const time = (iso: unknown) => b36(Math.max(0, Math.round(Date.parse(String(iso)) / 1000) || 0));
const date = (s: string | undefined) => {
  const n = n36(s);
  return Number.isFinite(n) ? new Date(n * 1000).toISOString() : '';
};
const ENDINGS = { goed: 'g', gemengd: 'm', zorgelijk: 'z' } as const;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The progress items as cmi.suspend_data. */
export function encodeSuspendData(items: Items, cat: Catalogue): string {
  const lessons = cat.lessons.flatMap(([id], i) => {
    const v = items[progressKeys.lesson(id)];
    if (!isObject(v)) return [];
    return [[b36(i), time(v.geopend), ...(v.klaar ? [time(v.klaar)] : [])].join('.')];
  });
  const questions = cat.questions.flatMap(([id, options], i) => {
    const v = items[progressKeys.question(id)];
    if (!isObject(v) || !Array.isArray(v.antwoord)) return [];
    const chosen = (v.antwoord as string[]).map((o) => options.indexOf(o));
    if (chosen.some((n) => n < 0 || n > 35)) return [];
    const attempts = Math.min(35, Math.max(0, Number(v.pogingen) || 0));
    return [[b36(i), chosen.map(b36).join(''), v.goed ? '1' : '0', b36(attempts), time(v.op)].join('.')];
  });
  const scenarios = cat.scenarios.flatMap(([id, steps], i) => {
    const v = items[progressKeys.scenario(id)];
    if (!isObject(v) || !Array.isArray(v.pad)) return [];
    const path = (v.pad as { step: string; choice: string }[]).map((p) => {
      const s = steps.findIndex(([stepId]) => stepId === p.step);
      const c = s < 0 ? -1 : steps[s]![1].indexOf(p.choice);
      return s < 0 || c < 0 || s > 35 || c > 35 ? '' : b36(s) + b36(c);
    });
    if (path.includes('')) return [];
    const end = ENDINGS[v.einde as keyof typeof ENDINGS] ?? '';
    return [[b36(i), path.join(''), end, time(v.op)].join('.')];
  });
  return `${FORMAT}${fingerprint(cat)}|${lessons.join(',')}|${questions.join(',')}|${scenarios.join(',')}`;
}

/**
 * cmi.suspend_data back as progress items. Undefined when it is empty or was written for another
 * format or catalogue; parts that do not fit the catalogue are left out, never guessed.
 */
export function decodeSuspendData(text: string, cat: Catalogue): Items | undefined {
  const [head, lessons = '', questions = '', scenarios = ''] = text.split('|');
  if (head !== FORMAT + fingerprint(cat)) return undefined;
  const out: Items = {};
  const each = (list: string, read: (f: string[]) => [string, unknown] | undefined) => {
    for (const part of list ? list.split(',') : []) {
      const item = read(part.split('.'));
      if (item && !itemProblem(item[0], item[1])) out[item[0]] = item[1];
    }
  };
  each(lessons, ([i, opened, done]) => {
    const lesson = cat.lessons[n36(i)];
    if (!lesson) return undefined;
    return [
      progressKeys.lesson(lesson[0]),
      done ? { geopend: date(opened), klaar: date(done) } : { geopend: date(opened) },
    ];
  });
  each(questions, ([i, chosen = '', right, attempts, at]) => {
    const q = cat.questions[n36(i)];
    if (!q) return undefined;
    const antwoord = [...chosen].map((c) => q[1][n36(c)]);
    if (antwoord.includes(undefined)) return undefined;
    return [progressKeys.question(q[0]), { antwoord, goed: right === '1', pogingen: n36(attempts), op: date(at) }];
  });
  each(scenarios, ([i, path = '', end, at]) => {
    const s = cat.scenarios[n36(i)];
    if (!s || path.length % 2) return undefined;
    const pad: { step: string; choice: string }[] = [];
    for (let k = 0; k < path.length; k += 2) {
      const step = s[1][n36(path[k])];
      const choice = step?.[1][n36(path[k + 1])];
      if (!step || !choice) return undefined;
      pad.push({ step: step[0], choice });
    }
    const einde = (Object.keys(ENDINGS) as (keyof typeof ENDINGS)[]).find((k) => ENDINGS[k] === end);
    return [progressKeys.scenario(s[0]), einde ? { pad, einde, op: date(at) } : { pad, op: date(at) }];
  });
  return out;
}

/** What the browser holds and what the LMS held, together: per item the newest, a lesson done if either says so. */
export function mergeProgress(browser: Items, lms: Items | undefined): Items {
  return lms ? combine(browser, lms, 'merge') : browser;
}

export type LessonStatus = 'incomplete' | 'completed' | 'passed' | 'failed';

/**
 * cmi.core.lesson_status and cmi.core.score.raw: incomplete until every lesson is done, then
 * completed, or passed/failed against the mastery score when the LMS has one. The score is the
 * share of the graded questions answered right (0–100), undefined while none is answered.
 */
export function lmsResult(
  items: Items,
  cat: Catalogue,
  mastery?: number,
): { status: LessonStatus; score: number | undefined } {
  const all = cat.lessons.every(
    ([id]) =>
      isObject(items[progressKeys.lesson(id)]) && !!(items[progressKeys.lesson(id)] as { klaar?: string }).klaar,
  );
  const answers = cat.questions.map(([id]) => items[progressKeys.question(id)]).filter(isObject);
  const right = answers.filter((a) => a.goed === true).length;
  const score = answers.length && cat.questions.length ? Math.round((100 * right) / cat.questions.length) : undefined;
  if (!all) return { status: 'incomplete', score };
  if (mastery === undefined) return { status: 'completed', score };
  return { status: (score ?? 0) >= mastery ? 'passed' : 'failed', score };
}

/** A duration as SCORM 1.2's CMITimespan, HHHH:MM:SS.SS (at most 9999 hours). */
export function sessionTime(ms: number): string {
  const cs = Math.min(Math.max(0, Math.round(ms / 10)), 9999 * 360000 + 359999);
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  const h = Math.floor(cs / 360000);
  const m = Math.floor((cs % 360000) / 6000);
  const s = Math.floor((cs % 6000) / 100);
  return `${pad(h, 4)}:${pad(m, 2)}:${pad(s, 2)}.${pad(cs % 100, 2)}`;
}

/** The lesson id in cmi.core.lesson_location with its module, when the catalogue knows it. */
export function lessonAt(location: string, cat: Catalogue): [string, string] | undefined {
  return cat.lessons.find(([id]) => id === location);
}
