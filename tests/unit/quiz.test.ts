/** Scoring of knowledge checks and following a reader's path through a scenario. */
import { describe, expect, it } from 'vitest';
import {
  describePath,
  recommendedPath,
  scoreQuestion,
  tally,
  walkPath,
  type PlayScenario,
  type QuizQuestion,
} from '../../src/lib/quiz.ts';

const q = (type: QuizQuestion['type'], correct: boolean[]): QuizQuestion => ({
  id: 'q',
  type,
  prompt: 'P?',
  explanation: 'E.',
  options: correct.map((c, i) => ({ id: `o${i}`, text: `o${i}`, correct: c })),
});

describe('scoreQuestion', () => {
  it('single choice: right only with the right option', () => {
    expect(scoreQuestion(q('single', [false, true]), ['o1']).correct).toBe(true);
    expect(scoreQuestion(q('single', [false, true]), ['o0'])).toEqual({
      correct: false,
      missed: ['o1'],
      wrong: ['o0'],
    });
  });
  it('multiple choice: every right option and no wrong one', () => {
    const m = q('multiple', [true, true, false]);
    expect(scoreQuestion(m, ['o0', 'o1']).correct).toBe(true);
    expect(scoreQuestion(m, ['o0'])).toEqual({ correct: false, missed: ['o1'], wrong: [] });
    expect(scoreQuestion(m, ['o0', 'o1', 'o2'])).toEqual({ correct: false, missed: [], wrong: ['o2'] });
  });
  it('an empty or unknown answer is never right', () => {
    expect(scoreQuestion(q('truefalse', [true, false]), []).correct).toBe(false);
    expect(scoreQuestion(q('truefalse', [true, false]), ['zz']).correct).toBe(false);
  });
  it('tally counts right answers over answered questions', () => {
    expect(tally([true, false, undefined, true])).toEqual({ right: 2, answered: 3 });
  });
});

const s: PlayScenario = {
  id: 's',
  title: 'S',
  summary: 'S.',
  mode: 'graded',
  start: 'a',
  recommended: ['a/goed', 'b/goed'],
  discussion: ['?'],
  steps: [
    {
      id: 'a',
      title: 'Begin',
      situation: '.',
      question: '?',
      choices: [
        { id: 'goed', text: 'Melden', next: 'b', feedback: 'f', verdict: 'goed' },
        { id: 'fout', text: 'Negeren', next: 'slecht', feedback: 'f', verdict: 'riskant' },
      ],
    },
    {
      id: 'b',
      title: 'Daarna',
      situation: '.',
      question: '?',
      choices: [
        { id: 'goed', text: 'Aangifte', next: 'goed-einde', feedback: 'f', verdict: 'goed' },
        { id: 'fout', text: 'Wachten', next: 'slecht', feedback: 'f', verdict: 'kan' },
      ],
    },
    { id: 'goed-einde', title: 'Goed', situation: '.', choices: [], ending: { kind: 'goed', text: 't' } },
    { id: 'slecht', title: 'Slecht', situation: '.', choices: [], ending: { kind: 'zorgelijk', text: 't' } },
  ],
};

describe('walkPath', () => {
  it('follows a saved path to the current step', () => {
    expect(walkPath(s, [{ step: 'a', choice: 'goed' }])).toEqual({
      valid: [{ step: 'a', choice: 'goed' }],
      current: 'b',
    });
  });
  it('stops where a saved path no longer fits the scenario (content changed)', () => {
    const r = walkPath(s, [
      { step: 'a', choice: 'goed' },
      { step: 'b', choice: 'verdwenen' },
      { step: 'x', choice: 'y' },
    ]);
    expect(r).toEqual({ valid: [{ step: 'a', choice: 'goed' }], current: 'b' });
  });
  it('describes the reader path and the recommended one in words', () => {
    expect(describePath(s, recommendedPath(s))).toEqual([
      { step: 'Begin', choice: 'Melden', verdict: 'goed' },
      { step: 'Daarna', choice: 'Aangifte', verdict: 'goed' },
    ]);
  });
});
