/**
 * Which plan a session window shows when it opens, decided from plain data: the link in the
 * address, the griffier's saved plan (with notes) and the running session (without notes).
 * Pure, so every case is a unit test (tests/unit/resolve-plan.test.ts); the session views
 * (src/islands/session/) only read their inputs and carry out the answer.
 *
 * The rules:
 * - A link wins. A bad link is refused with its reason; nothing is started and the saved plan
 *   stays as it was.
 * - A link without notes (from the projector) gets them back on the control view from the saved
 *   plan, when that is the same plan apart from its notes. The projector never holds notes.
 * - Without a link, the control view takes the running session, else the saved plan; again with
 *   the saved plan's notes when the two match. The projector without a link follows whatever runs.
 * - The plan is started afresh unless the running session already is that plan: then the window
 *   picks up where it was, and the control view offers to start over (resumed).
 */
import { decodePlan, samePlan, withoutNotes, type KnownIds, type Plan } from './session-plan.ts';

export type SessionRole = 'projector' | 'control';

export interface PlanInputs {
  role: SessionRole;
  /** The value after "#plan=" in the address, if there is one (see planFromHash). */
  link: string | undefined;
  /** The modules and dilemmas a plan may name. */
  known: KnownIds;
  /** The griffier's own plan from the builder, notes included. */
  saved: Plan | null;
  /** The running session: its plan (never with notes) and the step on screen. */
  running: { plan: Plan | null; index: number };
}

export type PlanChoice =
  | { ok: false; error: string; details: string[] }
  | {
      ok: true;
      /** Where the plan comes from; "none": nothing to show yet (the projector waits for one). */
      from: 'link' | 'running' | 'saved' | 'none';
      /** The plan this window shows: with the griffier's notes on the control view when it has them, never on the projector. */
      plan: Plan | null;
      /** Whether the notes come from the saved plan (the link or the running session had none). */
      notesFromSaved: boolean;
      /** The plan (without notes) to start as a fresh run, or null: carry on with what runs. */
      start: Plan | null;
      /** The control view picks up a run past its first step: it offers to start over. */
      resumed: boolean;
    };

/** The saved plan if it is `plan` apart from the notes (so it brings its notes along), else `plan`. */
function withOwnNotes(plan: Plan, saved: Plan | null): { plan: Plan; notesFromSaved: boolean } {
  if (saved && samePlan(withoutNotes(saved), withoutNotes(plan))) return { plan: saved, notesFromSaved: !samePlan(saved, plan) };
  return { plan, notesFromSaved: false };
}

export function resolvePlan({ role, link, known, saved, running }: PlanInputs): PlanChoice {
  let from: 'link' | 'running' | 'saved';
  let found: Plan;
  if (link !== undefined) {
    const r = decodePlan(link, known);
    if (!r.ok) return { ok: false, error: r.error, details: r.details };
    from = 'link';
    found = r.plan;
  } else if (role === 'projector' || (!running.plan && !saved)) {
    // The projector without a link shows what runs (and waits when nothing does).
    const plan = role === 'projector' ? running.plan : null;
    return { ok: true, from: plan ? 'running' : 'none', plan, notesFromSaved: false, start: null, resumed: false };
  } else if (running.plan) {
    from = 'running';
    found = running.plan;
  } else {
    from = 'saved';
    found = saved!;
  }
  const bare = withoutNotes(found);
  const carryOn = samePlan(running.plan, bare);
  const shown = role === 'projector' ? { plan: bare, notesFromSaved: false } : withOwnNotes(found, saved);
  return {
    ok: true,
    from,
    ...shown,
    start: carryOn ? null : bare,
    resumed: role === 'control' && carryOn && running.index > 0,
  };
}

/**
 * The plan on screen while the session runs: the running plan, or on the control view the chosen
 * plan with its notes as long as the running session is still that plan.
 */
export function planOnScreen(role: SessionRole, chosen: Plan | null, running: Plan | null): Plan | null {
  return role === 'control' && chosen && samePlan(withoutNotes(chosen), running) ? chosen : running;
}
