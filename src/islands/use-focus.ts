/**
 * Moves the keyboard focus once the change it follows is on screen. It runs right after the
 * component's next render (a layout effect: the DOM is updated, nothing painted yet), so focus
 * never rests on <body> between a removed button and its successor; if nothing re-renders, it runs
 * at the next frame instead. Used where a row is added, moved or removed.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';

type Find = () => HTMLElement | null | undefined;

export function useFocusAfter(): (find: Find) => void {
  const pending = useRef<Find | null>(null);
  const run = () => {
    const find = pending.current;
    pending.current = null;
    find?.()?.focus();
  };
  useLayoutEffect(run);
  return (find: Find) => {
    pending.current = find;
    requestAnimationFrame(run);
  };
}
