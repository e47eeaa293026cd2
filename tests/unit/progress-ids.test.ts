/**
 * Progress is stored under the ids in the content (src/stores/progress.ts). Corrections change
 * texts and answers, never ids: every lesson, question, option, scenario, step and choice id of the
 * content before the corrections of issue 13 (tests/fixtures/progress-ids.json) still exists.
 * An id may be added; one that disappears loses someone's progress.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { content } from '../helpers/content.ts';

const before = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/progress-ids.json'), 'utf8')) as {
  lessons: string[];
  questions: Record<string, string[]>;
  scenarios: Record<string, Record<string, string[]>>;
};

describe('ids that progress is stored under stay', () => {
  it('every lesson', () => {
    const now = content.lessons.map((l) => l.data.id);
    expect(before.lessons.filter((id) => !now.includes(id))).toEqual([]);
  });

  it('every question and its options', () => {
    const missing = Object.entries(before.questions).flatMap(([id, options]) => {
      const q = content.questions.find((x) => x.data.id === id);
      if (!q) return [id];
      return options.filter((o) => !q.data.options.some((x) => x.id === o)).map((o) => `${id}/${o}`);
    });
    expect(missing).toEqual([]);
  });

  it('every scenario, step and choice', () => {
    const missing = Object.entries(before.scenarios).flatMap(([id, steps]) => {
      const s = content.scenarios.find((x) => x.data.id === id);
      if (!s) return [id];
      return Object.entries(steps).flatMap(([stepId, choices]) => {
        const step = s.data.steps.find((x) => x.id === stepId);
        if (!step) return [`${id}/${stepId}`];
        return choices.filter((c) => !step.choices.some((x) => x.id === c)).map((c) => `${id}/${stepId}/${c}`);
      });
    });
    expect(missing).toEqual([]);
  });
});
