/** Turns validated content into the plain data an island receives (no facilitator notes). */
import type { Question, Scenario } from './schemas.ts';
import type { PlayScenario, QuizQuestion } from './quiz.ts';

export function toPlayScenario(s: Scenario): PlayScenario {
  return {
    id: s.id,
    title: s.title,
    summary: s.summary,
    mode: s.mode,
    start: s.start,
    steps: s.steps,
    recommended: s.recommended,
    discussion: s.discussion,
  };
}

export function toQuizQuestion(q: Question): QuizQuestion {
  return {
    id: q.id,
    type: q.type,
    prompt: q.prompt,
    options: q.options.map((o) =>
      o.feedback
        ? { id: o.id, text: o.text, correct: o.correct, feedback: o.feedback }
        : { id: o.id, text: o.text, correct: o.correct },
    ),
    explanation: q.explanation,
    ...(q.source ? { source: q.source } : {}),
  };
}
