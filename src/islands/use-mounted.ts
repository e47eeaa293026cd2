/**
 * Whether the island runs yet. False on the server and in the first render in the browser, which
 * must match the server's HTML (the text version in the island's slot, for readers without
 * JavaScript); true from the render after that. So an island writes
 *   if (!useMounted()) return <>{children}</>;
 * or passes it on, and reads browser-only state (storage, the address) only once it is true.
 * `onMount` runs once, just before that render: what it reads or sets is there when the island
 * first shows.
 */
import { useEffect, useState } from 'preact/hooks';

export function useMounted(onMount?: () => void): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    onMount?.();
    setMounted(true);
  }, []);
  return mounted;
}
