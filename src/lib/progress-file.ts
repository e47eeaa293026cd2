/**
 * The progress file a reader downloads and imports on another device (issue 5). Pure: it checks,
 * migrates and merges plain data; src/stores/progress.ts applies the result.
 *
 * A file is refused whole, with a reason (a code that src/islands/progress-words.ts puts into words), when it is empty, not JSON, over 1 MB, not ours, from a
 * newer version than this site knows, holds a value of the wrong type, or has a key such as
 * __proto__ or constructor anywhere. A refused file changes nothing. Ids the content no longer
 * has are kept (they count again if the id returns) and reported.
 */
import { VERSION_CURRENT } from './progress-version.ts';

export { VERSION_CURRENT };

export const APP = 'veilig-raadswerk';
/** 1 MB. Sizes are in MB of 1 000 000 bytes throughout, as file managers show them. */
export const MAX_BYTES = 1_000_000;

/** A size in MB (10^6 bytes) in Dutch notation with one decimal: 3 000 000 → "3,0 MB". */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1).replace('.', ',')} MB`;
}

/** Why a file is refused: myProgress.refused in src/i18n/nl.ts words each code. */
export type FileRefusalCode =
  'tooBig' | 'empty' | 'notJson' | 'forbiddenKey' | 'notOurs' | 'badVersion' | 'newer' | 'noMigration' | 'badItem';
/** Why an item's value does not fit its kind: myProgress.item in src/i18n/nl.ts words each code. */
export type ItemProblem =
  'number' | 'shortText' | 'place' | 'id' | 'object' | 'lessonDates' | 'answer' | 'path' | 'reflection' | 'kind';
export interface FileRefusal {
  code: FileRefusalCode;
  /** {size} {max} for tooBig, {key} for forbiddenKey and badItem, {v} {current} for newer and noMigration. */
  values?: Record<string, string | number>;
  /** For badItem: what is wrong with the item. */
  problem?: ItemProblem;
}

/** The refusal for a file of `bytes` bytes, or undefined when it is small enough. */
export function sizeProblem(bytes: number): FileRefusal | undefined {
  return bytes > MAX_BYTES
    ? { code: 'tooBig', values: { size: formatMegabytes(bytes), max: formatMegabytes(MAX_BYTES).replace(',0', '') } }
    : undefined;
}

/** Progress items by key ("les:id", "vraag:id", "plek", "naam" …); values are checked by itemProblem. */
export type Items = Record<string, unknown>;

export interface ProgressFile {
  app: typeof APP;
  versie: number;
  gemaakt: string;
  items: Items;
}

export type ImportResult =
  { ok: true; items: Items; unknown: string[]; migratedFrom?: number } | { ok: false; error: FileRefusal };

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isDate = (v: unknown) => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const isStringList = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** The first forbidden key anywhere in a parsed value, or undefined. */
function forbiddenKey(v: unknown): string | undefined {
  if (Array.isArray(v)) {
    for (const x of v) {
      const k = forbiddenKey(x);
      if (k) return k;
    }
  } else if (isObject(v)) {
    for (const k of Object.keys(v)) {
      if (FORBIDDEN.has(k)) return k;
      const inner = forbiddenKey(v[k]);
      if (inner) return inner;
    }
  }
  return undefined;
}

/** Why an item's value does not fit its kind, or undefined when it fits. Keys: "kind:id". */
export function itemProblem(key: string, value: unknown): ItemProblem | undefined {
  const [kind, id] = key.includes(':') ? [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)] : [key, ''];
  if (key === 'versie') return typeof value === 'number' ? undefined : 'number';
  if (key === 'naam') return typeof value === 'string' && value.length <= 200 ? undefined : 'shortText';
  if (key === 'plek') {
    return isObject(value) && typeof value.les === 'string' && typeof value.module === 'string' && isDate(value.op)
      ? undefined
      : 'place';
  }
  if (!id || !/^[a-z0-9-]+$/.test(id)) return 'id';
  if (!isObject(value)) return 'object';
  switch (kind) {
    case 'les':
      return isDate(value.geopend) && (value.klaar === undefined || isDate(value.klaar)) ? undefined : 'lessonDates';
    case 'vraag':
      return isStringList(value.antwoord) &&
        typeof value.goed === 'boolean' &&
        Number.isInteger(value.pogingen) &&
        (value.pogingen as number) >= 0 &&
        isDate(value.op)
        ? undefined
        : 'answer';
    case 'scenario':
      return Array.isArray(value.pad) &&
        value.pad.every((p) => isObject(p) && typeof p.step === 'string' && typeof p.choice === 'string') &&
        (value.einde === undefined || ['goed', 'gemengd', 'zorgelijk'].includes(value.einde as string)) &&
        isDate(value.op)
        ? undefined
        : 'path';
    case 'reflectie':
      return typeof value.tekst === 'string' && value.tekst.length <= 20_000 && isDate(value.op)
        ? undefined
        : 'reflection';
    default:
      return 'kind';
  }
}

/** Version N → N + 1 steps. Version 1 is the first released format, so there is none yet. */
export const MIGRATIONS: Record<number, (items: Items) => Items> = {};

export function migrate(items: Items, from: number): Items {
  let out = items;
  for (let v = from; v < VERSION_CURRENT; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`no migration from version ${v}`);
    out = step(out);
  }
  return out;
}

/**
 * Checks a progress file. `knownIds` are the "kind:id" keys the content has now; others are kept
 * and reported as unknown. `bytes` is the file's own size (File.size) when known: decoding a file
 * that is not UTF-8 text makes the text longer than the file.
 */
export function parseProgressFile(
  text: string,
  knownIds: ReadonlySet<string>,
  bytes = new TextEncoder().encode(text).length,
): ImportResult {
  const tooBig = sizeProblem(bytes);
  if (tooBig) return { ok: false, error: tooBig };
  const no = (code: FileRefusalCode, values?: FileRefusal['values']): ImportResult => ({
    ok: false,
    error: values ? { code, values } : { code },
  });
  if (text.trim() === '') return no('empty');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return no('notJson');
  }
  const bad = forbiddenKey(data);
  if (bad) return no('forbiddenKey', { key: bad });
  if (!isObject(data) || data.app !== APP || !isObject(data.items)) return no('notOurs');
  if (!Number.isInteger(data.versie) || (data.versie as number) < 1) return no('badVersion');
  const version = data.versie as number;
  if (version > VERSION_CURRENT) return no('newer', { v: version, current: VERSION_CURRENT });
  let items: Items;
  try {
    items = migrate(data.items as Items, version);
  } catch {
    return no('noMigration', { v: version });
  }
  for (const [key, value] of Object.entries(items)) {
    const problem = itemProblem(key, value);
    if (problem) return { ok: false, error: { code: 'badItem', values: { key }, problem } };
  }
  const unknown = Object.keys(items)
    .filter((k) => k.includes(':') && !knownIds.has(k))
    .sort();
  return version < VERSION_CURRENT ? { ok: true, items, unknown, migratedFrom: version } : { ok: true, items, unknown };
}

export function exportProgress(items: Items, now = new Date()): string {
  const clean: Items = {};
  for (const [k, v] of Object.entries(items)) if (v !== undefined && k !== 'versie') clean[k] = v;
  const file: ProgressFile = { app: APP, versie: VERSION_CURRENT, gemaakt: now.toISOString(), items: clean };
  return JSON.stringify(file, null, 2);
}

const stamp = (v: unknown): string => (isObject(v) ? String(v.op ?? v.klaar ?? v.geopend ?? '') : '');

/**
 * Combines imported items with the current ones. "replace" takes the file as it is; "merge"
 * keeps, per item, the most recent one; a lesson stays complete if either says so.
 */
export function combine(current: Items, incoming: Items, mode: 'merge' | 'replace'): Items {
  if (mode === 'replace') return { ...incoming, versie: VERSION_CURRENT };
  const out: Items = { ...current };
  for (const [k, v] of Object.entries(incoming)) {
    const mine = out[k];
    if (mine === undefined || k === 'versie') out[k] = k === 'versie' ? VERSION_CURRENT : v;
    else if (k.startsWith('les:') && isObject(mine) && isObject(v)) {
      const opened = [mine.geopend, v.geopend].filter(isDate).sort()[0];
      const done = [mine.klaar, v.klaar].filter(isDate).sort()[0];
      out[k] = done ? { geopend: opened, klaar: done } : { geopend: opened };
    } else if (stamp(v) > stamp(mine)) out[k] = v;
  }
  out.versie = VERSION_CURRENT;
  return out;
}
