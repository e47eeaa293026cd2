/** Source numbering: a source's number is its place on the sources page, the same everywhere. */
import type { Source } from './schemas.ts';

export function sourceNumber(sorted: Pick<Source, 'id'>[], id: string): number {
  const i = sorted.findIndex((s) => s.id === id);
  if (i < 0) throw new Error(`Bron "${id}" staat niet in content/bronnen.yaml`);
  return i + 1;
}

/** Number and title of each cited source, for islands that link to the sources page. */
export function sourceRefs(sorted: Pick<Source, 'id' | 'title'>[], ids: Iterable<string | undefined>): Record<string, { n: number; title: string }> {
  const refs: Record<string, { n: number; title: string }> = {};
  for (const id of ids) {
    if (!id || refs[id]) continue;
    const n = sourceNumber(sorted, id);
    refs[id] = { n, title: sorted[n - 1]!.title };
  }
  return refs;
}

/** Text as a sentence: a full stop at the end, unless it already ends in one (no "werknemers.."). */
export const sentence = (text: string) => (/[.!?…]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);
