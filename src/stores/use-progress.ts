/** A Preact hook on the progress store, for the islands; kept apart so plain scripts need no Preact. */
import { listenKeys } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';
import { progress, type ProgressMap } from './progress.ts';

/** Re-renders a Preact component when one of `keys` changes; smaller than a general binding. */
export function useProgress(keys: string[]): ProgressMap {
  const [, tick] = useState(0);
  useEffect(() => listenKeys(progress, keys, () => tick((n) => n + 1)), [keys.join()]);
  return progress.get();
}
