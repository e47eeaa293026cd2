/**
 * Helpers for the strings of ./nl.ts that any code may use, islands too: they do not import the
 * dictionary, so an island's bundle carries only the strings it is given.
 */
import type { Dictionary } from './nl.ts';

/** A plural in the dictionary: `one` for 1, `other` for the rest, `zero` (optional) for 0. */
export interface Plural {
  readonly zero?: string;
  readonly one: string;
  readonly other: string;
}

type Values = Record<string, string | number>;

/** Fills `{name}` placeholders: format('Stap {n}', { n: 2 }) → "Stap 2". A placeholder without a value stays. */
export function format(template: string, values: Values = {}): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) => (name in values ? String(values[name]) : all));
}

/** The plural form for `n`, filled in with `n` and `values`: plural({ one: '{n} les', other: '{n} lessen' }, 2) → "2 lessen". */
export function plural(forms: Plural, n: number, values: Values = {}): string {
  const form = n === 0 && forms.zero !== undefined ? forms.zero : n === 1 ? forms.one : forms.other;
  return format(form, { n, ...values });
}

/** The label of a dilemma choice's verdict: an open dilemma weighs, a graded one judges. */
export function verdictLabel(
  labels: { verdict: Record<Verdict, string>; weighing: Record<Verdict, string> },
  mode: string,
  v?: Verdict,
): string {
  return v ? (mode === 'open' ? labels.weighing : labels.verdict)[v] : '';
}
export type Verdict = 'goed' | 'kan' | 'riskant';

/* ---------- keys ---------- */

type Leaf = string | Plural | readonly string[];
/** Every dotted key of a dictionary, groups included: 'quiz', 'quiz.check', 'scenario.verdict'. */
export type Path<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends Leaf ? `${P}${K}` : `${P}${K}` | Path<T[K], `${P}${K}.`>;
}[keyof T & string];
/** The value at a dotted key. */
export type At<T, P extends string> = P extends `${infer H}.${infer R}`
  ? H extends keyof T
    ? At<T[H], R>
    : never
  : P extends keyof T
    ? T[P]
    : never;

export type Key = Path<Dictionary>;
/** The strings an island or custom element is given: only the keys it names, by their dotted key. */
export type Strings<K extends Key> = { readonly [P in K]: At<Dictionary, P> };

/** The strings a custom element was given in its `data-strings` attribute (see pick.ts, dataStrings). */
export function readStrings<K extends Key>(el: HTMLElement): Strings<K> {
  return JSON.parse(el.dataset.strings ?? '{}') as Strings<K>;
}
