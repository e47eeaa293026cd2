/**
 * The LMS data of the SCORM package (issue 17, src/lib/scorm-data.ts), on the real content: the
 * worst case fits in cmi.suspend_data, nothing is lost on the way there and back, and the status,
 * score and session time have SCORM 1.2's form.
 */
import { describe, expect, it } from 'vitest';
import {
  SUSPEND_MAX,
  catalogue,
  decodeSuspendData,
  encodeSuspendData,
  lmsResult,
  mergeProgress,
  sessionTime,
} from '../../src/lib/scorm-data.ts';
import { progressKeys } from '../../src/lib/progress-keys.ts';
import type { Items } from '../../src/lib/progress-file.ts';
import { content } from '../helpers/content.ts';

const cat = catalogue({
  lessons: content.lessons.map((l) => l.data),
  questions: content.questions.map((q) => q.data),
  scenarios: content.scenarios.map((s) => s.data),
});
const late = '2039-12-31T23:59:59.000Z'; // the longest date in base 36 for years to come

/** The longest path through a dilemma, from its start to an ending. */
function longestPath(id: string): { step: string; choice: string }[] {
  const s = content.scenarios.find((x) => x.data.id === id)!.data;
  const step = (sid: string) => s.steps.find((x) => x.id === sid)!;
  const walk = (sid: string, seen: Set<string>): { step: string; choice: string }[] => {
    let best: { step: string; choice: string }[] = [];
    for (const c of step(sid).choices) {
      if (seen.has(c.next)) continue;
      const rest = [{ step: sid, choice: c.id }, ...walk(c.next, new Set([...seen, c.next]))];
      if (rest.length > best.length) best = rest;
    }
    return best;
  };
  return walk(s.start, new Set([s.start]));
}

/** Every lesson done, every question answered with the most options and tries, every dilemma played to its longest end, every reflection full. */
function worstCase(): Items {
  const items: Items = { versie: 1 };
  for (const l of content.lessons) items[progressKeys.lesson(l.data.id)] = { geopend: late, klaar: late };
  for (const q of content.questions.map((x) => x.data)) {
    if (q.type === 'reflection') items[progressKeys.reflection(q.id)] = { tekst: 'x'.repeat(20_000), op: late };
    else
      items[progressKeys.question(q.id)] = {
        antwoord: q.options.map((o) => o.id),
        goed: false,
        pogingen: 1000,
        op: late,
      };
  }
  for (const s of content.scenarios)
    items[progressKeys.scenario(s.data.id)] = { pad: longestPath(s.data.id), einde: 'zorgelijk', op: late };
  return items;
}

describe('cmi.suspend_data', () => {
  it('fits in 4096 characters with everything done, answered, played and written', () => {
    const text = encodeSuspendData(worstCase(), cat);
    console.info(`suspend_data, worst case: ${text.length} of ${SUSPEND_MAX} characters`);
    expect(cat.lessons.length).toBe(content.lessons.length);
    expect(text.length).toBeLessThanOrEqual(SUSPEND_MAX);
    expect(text).toMatch(/^[\x20-\x7e]+$/);
  });

  it('reads back every lesson, answer and dilemma; reflections stay in the browser', () => {
    const items = worstCase();
    const back = decodeSuspendData(encodeSuspendData(items, cat), cat)!;
    for (const [k, v] of Object.entries(items)) {
      if (k.startsWith('reflectie:') || k === 'versie') expect(back).not.toHaveProperty(k);
      else if (k.startsWith('vraag:') && !cat.questions.some(([id]) => k === progressKeys.question(id)))
        expect(back).not.toHaveProperty(k); // a question no lesson asks is not in the catalogue
      else if (k.startsWith('vraag:')) expect(back[k]).toEqual({ ...(v as object), pogingen: 35 });
      else expect(back[k], k).toEqual(v);
    }
  });

  it('leaves data of another content list aside instead of misreading it', () => {
    const text = encodeSuspendData(worstCase(), cat);
    const other = { ...cat, lessons: cat.lessons.slice(1) };
    expect(decodeSuspendData(text, other)).toBeUndefined();
    expect(decodeSuspendData('', cat)).toBeUndefined();
    expect(decodeSuspendData(`${text.split('|')[0]}|zz.1|x|`, cat)).toEqual({});
  });

  it('merges with the browser: no answer is lost either way, a lesson stays done', () => {
    const [l1, l2] = cat.lessons.map(([id]) => progressKeys.lesson(id));
    const [q1, q2] = cat.questions.map(([id]) => progressKeys.question(id));
    const [[, o1], [, o2]] = [cat.questions[0]!, cat.questions[1]!];
    const browser: Items = {
      [l1!]: { geopend: '2026-11-01T10:00:00.000Z' },
      [q1!]: { antwoord: [o1[0]], goed: false, pogingen: 1, op: '2026-11-01T10:00:00.000Z' },
    };
    const lms: Items = {
      [l1!]: { geopend: '2026-11-02T10:00:00.000Z', klaar: '2026-11-02T11:00:00.000Z' },
      [l2!]: { geopend: '2026-11-02T10:00:00.000Z' },
      [q1!]: { antwoord: [o1[1]], goed: true, pogingen: 2, op: '2026-11-02T10:00:00.000Z' },
      [q2!]: { antwoord: [o2[0]], goed: true, pogingen: 1, op: '2026-11-02T10:00:00.000Z' },
    };
    const merged = mergeProgress(browser, decodeSuspendData(encodeSuspendData(lms, cat), cat));
    expect(merged[l1!]).toEqual({ geopend: '2026-11-01T10:00:00.000Z', klaar: '2026-11-02T11:00:00.000Z' });
    expect(merged[l2!]).toEqual(lms[l2!]);
    expect(merged[q1!]).toEqual(lms[q1!]);
    expect(merged[q2!]).toEqual(lms[q2!]);
    expect(mergeProgress(browser, undefined)).toBe(browser);
  });
});

describe('status and score', () => {
  const allDone = (except = 0): Items =>
    Object.fromEntries(
      cat.lessons.slice(except).map(([id]) => [progressKeys.lesson(id), { geopend: late, klaar: late }]),
    );
  const right = (n: number): Items =>
    Object.fromEntries(
      cat.questions.map(([id, o], i) => [
        progressKeys.question(id),
        { antwoord: [o[0]], goed: i < n, pogingen: 1, op: late },
      ]),
    );

  it('is incomplete until the last lesson is done, then completed', () => {
    expect(lmsResult({}, cat)).toEqual({ status: 'incomplete', score: undefined });
    expect(lmsResult(allDone(1), cat).status).toBe('incomplete');
    expect(lmsResult(allDone(), cat).status).toBe('completed');
  });

  it('scores the share of graded questions answered right, 0 to 100', () => {
    const n = cat.questions.length;
    expect(lmsResult(right(0), cat).score).toBe(0);
    expect(lmsResult(right(n), cat).score).toBe(100);
    expect(lmsResult(right(1), cat).score).toBe(Math.round(100 / n));
  });

  it('is passed or failed against a mastery score once every lesson is done', () => {
    const n = cat.questions.length;
    const half = Math.ceil(n / 2);
    const score = Math.round((100 * half) / n);
    expect(lmsResult({ ...allDone(), ...right(half) }, cat, score).status).toBe('passed');
    expect(lmsResult({ ...allDone(), ...right(half) }, cat, score + 1).status).toBe('failed');
    expect(lmsResult({ ...allDone(1), ...right(n) }, cat, 50).status).toBe('incomplete');
  });
});

describe('cmi.core.session_time', () => {
  it('is HHHH:MM:SS.SS', () => {
    expect(sessionTime(0)).toBe('0000:00:00.00');
    expect(sessionTime(((1 * 60 + 2) * 60 + 3) * 1000 + 450)).toBe('0001:02:03.45');
    expect(sessionTime(1e12)).toBe('9999:59:59.99');
  });
});
