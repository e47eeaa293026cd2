/**
 * From a session plan to the steps the projector shows, one at a time.
 *
 * Two catalogs come from the same content: the projector catalog holds only what the room may see
 * (situations, options, questions); the control catalog adds the facilitator notes and the feedback
 * per option. The projector page gets only the first, so no facilitator note is ever in its HTML.
 */
import type { Module, Scenario } from './schemas.ts';
import type { Plan, KnownIds } from './session-plan.ts';

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
    const pick = step.choices.find((c) => c.id === recommended.get(step!.id)) ?? step.choices.find((c) => byId.get(c.next)?.choices.length) ?? step.choices[0];
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
          pathSteps(s).map((st) => [st.id, Object.fromEntries(st.choices.map((c) => [c.id, { verdict: c.verdict, feedback: c.feedback }]))]),
        ),
      },
    ]),
  );
}

export const knownIds = (c: Catalog): KnownIds => ({
  modules: new Set(c.modules.map((m) => m.id)),
  scenarios: new Set(c.scenarios.map((s) => s.id)),
});

export type Slide =
  | { kind: 'tekst'; part: number; title: string; label: string; text?: string; closing?: true }
  | { kind: 'module'; part: number; title: string; module: CatalogModule }
  | { kind: 'keuze'; part: number; title: string; scenario: string; step: CatalogStep; of: [number, number]; tally: string }
  | { kind: 'bespreken'; part: number; title: string; questions: string[] };

const LABELS = { opening: 'Welkom', pauze: 'Pauze', afsluiting: 'Afsluiting', gesprek: 'Gesprek' } as const;

/** The steps of a plan; a dilemma gives one step per decision, then its discussion questions. */
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
        ...s.steps.map((step, i): Slide => ({ kind: 'keuze', part, title: s.title, scenario: s.id, step, of: [i + 1, s.steps.length], tally: `${part}:${step.id}` })),
        { kind: 'bespreken', part, title: s.title, questions: s.discussion },
      ];
    }
    if (p.kind === 'gesprek') return [{ kind: 'bespreken', part, title: p.title, questions: p.question ? [p.question] : [] }];
    return [{ kind: 'tekst', part, title: p.title, label: LABELS[p.kind], text: p.text, ...(p.kind === 'afsluiting' ? { closing: true as const } : {}) }];
  });
}
