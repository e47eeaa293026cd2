/**
 * Puts a refused progress file's reason into words. Apart from my-progress.ts, which defines a
 * custom element, so that tests/unit/progress-file.test.ts reads the same words the reader sees.
 */
import type { FileRefusal } from '../lib/progress-file.ts';
import type { MyProgressStrings } from './keys.ts';

// Not format() of src/i18n/format.ts: shared with the lesson islands, it would be a chunk of its own here.
export const fill = (text: string, values: Record<string, string | number> = {}) =>
  text.replace(/\{(\w+)\}/g, (all, k: string) => (k in values ? String(values[k]) : all));

export function refusalText(r: FileRefusal, t: MyProgressStrings): string {
  const problem = r.problem ? t['myProgress.item'][r.problem] : '';
  return fill(t['myProgress.refused'][r.code], { ...r.values, problem });
}
