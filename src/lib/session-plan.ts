// TEMPORARY: session islands convert after the split
/**
 * A griffier's session plan as plain data, and the link that carries it.
 *
 * The link holds the whole plan, so a plan can be shared with no server:
 *   …/griffier/bouwer/#plan=1.<base64url of the plan as JSON>.<checksum>
 * "1" is the format version. The checksum (FNV-1a over the base64 text) catches a link that was
 * cut off by a mail program or edited by hand; readPlanLink() then says so instead of guessing.
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

export const PLAN_VERSION = 1;
export const LIMITS = { parts: 40, minutes: 60, title: 120, text: 600, notes: 1500 } as const;

/** Every field a part may have; checkPlan refuses any other. */
export const PART_FIELDS = ['kind', 'title', 'minutes', 'ref', 'question', 'text', 'notes'] as const satisfies readonly (keyof PlanPart)[];

/**
 * Whether two plans say the same: the same title and the same parts in the same order, field by
 * field. The order of the keys does not matter, and an empty field counts as absent.
 */
export function samePlan(a: Plan | null | undefined, b: Plan | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  return a.title === b.title && a.parts.length === b.parts.length && a.parts.every((p, i) => PART_FIELDS.every((k) => p[k] === b.parts[i]![k]));
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
 * Checks a plan that came from a link or from storage. Returns Dutch messages that name the part,
 * or an empty list. Unknown fields are refused too: a plan is small and written only by us.
 * It mirrors sessionPartSchema by hand because it runs in the browser, where zod would triple the
 * builder's JavaScript; the unit test runs every ready plan (zod-checked at build) through it.
 */
export function checkPlan(value: unknown, known?: KnownIds): string[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return ['Het plan is geen geldig plan.'];
  const plan = value as Record<string, unknown>;
  const errors: string[] = [];
  for (const key of Object.keys(plan)) if (key !== 'title' && key !== 'parts') errors.push(`Het plan heeft een onbekend veld "${key}".`);
  if (!isText(plan.title, LIMITS.title)) errors.push(`Het plan heeft geen titel (of een titel langer dan ${LIMITS.title} tekens).`);
  if (!Array.isArray(plan.parts) || plan.parts.length === 0) return [...errors, 'Het plan heeft geen onderdelen.'];
  if (plan.parts.length > LIMITS.parts) errors.push(`Het plan heeft meer dan ${LIMITS.parts} onderdelen.`);
  plan.parts.slice(0, LIMITS.parts).forEach((raw, i) => {
    const n = `Onderdeel ${i + 1}`;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return errors.push(`${n} is geen geldig onderdeel.`);
    const p = raw as Record<string, unknown>;
    for (const key of Object.keys(p)) {
      if (!(PART_FIELDS as readonly string[]).includes(key)) errors.push(`${n} heeft een onbekend veld "${key}".`);
    }
    if (!(partKinds as readonly unknown[]).includes(p.kind)) return errors.push(`${n} heeft een onbekende soort.`);
    if (!isText(p.title, LIMITS.title)) errors.push(`${n} heeft geen titel.`);
    if (!Number.isInteger(p.minutes) || (p.minutes as number) < 1 || (p.minutes as number) > LIMITS.minutes) {
      errors.push(`${n} duurt geen hele 1 tot ${LIMITS.minutes} minuten.`);
    }
    for (const [key, max] of [['question', LIMITS.text], ['text', LIMITS.text], ['notes', LIMITS.notes]] as const) {
      if (p[key] !== undefined && !isText(p[key], max)) errors.push(`${n} heeft een lege of te lange ${key === 'notes' ? 'notitie' : key === 'question' ? 'vraag' : 'tekst'}.`);
    }
    const needsRef = p.kind === 'module' || p.kind === 'dilemma';
    if (needsRef && typeof p.ref !== 'string') errors.push(`${n} mist de ${p.kind === 'module' ? 'module' : 'casus'}.`);
    if (!needsRef && p.ref !== undefined) errors.push(`${n} verwijst naar iets, maar is een ${p.kind}.`);
    if (needsRef && typeof p.ref === 'string' && known) {
      const set = p.kind === 'module' ? known.modules : known.scenarios;
      if (!set.has(p.ref)) errors.push(`${n} verwijst naar ${p.kind === 'module' ? 'module' : 'casus'} "${p.ref.slice(0, 60)}", die bestaat niet (meer).`);
    }
    if (p.kind === 'gesprek' && p.question === undefined) errors.push(`${n} is een gesprek zonder vraag.`);
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

export type PlanResult = { ok: true; plan: Plan } | { ok: false; error: string; details: string[] };

const refused = (error: string, details: string[] = []): PlanResult => ({ ok: false, error, details });

/** Reads the value after "#plan=". Never throws: a bad link gives a message the page can show. */
export function decodePlan(value: string, known?: KnownIds): PlanResult {
  const [version, data, sum, ...rest] = value.trim().split('.');
  if (!version || !data || !sum || rest.length) return refused('De link is niet compleet. Vraag om de hele link, of kopieer hem opnieuw.');
  if (!/^\d+$/.test(version)) return refused('De link bevat geen plan dat deze module kent.');
  if (Number(version) > PLAN_VERSION) return refused('Deze link is gemaakt met een nieuwere versie van Veilig Raadswerk. Vraag de maker om de printset, of werk deze site bij.');
  if (checksum(data) !== sum) return refused('De link is veranderd of niet helemaal gekopieerd. Vraag om de hele link, of kopieer hem opnieuw.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(fromBase64Url(data));
  } catch {
    return refused('De link is beschadigd: het plan is niet te lezen.');
  }
  const errors = checkPlan(parsed, known);
  if (errors.length) return refused('Het plan in de link klopt niet.', errors);
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
