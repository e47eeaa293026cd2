/**
 * Server side only: hands an island or a custom element the strings it uses, and no others, so
 * its bundle does not carry the site's text. A Preact island gets them as a prop
 * (`t={pick(['quiz.check'])}`), a custom element as JSON in `data-strings={dataStrings([…])}`,
 * as Starlight's Search.astro does.
 */
import { nl, type Dictionary } from './nl.ts';
import type { At, Key, Strings } from './format.ts';

const at = <P extends Key>(key: P): At<Dictionary, P> =>
  key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], nl) as At<Dictionary, P>;

/** The strings under `keys`, by their dotted key: pick(['quiz.check']) → { 'quiz.check': 'Controleer' }. */
export function pick<K extends Key>(keys: readonly K[]): Strings<K> {
  return Object.fromEntries(
    keys.map((k) => {
      const v = at(k);
      if (v === undefined) throw new Error(`Geen tekst met de sleutel ${k} in src/i18n/nl.ts`);
      return [k, v];
    }),
  ) as Strings<K>;
}

/** The same, as JSON for a `data-strings` attribute; the element reads it with readStrings(). */
export const dataStrings = <K extends Key>(keys: readonly K[]) => JSON.stringify(pick(keys));
