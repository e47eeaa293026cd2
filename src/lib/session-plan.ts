/**
 * A griffier's session plan as plain data, and the link that carries it.
 *
 * The link holds the whole plan, so a plan can be shared with no server:
 *   …/griffier/bouwer/#plan=1.<base64url of the plan as JSON>.<checksum>
 * "1" is the format version. The checksum (FNV-1a over the base64 text) catches a link that was
 * cut off by a mail program or edited by hand; decodePlan() then says so instead of guessing.
 * Pure functions, no DOM: the builder, the presenter, the print kit and the unit tests share them.
 */
import { partKinds } from './part-kinds.ts';

export type PartKind = (typeof partKinds)[number];

export interface PlanPart {
  kind: PartKind;
  title: string;
  minutes: number;
  /** Module id (kind module) or scenario id (kind dilemma). */
  ref?: string;
  /** The question to discuss (kind gesprek). */
  question?: string;
  /** A short text for the projector (opening, pauze, afsluiting). */
  text?: string;
  /** The griffier's own notes; never shown on the projector. */
  notes?: string;
}

export interface Plan {
  title: string;
  parts: PlanPart[];
}

/** The ids a plan may point at; a plan that names another id is refused with its name. */
export interface KnownIds {
  modules: ReadonlySet<string>;
  scenarios: ReadonlySet<string>;
}

/** The ids of a catalog (src/lib/slides.ts): what a plan may point at. */
export const knownIds = (c: { modules: { id: string }[]; scenarios: { id: string }[] }): KnownIds => ({
  modules: new Set(c.modules.map((m) => m.id)),
  scenarios: new Set(c.scenarios.map((s) => s.id)),
});

const PLAN_VERSION = 1;
export const LIMITS = { parts: 40, minutes: 60, title: 120, text: 600, notes: 1500 } as const;

/** Every field a part may have; checkPlan refuses any other. */
const PART_FIELDS = [
  'kind',
  'title',
  'minutes',
  'ref',
  'question',
  'text',
  'notes',
] as const satisfies readonly (keyof PlanPart)[];

/**
 * Whether two plans say the same: the same title and the same parts in the same order, field by
 * field. The order of the keys does not matter, and an empty field counts as absent.
 */
export function samePlan(a: Plan | null | undefined, b: Plan | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  return (
    a.title === b.title &&
    a.parts.length === b.parts.length &&
    a.parts.every((p, i) => PART_FIELDS.every((k) => p[k] === b.parts[i]![k]))
  );
}

export const totalMinutes = (plan: Pick<Plan, 'parts'>) => plan.parts.reduce((sum, p) => sum + p.minutes, 0);

/** Start minute of each part from the beginning of the session. */
export function startTimes(plan: Pick<Plan, 'parts'>): number[] {
  let t = 0;
  return plan.parts.map((p) => {
    const start = t;
    t += p.minutes;
    return start;
  });
}

/** "0:05" for 5 minutes, "1:30" for 90. */
export const clock = (minutes: number) => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;

/** The plan without the griffier's notes: what the projector window may hold. */
export function withoutNotes(plan: Plan): Plan {
  return { title: plan.title, parts: plan.parts.map(({ notes: _n, ...rest }) => rest) };
}

const isText = (v: unknown, max: number) => typeof v === 'string' && v.trim().length > 0 && v.length <= max;

/**
 * Why a plan is refused: a code that the views put into words (session.refused in
 * src/i18n/nl.ts, with format()), and the values it names: {n} the part, {key}, {max}, {ref}, {kind}.
 */
export type RefusalCode =
  | 'incomplete'
  | 'unknownFormat'
  | 'newer'
  | 'changed'
  | 'damaged'
  | 'invalid'
  | 'notPlan'
  | 'unknownField'
  | 'noTitle'
  | 'noParts'
  | 'tooMany'
  | 'partInvalid'
  | 'partUnknownField'
  | 'partUnknownKind'
  | 'partNoTitle'
  | 'partMinutes'
  | 'partBadQuestion'
  | 'partBadText'
  | 'partBadNotes'
  | 'partNoModule'
  | 'partNoScenario'
  | 'partRef'
  | 'partUnknownModule'
  | 'partUnknownScenario'
  | 'partNoQuestion';
export interface Refusal {
  code: RefusalCode;
  values?: Record<string, string | number>;
}
const no = (code: RefusalCode, values?: Refusal['values']): Refusal => (values ? { code, values } : { code });

/**
 * Checks a plan that came from a link or from storage. Returns the refusals, each naming the part,
 * or an empty list. Unknown fields are refused too: a plan is small and written only by us.
 * It mirrors sessionPartSchema by hand because it runs in the browser, where zod would triple the
 * builder's JavaScript; the unit test runs every ready plan (zod-checked at build) through it.
 */
export function checkPlan(value: unknown, known?: KnownIds): Refusal[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [no('notPlan')];
  const plan = value as Record<string, unknown>;
  const errors: Refusal[] = [];
  for (const key of Object.keys(plan)) if (key !== 'title' && key !== 'parts') errors.push(no('unknownField', { key }));
  if (!isText(plan.title, LIMITS.title)) errors.push(no('noTitle', { max: LIMITS.title }));
  if (!Array.isArray(plan.parts) || plan.parts.length === 0) return [...errors, no('noParts')];
  if (plan.parts.length > LIMITS.parts) errors.push(no('tooMany', { max: LIMITS.parts }));
  plan.parts.slice(0, LIMITS.parts).forEach((raw, i) => {
    const n = i + 1;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return errors.push(no('partInvalid', { n }));
    const p = raw as Record<string, unknown>;
    for (const key of Object.keys(p)) {
      if (!(PART_FIELDS as readonly string[]).includes(key)) errors.push(no('partUnknownField', { n, key }));
    }
    if (!(partKinds as readonly unknown[]).includes(p.kind)) return errors.push(no('partUnknownKind', { n }));
    if (!isText(p.title, LIMITS.title)) errors.push(no('partNoTitle', { n }));
    if (!Number.isInteger(p.minutes) || (p.minutes as number) < 1 || (p.minutes as number) > LIMITS.minutes) {
      errors.push(no('partMinutes', { n, max: LIMITS.minutes }));
    }
    for (const [key, max, code] of [
      ['question', LIMITS.text, 'partBadQuestion'],
      ['text', LIMITS.text, 'partBadText'],
      ['notes', LIMITS.notes, 'partBadNotes'],
    ] as const) {
      if (p[key] !== undefined && !isText(p[key], max)) errors.push(no(code, { n }));
    }
    const needsRef = p.kind === 'module' || p.kind === 'dilemma';
    if (needsRef && typeof p.ref !== 'string')
      errors.push(no(p.kind === 'module' ? 'partNoModule' : 'partNoScenario', { n }));
    if (!needsRef && p.ref !== undefined) errors.push(no('partRef', { n, kind: String(p.kind) }));
    if (needsRef && typeof p.ref === 'string' && known) {
      const set = p.kind === 'module' ? known.modules : known.scenarios;
      if (!set.has(p.ref))
        errors.push(
          no(p.kind === 'module' ? 'partUnknownModule' : 'partUnknownScenario', { n, ref: p.ref.slice(0, 60) }),
        );
    }
    if (p.kind === 'gesprek' && p.question === undefined) errors.push(no('partNoQuestion', { n }));
  });
  return errors;
}

// FNV-1a, 32 bit: small and enough to notice a changed or cut-off link (not a security measure).
function checksum(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(b64: string): string {
  const bin = atob(b64.replaceAll('-', '+').replaceAll('_', '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

/** The hash value that holds the plan: "1.<data>.<checksum>". */
export function encodePlan(plan: Plan): string {
  const data = toBase64Url(JSON.stringify(plan));
  return `${PLAN_VERSION}.${data}.${checksum(data)}`;
}

export type PlanResult = { ok: true; plan: Plan } | { ok: false; error: Refusal; details: Refusal[] };

const refused = (error: RefusalCode, details: Refusal[] = []): PlanResult => ({ ok: false, error: no(error), details });

/** Reads the value after "#plan=". Never throws: a bad link gives a refusal the page can put into words. */
export function decodePlan(value: string, known?: KnownIds): PlanResult {
  const [version, data, sum, ...rest] = value.trim().split('.');
  if (!version || !data || !sum || rest.length) return refused('incomplete');
  if (!/^\d+$/.test(version)) return refused('unknownFormat');
  if (Number(version) > PLAN_VERSION) return refused('newer');
  if (checksum(data) !== sum) return refused('changed');
  let parsed: unknown;
  try {
    parsed = JSON.parse(fromBase64Url(data));
  } catch {
    return refused('damaged');
  }
  const errors = checkPlan(parsed, known);
  if (errors.length) return refused('invalid', errors);
  return { ok: true, plan: parsed as Plan };
}

/** Finds "plan=…" in a location hash such as "#plan=1.abc.xyz". */
export function planFromHash(hash: string): string | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get('plan') ?? undefined;
}

/** A part without its empty fields, so plans compare and encode the same whichever way they were made. */
export const compactPart = (p: PlanPart): PlanPart =>
  Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as unknown as PlanPart;

/** A ready plan from content/sessies as a Plan (the same shape the builder and the link use). */
export function sessionToPlan(session: { title: string; parts: PlanPart[] }): Plan {
  return { title: session.title, parts: session.parts.map(compactPart) };
}
