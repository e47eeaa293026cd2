/**
 * What both session views share: opening the session (which plan, from resolvePlan in
 * src/lib/resolve-plan.ts), the steps of the plan on screen, moving between them by key, and
 * telling a screen reader where the room is. The two windows stay in step over a BroadcastChannel
 * (src/stores/session.ts).
 */
import { useEffect, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { format } from '../../i18n/format.ts';
import { planOnScreen, resolvePlan, type PlanChoice, type SessionRole } from '../../lib/resolve-plan.ts';
import { encodePlan, knownIds, planFromHash, withoutNotes, type Plan } from '../../lib/session-plan.ts';
import { slidesOf, type Catalog, type Slide } from '../../lib/slides.ts';
import { freshRun, joinSession, live, savedPlan, switchPart, updateLive } from '../../stores/session.ts';
import type { SessionSharedStrings } from '../keys.ts';
import { useMounted } from '../use-mounted.ts';
import { useStore } from '../use-store.ts';

export interface SessionUrls {
  builder: string;
  plans: string;
  control: string;
  projector: string;
  help: string;
  agreements: string;
}

/** Moves the session to step `index` (kept within the plan), here and in the other window. */
export function goTo(index: number, slides: Slide[]) {
  const i = Math.max(0, Math.min(slides.length - 1, index));
  updateLive((l) => ({ index: i, ...switchPart(l, slides[i]?.part ?? 0, Date.now()) }));
}

/** Opens the other view in its own window, on the plan that runs (never with notes). */
export function openWindow(url: string, name: 'vr-projectie' | 'vr-regie', plan: Plan | null) {
  window.open(`${url}${plan ? `#plan=${encodePlan(plan)}` : ''}`, name, 'popup');
}

const reloadOnHash = () => location.reload();

/**
 * Opens the session in this window and follows it. `choice` stays null until the island runs:
 * until then the view shows the text version in its slot, as the server sent it. `t`: the view's
 * strings (it provides them to its parts; this hook runs in the view itself, outside that context).
 */
export function useSession(role: SessionRole, catalog: Catalog, t: SessionSharedStrings) {
  const l = useStore(live);
  const opened = useRef<PlanChoice | null>(null);
  const announce = useRef<HTMLParagraphElement>(null);

  const mounted = useMounted(() => {
    // The plan is read from the address once. A new #plan= typed or pasted into an open window only
    // changes the hash, which reloads no page: reload, so that link is read (or refused) too.
    addEventListener('hashchange', reloadOnHash);
    // Join first, so that starting a plan below reaches a window that is already open.
    joinSession();
    const c = resolvePlan({
      role,
      link: planFromHash(location.hash),
      known: knownIds(catalog),
      saved: savedPlan.get(),
      running: live.get(),
    });
    const start = c.ok ? c.start : null;
    if (start) updateLive(() => freshRun(start, Date.now()));
    opened.current = c;
  });
  const choice = mounted ? opened.current : null;

  const chosen = choice?.ok ? choice.plan : null;
  // The plan on screen; the control view adds the griffier's notes when its own copy matches.
  const plan = planOnScreen(role, chosen, l.plan);

  // The address follows the plan on screen, so a reload opens that plan and not an older one.
  // The projector's address never holds notes.
  useEffect(() => {
    if (choice?.ok && plan) history.replaceState(null, '', `#plan=${encodePlan(plan)}`);
  }, [choice, plan]);

  const slides = useMemo(() => (plan ? slidesOf(plan, catalog) : []), [plan, catalog]);
  const index = Math.min(l.index, Math.max(0, slides.length - 1));
  const slide = slides[index];

  useEffect(() => {
    if (slide && announce.current)
      announce.current.textContent = format(t['session.announce'], {
        n: index + 1,
        of: slides.length,
        title: slide.title,
      });
  }, [index, slide?.title]);

  /** The plan to open the other window on: what runs, else this window's own plan without its notes. */
  const shared = l.plan ?? (chosen && withoutNotes(chosen));
  return { choice, l, plan, slides, index, slide, announce, shared };
}

const typing = (el: EventTarget | null) =>
  el instanceof HTMLElement && !!el.closest('input, textarea, select, [contenteditable="true"]');

/**
 * The keys that move through the steps: → PageDown space forward, ← PageUp back, Home, End; so a
 * presentation clicker works. `own` handles a view's own keys first (Escape, or F for full
 * screen) and says whether it did. A layout effect: the keys work from the moment the step is on
 * screen, not one frame later.
 */
export function useStepKeys(
  slides: Slide[],
  own: { escape?: () => boolean; key?: (key: string) => boolean },
  deps: unknown[],
) {
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && own.escape?.()) return;
      if (e.altKey || e.ctrlKey || e.metaKey || !slides.length || typing(e.target)) return;
      const onButton = e.target instanceof HTMLElement && !!e.target.closest('button, a[href], summary');
      if (e.key === 'ArrowRight' || e.key === 'PageDown' || (e.key === ' ' && !onButton))
        goTo(live.get().index + 1, slides);
      else if (e.key === 'ArrowLeft' || e.key === 'PageUp') goTo(live.get().index - 1, slides);
      else if (e.key === 'Home') goTo(0, slides);
      else if (e.key === 'End') goTo(slides.length - 1, slides);
      else if (!own.key?.(e.key)) return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [slides, ...deps]);
}
