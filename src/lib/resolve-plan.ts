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
import { decodePlan, samePlan, withoutNotes, type KnownIds, type Plan, type Refusal } from './session-plan.ts';

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
  | { ok: false; error: Refusal; details: Refusal[] }
  | {
      ok: true;
      /** Where the plan comes from; "none": nothing to show yet (the projector waits for one). */
      from: 'link' | 'running' | 'saved' | 'none';
      /** The plan this window shows: on the control view with the saved plan's notes when it is that plan; never notes on the projector. */
      plan: Plan | null;
      /** The plan (without notes) to start as a fresh run, or null: carry on with what runs. */
      start: Plan | null;
      /** The control view picks up a run past its first step: it offers to start over. */
      resumed: boolean;
    };

export function resolvePlan({ role, link, known, saved, running }: PlanInputs): PlanChoice {
  let from: 'link' | 'running' | 'saved' | 'none' = 'link';
  let found: Plan | null;
  if (link !== undefined) {
    const r = decodePlan(link, known);
    if (!r.ok) return r;
    found = r.plan;
  } else {
    // The projector shows what runs; the control view what runs, else the saved plan.
    found = running.plan ?? (role === 'control' ? saved : null);
    from = !found ? 'none' : found === running.plan ? 'running' : 'saved';
  }
  const bare = found && withoutNotes(found);
  // The same plan runs already (or there is none to start): carry on where it is.
  const carryOn = !bare || samePlan(running.plan, bare);
  return {
    ok: true,
    from,
    plan: role === 'projector' ? bare : saved && bare && samePlan(withoutNotes(saved), bare) ? saved : found,
    start: carryOn ? null : bare,
    resumed: role === 'control' && !!bare && carryOn && running.index > 0,
  };
}

/**
 * The plan on screen while the session runs: the running plan, or on the control view the chosen
 * plan with its notes as long as the running session is still that plan.
 */
export function planOnScreen(role: SessionRole, chosen: Plan | null, running: Plan | null): Plan | null {
  return role === 'control' && chosen && samePlan(withoutNotes(chosen), running) ? chosen : running;
}
