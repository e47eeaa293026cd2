/**
 * The projector view: one step at a time in large type (fitted by src/islands/projector-fit.ts, a
 * script of this page only); moves with ← → space PageUp PageDown, so a presentation clicker works.
 * It receives only the projector catalog and a plan without notes, so no facilitator note is ever
 * in its DOM. A control panel (closed by default) serves a griffier with one screen: timer, what
 * comes next, tally entry. The plan comes from the link (#plan=…), else from the running session.
 */
import { useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { Catalog } from '../../lib/slides.ts';
import type { ProjectorStrings } from '../keys.ts';
import { useFocusAfter } from '../use-focus.ts';
import { SlideView } from './SlideView.tsx';
import { NoStep, StepNav, UpNext } from './Steps.tsx';
import { TallyEntry } from './Tally.tsx';
import { Timer } from './Timer.tsx';
import { openWindow, useSession, useStepKeys, type SessionUrls } from './use-session.ts';

interface Props {
  /** Its strings (src/islands/keys.ts, projectorKeys); and passes them on to its parts. */
  t: ProjectorStrings;
  catalog: Catalog;
  urls: SessionUrls;
  /** Shown until the island runs (no JavaScript). */
  children?: ComponentChildren;
}

const fullscreen = () => {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
};

export default function Projector({ t, catalog, urls, children }: Props) {
  const { choice, l, plan, slides, index, slide, announce, shared } = useSession('projector', catalog, t);
  const [panel, setPanel] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const focusSoon = useFocusAfter();
  useStepKeys(
    slides,
    {
      escape: () => {
        if (!panel) return false;
        setPanel(false);
        focusSoon(() => toggle.current);
        return true;
      },
      key: (key) => {
        if (key !== 'f' && key !== 'F') return false;
        fullscreen();
        return true;
      },
    },
    [panel],
  );

  if (!choice) return <>{children}</>;
  if (!choice.ok || !plan || !slide) return <NoStep t={t} choice={choice} empty={t['session.waiting']} urls={urls} />;

  const part = plan.parts[slide.part];
  return (
    <div class={`vr-present${panel ? ' vr-present--panel' : ''}`}>
      {/* Its type size is fitted by projector-fit.ts, a script of the projector page only. */}
      <div class="vr-slide" key={index}>
        <div class="vr-slide__inner">
          <SlideView t={t} slide={slide} l={l} level="h2" />
        </div>
      </div>
      <p class="vr-visually-hidden" aria-live="polite" ref={announce} />
      <div class="vr-present__bar">
        <StepNav t={t} index={index} slides={slides} />
        <p class="vr-actions">
          <button type="button" class="utrecht-button utrecht-button--subtle" onClick={fullscreen}>
            {t['session.fullscreen']}
          </button>
          <button
            type="button"
            ref={toggle}
            class="utrecht-button utrecht-button--subtle"
            aria-expanded={panel}
            aria-controls="vr-panel"
            onClick={() => setPanel(!panel)}
          >
            {t['session.panel']}
          </button>
          <a class="utrecht-link vr-present__help" href={urls.help}>
            {t['nav.hulp']}
          </a>
        </p>
      </div>
      {panel && (
        <aside id="vr-panel" class="vr-panel" aria-label={t['session.panel']}>
          <Timer t={t} l={l} minutes={part?.minutes ?? 0} />
          {slide.kind === 'keuze' && <TallyEntry t={t} slide={slide} l={l} />}
          <UpNext t={t} plan={plan} next={slides[index + 1]} />
          <p class="utrecht-paragraph">{t['session.keys']}</p>
          <p class="vr-actions">
            <button
              type="button"
              class="utrecht-button utrecht-button--secondary-action"
              onClick={() => openWindow(urls.control, 'vr-regie', shared)}
            >
              {t['session.openControl']}
            </button>
          </p>
        </aside>
      )}
    </div>
  );
}
