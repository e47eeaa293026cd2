/**
 * The griffier's session state, kept only in this browser.
 *
 * localStorage keys (prefix "vr-sessie:", apart from the learner's "vr:" progress so that
 * "Mijn voortgang" export and reset never touch a council's agreements):
 *   vr-sessie:plan        the plan from the builder, as JSON (a Plan, see src/lib/session-plan.ts)
 *   vr-sessie:afspraken   [{"id","actie","wie","wanneer"}]  what the council agreed, until cleared
 *   vr-sessie:live        the running session: step, tallies, reveals, timer (see Live)
 * The projector and control windows keep "live" in step over a BroadcastChannel; storage only lets
 * a reloaded window pick up where it was. Storage that throws falls back to memory for this visit,
 * and values that do not read are dropped, never crashing the page.
 */
import { atom } from 'nanostores';
import { checkPlan, type Plan } from '../lib/session-plan.ts';

const PREFIX = 'vr-sessie:';
const memory = new Map<string, string>();

function read(key: string): unknown {
  let raw: string | null;
  try {
    raw = localStorage.getItem(PREFIX + key);
  } catch {
    raw = memory.get(key) ?? null;
  }
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

function write(key: string, value: unknown) {
  const raw = JSON.stringify(value);
  try {
    if (value === undefined) localStorage.removeItem(PREFIX + key);
    else localStorage.setItem(PREFIX + key, raw);
  } catch {
    if (value === undefined) memory.delete(key);
    else memory.set(key, raw);
  }
}

/** Keeps an atom in storage, and in step with other tabs through the storage event. */
function stored<T>(key: string, fallback: T, valid: (v: unknown) => v is T, otherTabs = true) {
  const initial = typeof window === 'undefined' ? undefined : read(key);
  const store = atom<T>(valid(initial) ? initial : fallback);
  store.listen((v) => write(key, v));
  if (otherTabs && typeof window !== 'undefined') {
    window.addEventListener('storage', (e) => {
      if (e.key !== PREFIX + key) return;
      const v = e.newValue === null ? fallback : read(key);
      if (valid(v)) store.set(v);
    });
  }
  return store;
}

/* ---------- the plan being built ---------- */

const isPlan = (v: unknown): v is Plan => checkPlan(v).length === 0;
export const savedPlan = stored<Plan | null>('plan', null, (v): v is Plan | null => v === null || isPlan(v));

/* ---------- agreements ---------- */

export interface Agreement {
  id: string;
  actie: string;
  wie: string;
  wanneer: string;
  /** When it was recorded (ms); older lists have none. */
  op?: number;
}

const isAgreements = (v: unknown): v is Agreement[] =>
  Array.isArray(v) &&
  v.every(
    (a) =>
      a &&
      typeof a === 'object' &&
      ['id', 'actie', 'wie', 'wanneer'].every((k) => typeof (a as Record<string, unknown>)[k] === 'string'),
  );

export const agreements = stored<Agreement[]>('afspraken', [], isAgreements);

export function addAgreement(a: Omit<Agreement, 'id' | 'op'>) {
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
  agreements.set([
    ...agreements.get(),
    { id, actie: a.actie.trim(), wie: a.wie.trim(), wanneer: a.wanneer.trim(), op: Date.now() },
  ]);
}

export function removeAgreement(id: string) {
  agreements.set(agreements.get().filter((a) => a.id !== id));
}

export function clearAgreements() {
  agreements.set([]);
}

/**
 * The agreements as a Markdown document, for download. The words come from the island:
 * `recorded` is the line under the heading, `columns` the table's three headers.
 */
export function agreementsMarkdown(
  list: Agreement[],
  words: { heading: string; recorded: string; columns: readonly [string, string, string] },
): string {
  const cell = (s: string) => (s || '–').replaceAll('|', '\\|').replace(/\s*\n\s*/g, ' ');
  return [
    `# ${words.heading}`,
    '',
    words.recorded,
    '',
    `| ${words.columns.join(' | ')} |`,
    '| --- | --- | --- |',
    ...list.map((a) => `| ${cell(a.actie)} | ${cell(a.wie)} | ${cell(a.wanneer)} |`),
    '',
  ].join('\n');
}

/* ---------- the running session ---------- */

export interface Live {
  /** The plan on screen, without the griffier's notes (it travels to the projector window). */
  plan: Plan | null;
  /** The step on screen. */
  index: number;
  /** Show-of-hands counts per tally key ("<part>:<step>"), per option id. Counts only, no names. */
  tallies: Record<string, Record<string, number>>;
  /** Tally keys whose result is shown. */
  revealed: Record<string, boolean>;
  /** The timer of the current part: ms spent before `since`, and when it last started (null: paused). */
  timer: { part: number; spent: number; since: number | null };
  /** Time already spent per part, so going back to a part picks up its time. */
  laps: Record<string, number>;
  /** When this run of the plan started (ms); the closing step shows agreements made since then. */
  started: number;
  /** Raised past every rev seen on each change; the higher (rev, by) wins when two windows talk. */
  rev: number;
  /** The window that made this change, to break a tie between two changes with the same rev. */
  by: string;
}

const emptyLive = (): Live => ({
  plan: null,
  index: 0,
  tallies: {},
  revealed: {},
  timer: { part: 0, spent: 0, since: null },
  laps: {},
  started: 0,
  rev: 0,
  by: '',
});

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const isLive = (v: unknown): v is Live => {
  if (!isObject(v)) return false;
  const l = v as unknown as Live;
  const t = l.timer as unknown;
  return (
    (l.plan === null || isPlan(l.plan)) &&
    Number.isInteger(l.index) &&
    l.index >= 0 &&
    isObject(l.tallies) &&
    Object.values(l.tallies).every(isObject) &&
    isObject(l.revealed) &&
    isObject(t) &&
    Number.isInteger(t.part) &&
    typeof t.spent === 'number' &&
    (t.since === null || typeof t.since === 'number') &&
    isObject(l.laps) &&
    Object.values(l.laps).every((n) => typeof n === 'number') &&
    typeof l.started === 'number' &&
    // The running session travels to the projector: it may never hold the griffier's notes.
    (l.plan === null || l.plan.parts.every((p) => p.notes === undefined)) &&
    Number.isInteger(l.rev) &&
    typeof l.by === 'string'
  );
};

// Not synced by the storage event: the BroadcastChannel below does that, with the rev rule.
export const live = stored<Live>('live', emptyLive(), isLive, false);

/** Milliseconds spent in the current part at time `now`. */
export const timerSpent = (t: Live['timer'], now: number) => t.spent + (t.since === null ? 0 : now - t.since);

/** The timer after moving to `part` at `now`: the current part's time is kept, the new part's restored. */
export function switchPart(l: Pick<Live, 'timer' | 'laps'>, part: number, now: number): Pick<Live, 'timer' | 'laps'> {
  if (part === l.timer.part) return { timer: l.timer, laps: l.laps };
  const laps: Record<string, number> = { ...l.laps, [l.timer.part]: timerSpent(l.timer, now) };
  return { laps, timer: { part, spent: laps[part] ?? 0, since: l.timer.since === null ? null : now } };
}

/** A fresh run of `plan` (without notes): step 1, no tallies, timer at zero. */
export const freshRun = (plan: Plan, now: number): Partial<Live> => ({ ...emptyLive(), plan, started: now });

let channel: BroadcastChannel | null = null;
const self = Math.random().toString(36).slice(2);

type Message = { type: 'state'; live: Live } | { type: 'hallo'; live: Live };

/** Whether `a` is a later change than `b`: by rev, then by window id, so two windows always agree. */
export const newer = (a: Pick<Live, 'rev' | 'by'>, b: Pick<Live, 'rev' | 'by'>) =>
  a.rev > b.rev || (a.rev === b.rev && a.by > b.by);

/**
 * Joins the session channel. Each message carries the whole state; the later one wins, so both
 * windows end on the same state. A new window says hallo with its own state: a window that is
 * behind takes it over, one that is ahead answers with its own. Without BroadcastChannel the
 * window simply runs alone.
 */
export function joinSession() {
  if (channel || typeof BroadcastChannel === 'undefined') return;
  channel = new BroadcastChannel('vr-sessie');
  channel.onmessage = (e: MessageEvent<Message>) => {
    const m = e.data;
    if (!m || !isLive(m.live)) return;
    const mine = live.get();
    if (newer(m.live, mine)) live.set(m.live);
    else if (m.type === 'hallo' && newer(mine, m.live))
      channel?.postMessage({ type: 'state', live: mine } satisfies Message);
  };
  channel.postMessage({ type: 'hallo', live: live.get() } satisfies Message);
}

/** Changes the running session here and in the other window. (BroadcastChannel never echoes to its sender.) */
export function updateLive(change: (l: Live) => Partial<Live>) {
  const before = live.get();
  const next = { ...before, ...change(before), rev: before.rev + 1, by: self };
  live.set(next);
  channel?.postMessage({ type: 'state', live: next } satisfies Message);
}
