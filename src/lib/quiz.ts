/**
 * Scoring of knowledge checks and scenario paths. Pure and small: it ships to the browser
 * inside the islands, so it uses no zod and no DOM.
 */

/** What an island needs of a question: the content minus nothing secret (answers are public). */
export interface QuizQuestion {
  id: string;
  type: 'single' | 'multiple' | 'truefalse' | 'reflection';
  prompt: string;
  options: { id: string; text: string; correct: boolean; feedback?: string }[];
  explanation: string;
  source?: string;
}

export interface QuestionResult {
  /** True when the chosen options are exactly the right ones. */
  correct: boolean;
  /** Right options the reader did not choose. */
  missed: string[];
  /** Options chosen that are not right. */
  wrong: string[];
}

/** Scores a choice: for multiple choice every right option and no wrong one. */
export function scoreQuestion(q: QuizQuestion, chosen: readonly string[]): QuestionResult {
  const right = new Set(q.options.filter((o) => o.correct).map((o) => o.id));
  const picked = new Set(chosen.filter((id) => q.options.some((o) => o.id === id)));
  const missed = [...right].filter((id) => !picked.has(id));
  const wrong = [...picked].filter((id) => !right.has(id));
  return { correct: picked.size > 0 && missed.length === 0 && wrong.length === 0, missed, wrong };
}

/** Counts right answers over the questions a reader answered. */
export function tally(results: readonly (boolean | undefined)[]): { right: number; answered: number } {
  return {
    right: results.filter((r) => r === true).length,
    answered: results.filter((r) => r !== undefined).length,
  };
}

export interface PlayStep {
  id: string;
  title: string;
  situation: string;
  question?: string;
  choices: {
    id: string;
    text: string;
    next: string;
    feedback: string;
    verdict?: 'goed' | 'kan' | 'riskant';
    source?: string;
  }[];
  ending?: { kind: 'goed' | 'gemengd' | 'zorgelijk'; text: string };
}

/** What the scenario island gets: the graph without the facilitator notes. */
export interface PlayScenario {
  id: string;
  title: string;
  summary: string;
  mode: 'graded' | 'open';
  start: string;
  steps: PlayStep[];
  recommended: string[];
  discussion: string[];
}

/** One move on the reader's path: the step and the choice made there. */
export interface PathEntry {
  step: string;
  choice: string;
}

/** Follows a path from the start; stops at the first entry that does not fit the graph. */
export function walkPath(s: PlayScenario, path: readonly PathEntry[]): { valid: PathEntry[]; current: string } {
  const byId = new Map(s.steps.map((st) => [st.id, st]));
  let current = s.start;
  const valid: PathEntry[] = [];
  for (const entry of path) {
    const step = byId.get(current);
    const choice = step?.choices.find((c) => c.id === entry.choice);
    if (!step || entry.step !== current || !choice) break;
    valid.push(entry);
    current = choice.next;
  }
  return { valid, current };
}

/** Labels of a path, "step title: choice text", for the "jouw keuzes" summary. */
export function describePath(
  s: PlayScenario,
  path: readonly PathEntry[],
): { step: string; choice: string; verdict?: string }[] {
  return path.map(({ step, choice }) => {
    const st = s.steps.find((x) => x.id === step);
    const ch = st?.choices.find((c) => c.id === choice);
    return { step: st?.title ?? step, choice: ch?.text ?? choice, verdict: ch?.verdict };
  });
}

/** The recommended path as entries. */
export function recommendedPath(s: PlayScenario): PathEntry[] {
  return s.recommended.map((r) => {
    const [step = '', choice = ''] = r.split('/');
    return { step, choice };
  });
}
