/**
 * The reader's progress, kept only in this browser (localStorage), never sent anywhere.
 *
 * Format, version 1. Every item has its own localStorage key under the prefix "vr:", so two open
 * tabs that save different answers never overwrite each other, and a broken value loses one item,
 * not all progress. Keys use the stable ids written in the content files, never file names:
 *   vr:versie            "1"                                    schema version
 *   vr:les:<id>          {"geopend": ISO, "klaar"?: ISO}        lesson opened / completed
 *   vr:vraag:<id>        {"antwoord": [optie-ids], "goed": bool, "pogingen": n, "op": ISO}
 *   vr:scenario:<id>     {"pad": [{"step","choice"}], "einde"?: "goed"|"gemengd"|"zorgelijk", "op": ISO}
 *   vr:reflectie:<id>    {"tekst": string, "op": ISO}
 *   vr:plek              {"les": id, "module": id, "op": ISO}   the last place read
 *   vr:naam              "…"                                    name on the proof of participation
 * The "kind:id" keys come from progressKeys (src/lib/progress-keys.ts), never from strings built by hand.
 * Ids that no longer exist in the content are kept, not shown, and count again if the id returns.
 *
 * Migrations: a change to this format raises VERSION_CURRENT and adds a step to MIGRATIONS in
 * src/lib/progress-file.ts that turns version N into N + 1 (the number lives in src/lib/progress-version.ts); existing keys are never dropped.
 * Export and import use the same steps.
 *
 * Storage that throws (blocked, private mode, quota full) falls back to memory for this visit,
 * and storageStatus tells the page so it can say so. A value that is not valid JSON is left out
 * and reported in corrupted, never crashing the page.
 */
import { atom } from 'nanostores';
import { persistentMap, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';

import { VERSION_CURRENT as VERSION } from '../lib/progress-version.ts';
import { progressKeys } from '../lib/progress-keys.ts';
export { progressKeys };
const PREFIX = 'vr:';

export interface LessonState {
  geopend: string;
  klaar?: string;
}
export interface AnswerState {
  antwoord: string[];
  goed: boolean;
  pogingen: number;
  op: string;
}
export interface ScenarioState {
  pad: { step: string; choice: string }[];
  einde?: 'goed' | 'gemengd' | 'zorgelijk';
  op: string;
}
export interface ReflectionState {
  tekst: string;
  op: string;
}
export interface PlaceState {
  les: string;
  module: string;
  op: string;
}

type Value = LessonState | AnswerState | ScenarioState | ReflectionState | PlaceState | number | string;
export type ProgressMap = Record<string, Value | undefined>;

/** "ok", or "geheugen" when the browser would not let us save: progress then lasts this visit only. */
export const storageStatus = atom<'ok' | 'geheugen'>('ok');
/** Keys whose stored value could not be read; they are skipped and reported once. */
export const corrupted = atom<string[]>([]);

/** Storage for this visit only, used when the browser will not let us write to localStorage. */
function memoryStore(from: Record<string, string> = {}): Record<string, string> {
  return { ...from };
}

function usableLocalStorage(): Storage | null {
  try {
    const s = window.localStorage;
    s.setItem(`${PREFIX}test`, '1');
    s.removeItem(`${PREFIX}test`);
    return s;
  } catch {
    return null;
  }
}

function decode(raw: string): Value | undefined {
  try {
    return JSON.parse(raw) as Value;
  } catch {
    return undefined;
  }
}

function toMemory(copy: Record<string, string>) {
  setPersistentEngine(memoryStore(copy), windowPersistentEvents);
  storageStatus.set('geheugen');
}

if (typeof window !== 'undefined') {
  const ls = usableLocalStorage();
  if (!ls) toMemory({});
  else {
    // Report values that are not valid JSON; they are skipped, the rest of the progress stays.
    const bad: string[] = [];
    for (let i = 0; i < ls.length; i++) {
      const k = ls.key(i);
      if (k?.startsWith(PREFIX) && decode(ls.getItem(k) ?? '') === undefined) bad.push(k.slice(PREFIX.length));
    }
    corrupted.set(bad);
  }
}

/** All progress as one map; keys without the "vr:" prefix, e.g. "vraag:herkennen-1". */
export const progress = persistentMap<ProgressMap>(PREFIX, {}, { encode: (v) => JSON.stringify(v), decode });

const now = () => new Date().toISOString();

function write(k: string, value: Value | undefined) {
  try {
    if (progress.get().versie === undefined) progress.setKey('versie', VERSION);
    progress.setKey(k, value);
  } catch {
    // Quota full or storage blocked mid-visit: keep going in memory, with what we had.
    const copy: Record<string, string> = {};
    for (const [key, v] of Object.entries(progress.get())) if (v !== undefined) copy[PREFIX + key] = JSON.stringify(v);
    toMemory(copy);
    progress.setKey(k, value);
  }
}

function getAnswer(id: string): AnswerState | undefined {
  return progress.get()[progressKeys.question(id)] as AnswerState | undefined;
}

export function saveAnswer(id: string, antwoord: string[], goed: boolean) {
  const before = getAnswer(id);
  write(progressKeys.question(id), { antwoord, goed, pogingen: (before?.pogingen ?? 0) + 1, op: now() });
}

export function getScenario(id: string): ScenarioState | undefined {
  return progress.get()[progressKeys.scenario(id)] as ScenarioState | undefined;
}

export function saveScenario(id: string, pad: ScenarioState['pad'], einde?: ScenarioState['einde']) {
  write(progressKeys.scenario(id), einde ? { pad, einde, op: now() } : { pad, op: now() });
}

export function getReflection(id: string): ReflectionState | undefined {
  return progress.get()[progressKeys.reflection(id)] as ReflectionState | undefined;
}

export function saveReflection(id: string, tekst: string) {
  write(progressKeys.reflection(id), tekst ? { tekst, op: now() } : undefined);
}

function getLesson(id: string): LessonState | undefined {
  return progress.get()[progressKeys.lesson(id)] as LessonState | undefined;
}

/** Whether the reader marked this lesson done. */
export function isLessonDone(id: string): boolean {
  return !!getLesson(id)?.klaar;
}

/** A lesson was opened: remember it, and remember it as the last place read. */
export function openLesson(id: string, module: string) {
  const before = getLesson(id);
  if (!before) write(progressKeys.lesson(id), { geopend: now() });
  write('plek', { les: id, module, op: now() });
}

/** Marks a lesson done, or not done again. */
export function completeLesson(id: string, done: boolean) {
  const before = getLesson(id) ?? { geopend: now() };
  write(progressKeys.lesson(id), done ? { geopend: before.geopend, klaar: now() } : { geopend: before.geopend });
}

/** The name for the proof of participation; kept only here, like everything else. */
export function setName(naam: string) {
  write('naam', naam ? naam.slice(0, 120) : undefined);
}

/** The items as they are stored (for export), without empty keys. */
export function allItems(): Record<string, Value> {
  const out: Record<string, Value> = {};
  for (const [k, v] of Object.entries(progress.get())) if (v !== undefined) out[k] = v;
  return out;
}

/** Replaces all progress with `items` (after import or reset); keys not in `items` are removed. */
export function replaceAll(items: Record<string, unknown>) {
  for (const k of Object.keys(progress.get())) if (!(k in items)) write(k, undefined);
  for (const [k, v] of Object.entries(items)) write(k, v as Value);
}
