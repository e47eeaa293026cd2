/** Source numbering: a source's number is its place on the sources page, the same everywhere. */
import type { Source } from './schemas.ts';

export function sourceNumber(sorted: Pick<Source, 'id'>[], id: string): number {
  const i = sorted.findIndex((s) => s.id === id);
  if (i < 0) throw new Error(`Bron "${id}" staat niet in content/bronnen.yaml`);
  return i + 1;
}

/** A cited source as islands get it: its number on the sources page and its title. */
export interface SourceRef {
  n: number;
  title: string;
}

/** Number and title of each cited source, for islands that link to the sources page. */
export function sourceRefs(
  sorted: Pick<Source, 'id' | 'title'>[],
  ids: Iterable<string | undefined>,
): Record<string, SourceRef> {
  const refs: Record<string, SourceRef> = {};
  for (const id of ids) {
    if (!id || refs[id]) continue;
    const n = sourceNumber(sorted, id);
    refs[id] = { n, title: sorted[n - 1]!.title };
  }
  return refs;
}

/** Text as a sentence: a full stop at the end, unless it already ends in one (no "werknemers.."). */
export const sentence = (text: string) => (/[.!?…]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);
