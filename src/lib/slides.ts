/**
 * From a session plan to the steps the projector shows, one at a time.
 *
 * Two catalogs come from the same content: the projector catalog holds only what the room may see
 * (situations, options, questions); the control catalog adds the facilitator notes and the feedback
 * per option. The projector page gets only the first, so no facilitator note is ever in its HTML.
 */
import type { Module, Scenario } from './schemas.ts';
import type { Plan } from './session-plan.ts';

export interface CatalogModule {
  id: string;
  title: string;
  summary: string;
  goals: string[];
}

export interface CatalogStep {
  id: string;
  title: string;
  situation: string;
  question: string;
  options: { id: string; text: string }[];
}

export interface CatalogScenario {
  id: string;
  title: string;
  summary: string;
  minutes: number;
  /** The decision steps along the recommended path, in order. */
  steps: CatalogStep[];
  discussion: string[];
}

export interface Catalog {
  modules: CatalogModule[];
  scenarios: CatalogScenario[];
}

/** Only in the control view: what the griffier reads, per scenario. */
export interface FacilitatorNotes {
  [scenarioId: string]: {
    /** "open": the options are considerations, not right or wrong. */
    mode: 'graded' | 'open';
    notes: string[];
    /** Per step id, per option id: how good the option is and why. */
    options: Record<string, Record<string, { verdict?: string; feedback: string }>>;
  };
}

/**
 * The decision steps a room walks through: from the start, along the recommended choice, or the
 * first choice that leads on when a step has none recommended (open dilemmas).
 */
export function pathSteps(s: Scenario): Scenario['steps'] {
  const byId = new Map(s.steps.map((st) => [st.id, st]));
  const recommended = new Map(s.recommended.map((r) => r.split('/') as [string, string]));
  const out: Scenario['steps'] = [];
  let step = byId.get(s.start);
  while (step && step.choices.length && !out.includes(step)) {
    out.push(step);
    const pick =
      step.choices.find((c) => c.id === recommended.get(step!.id)) ??
      step.choices.find((c) => byId.get(c.next)?.choices.length) ??
      step.choices[0];
    step = pick ? byId.get(pick.next) : undefined;
  }
  return out;
}

export function projectorCatalog(modules: Module[], scenarios: Scenario[]): Catalog {
  return {
    modules: modules.map(({ id, title, summary, goals }) => ({ id, title, summary, goals })),
    scenarios: scenarios.map((s) => ({
      id: s.id,
      title: s.title,
      summary: s.summary,
      minutes: s.minutes,
      steps: pathSteps(s).map((st) => ({
        id: st.id,
        title: st.title,
        situation: st.situation,
        question: st.question ?? '',
        options: st.choices.map((c) => ({ id: c.id, text: c.text })),
      })),
      discussion: s.discussion,
    })),
  };
}

export function facilitatorNotes(scenarios: Scenario[]): FacilitatorNotes {
  return Object.fromEntries(
    scenarios.map((s) => [
      s.id,
      {
        mode: s.mode,
        notes: s.facilitator,
        options: Object.fromEntries(
          pathSteps(s).map((st) => [
            st.id,
            Object.fromEntries(st.choices.map((c) => [c.id, { verdict: c.verdict, feedback: c.feedback }])),
          ]),
        ),
      },
    ]),
  );
}

// The builder needs only the ids, not the steps: knownIds lives beside the plan check.
export { knownIds } from './session-plan.ts';

export type Slide =
  /** `label`: which words go above it (the views word it: session.labels in src/i18n/nl.ts). */
  | { kind: 'tekst'; part: number; title: string; label: TextKind; text?: string; closing?: true }
  | { kind: 'module'; part: number; title: string; module: CatalogModule }
  /** A long decision step shown in two: first the situation (and the question), then 'keuze' without the situation. */
  | { kind: 'situatie'; part: number; title: string; scenario: string; step: CatalogStep; of: [number, number] }
  | {
      kind: 'keuze';
      part: number;
      title: string;
      scenario: string;
      step: CatalogStep;
      of: [number, number];
      tally: string;
      split?: true;
    }
  | { kind: 'bespreken'; part: number; title: string; questions: string[] };

/**
 * How much a decision step asks of the screen: its characters, plus a line's worth per option.
 * Measured (November 2026, tests/e2e/projector-fit.spec.ts): the heaviest step in the content (690)
 * fits with its type at 3.0% of the viewport height on a 4:3 beamer with the Regiepaneel open and
 * the tally revealed; text area grows with the square of the type size, so about
 * 690 × (3.0 / 2.6)² ≈ 900 fits at the 2.6% floor.
 * A step over SPLIT_AT (with margin) is shown in two. Decided here, from the text, and not from
 * one window's screen: the projector and the control view share the step number.
 */
export const SPLIT_AT = 850;
export const stepWeight = (title: string, step: CatalogStep) =>
  title.length +
  step.situation.length +
  step.question.length +
  step.options.reduce((n, o) => n + o.text.length + 40, 0);

/** The parts shown as a text step. */
export type TextKind = 'opening' | 'pauze' | 'afsluiting';

/** The steps of a plan; a dilemma gives one step per decision (two for a long one), then its discussion questions. */
export function slidesOf(plan: Plan, catalog: Catalog): Slide[] {
  const modules = new Map(catalog.modules.map((m) => [m.id, m]));
  const scenarios = new Map(catalog.scenarios.map((s) => [s.id, s]));
  return plan.parts.flatMap((p, part): Slide[] => {
    if (p.kind === 'module') {
      const module = modules.get(p.ref ?? '');
      return module ? [{ kind: 'module', part, title: p.title, module }] : [];
    }
    if (p.kind === 'dilemma') {
      const s = scenarios.get(p.ref ?? '');
      if (!s) return [];
      return [
        ...s.steps.flatMap((step, i): Slide[] => {
          const base = { part, title: s.title, scenario: s.id, step, of: [i + 1, s.steps.length] as [number, number] };
          const keuze = { kind: 'keuze' as const, ...base, tally: `${part}:${step.id}` };
          return stepWeight(s.title, step) > SPLIT_AT
            ? [
                { kind: 'situatie', ...base },
                { ...keuze, split: true },
              ]
            : [keuze];
        }),
        { kind: 'bespreken', part, title: s.title, questions: s.discussion },
      ];
    }
    if (p.kind === 'gesprek')
      return [{ kind: 'bespreken', part, title: p.title, questions: p.question ? [p.question] : [] }];
    return [
      {
        kind: 'tekst',
        part,
        title: p.title,
        label: p.kind,
        text: p.text,
        ...(p.kind === 'afsluiting' ? { closing: true as const } : {}),
      },
    ];
  });
}
