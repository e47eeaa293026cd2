/** Source numbering: a source's number is its place on the sources page, the same everywhere. */
import type { Source } from './schemas.ts';

export function sourceNumber(sorted: Pick<Source, 'id'>[], id: string): number {
  const i = sorted.findIndex((s) => s.id === id);
  if (i < 0) throw new Error(`Bron "${id}" staat niet in content/bronnen.yaml`);
  return i + 1;
}
