/**
 * A Preact hook on some keys of a nanostores map (the progress map has a key per question).
 * Its own file, apart from use-store.ts, so the session islands and the lesson islands share no
 * chunk they do not both need; the store is a parameter, so this file bundles no store.
 */
import { listenKeys, type MapStore, type MapStoreKeys } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';

/** Re-renders only when one of `keys` of a map store changes (the progress map has a key per lesson). */
export function useKeys<T extends object>(store: MapStore<T>, keys: MapStoreKeys<MapStore<T>>[]): T {
  const [, tick] = useState(0);
  useEffect(() => listenKeys(store, keys, () => tick((n) => n + 1)), [store, keys.join()]);
  return store.get();
}
