// TEMPORARY: session islands convert after the split
/**
 * The old shape of the session tools' strings, built from the dictionary (nl.ts, `session`), so
 * SessionPresenter, SessionBuilder, BadPlan, Agreements, stores/session.ts and lib/slides.ts keep
 * compiling while they are being split: a string with {placeholders} (or a plural) becomes a
 * function of them, in their order: 'Stap {n} van {of}' → step(n, of). A plural goes by the first
 * number given (hands(n, pct) by n, timeLeft('4:00', of) by of). Once those files take their
 * strings as props (like KnowledgeCheck), this file goes.
 * It imports `session` alone and no helpers, so the session islands ship those strings and no more.
 */
import type { Plural } from './format.ts';
import { session } from './nl.ts';

type Fill = (...values: (string | number)[]) => string;
type Old<T> = T extends string ? (T extends `${string}{${string}` ? Fill : T) : T extends Plural ? Fill : { readonly [K in keyof T]: Old<T[K]> };

const fill = (v: string | Plural): Fill => (...args) => {
  let i = 0;
  const n = args.find((x) => typeof x === 'number');
  return (typeof v === 'string' ? v : n === 1 ? v.one : v.other).replace(/\{\w+\}/g, () => String(args[i++]));
};
const old = (o: object): unknown =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'string' ? (v.includes('{') ? fill(v) : v) : 'other' in v ? fill(v) : old(v)]));

export const sessionText = old(session) as Old<typeof session>;
