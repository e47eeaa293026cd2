/** A Preact hook on any nanostores atom: re-renders when it changes. Smaller than @nanostores/preact. */
import type { ReadableAtom } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';

export function useStore<T>(store: ReadableAtom<T>): T {
  const [value, setValue] = useState(store.get());
  useEffect(() => {
    setValue(store.get());
    return store.listen(setValue);
  }, [store]);
  return value;
}
