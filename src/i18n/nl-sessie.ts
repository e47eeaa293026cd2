// TEMPORARY: session islands convert after the split
/**
 * The old shape of the session tools' strings, built from the dictionary (nl.ts, `session`), so
 * SessionPresenter, SessionBuilder, BadPlan, Agreements, stores/session.ts and lib/slides.ts keep
 * compiling while they are being split: a string with {placeholders} (or a plural) becomes a
 * function of them, in their order: 'Stap {n} van {of}' → step(n, of). A plural goes by {n}, else
 * by {of}. Once those files take their strings as props (like KnowledgeCheck), this file goes.
 * It imports `session` alone and no helpers, so the session islands ship those strings and no more.
 */
import type { Plural } from './format.ts';
import { session } from './nl.ts';

type Fill = (...values: (string | number)[]) => string;
type Old<T> = T extends string ? (T extends `${string}{${string}` ? Fill : T) : T extends Plural ? Fill : { readonly [K in keyof T]: Old<T[K]> };

const fill = (v: string | Plural): Fill => (...args) => {
  const names = [...(typeof v === 'string' ? v : v.other).matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const values: Record<string, string | number | undefined> = Object.fromEntries(names.map((k, i) => [k, args[i]]));
  const n = values.n ?? values.of;
  return (typeof v === 'string' ? v : n === 1 ? v.one : v.other).replace(/\{(\w+)\}/g, (_, k: string) => String(values[k]));
};
const old = (o: object): unknown =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'string' ? (v.includes('{') ? fill(v) : v) : 'other' in v ? fill(v) : old(v)]));

export const sessionText = old(session) as Old<typeof session>;
