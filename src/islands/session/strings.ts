/**
 * The strings of the parts both session views share (SlideView, Steps, Tally, Timer), handed down
 * by Projector and Control from their `t` prop, so they need not pass it through every level.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { SessionSharedStrings } from '../keys.ts';

export const StringsContext = createContext<SessionSharedStrings>({} as SessionSharedStrings);
export const useT = () => useContext(StringsContext);
