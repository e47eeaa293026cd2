/**
 * The griffier's control view: the step on the projector, the notes for it, what comes next, the
 * timer, the show of hands and the agreements. It runs beside the projector window (Projector.tsx)
 * and stays in step with it. The plan comes from the link (#plan=…), else from the running
 * session, else from the griffier's saved plan; with the saved plan's notes when it matches.
 */
import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { format, type Verdict } from '../../i18n/format.ts';
import type { Plan } from '../../lib/session-plan.ts';
import type { Catalog, FacilitatorNotes, Slide } from '../../lib/slides.ts';
import { freshRun, updateLive } from '../../stores/session.ts';
import { Agreements } from '../Agreements.tsx';
import type { ControlStrings } from '../keys.ts';
import { SlideView } from './SlideView.tsx';
import { NoStep, StepNav, UpNext } from './Steps.tsx';
import { TallyEntry } from './Tally.tsx';
import { Timer } from './Timer.tsx';
import { openWindow, useSession, useStepKeys, type SessionUrls } from './use-session.ts';

interface Props {
  /** Its strings (src/islands/keys.ts, controlKeys); and passes them on to its parts, Agreements as a prop. */
  t: ControlStrings;
  catalog: Catalog;
  notes?: FacilitatorNotes;
  urls: SessionUrls;
  /** Shown until the island runs (no JavaScript). */
  children?: ComponentChildren;
}

/** The griffier's notes for the step: the plan's own notes, the dilemma's notes and its answer key. */
function Notes({ t, slide, plan, notes }: { t: ControlStrings; slide: Slide; plan: Plan; notes: FacilitatorNotes }) {
  const part = plan.parts[slide.part];
  const scenario =
    slide.kind === 'keuze' || slide.kind === 'situatie' || (slide.kind === 'bespreken' && part?.kind === 'dilemma')
      ? notes[part?.ref ?? '']
      : undefined;
  const options = slide.kind === 'keuze' ? scenario?.options[slide.step.id] : undefined;
  const empty = !part?.notes && !scenario && !options;
  return (
    <section class="vr-notes" aria-labelledby="vr-notes-h">
      <h2 id="vr-notes-h" class="utrecht-heading-3">
        {t['session.notes']}
      </h2>
      {empty && <p class="utrecht-paragraph">{t['session.noNotes']}</p>}
      {part?.notes && (
        <p class="utrecht-paragraph">
          <strong>{t['session.planNotes']}:</strong> {part.notes}
        </p>
      )}
      {scenario && (
        <ul class="utrecht-unordered-list">
          {scenario.notes.map((n) => (
            <li key={n} class="utrecht-unordered-list__item">
              {n}
            </li>
          ))}
        </ul>
      )}
      {options && slide.kind === 'keuze' && (
        <>
          <h3 class="utrecht-heading-4">{t['session.answerKey']}</h3>
          <ol class="vr-answer-key">
            {slide.step.options.map((o) => {
              const a = options[o.id];
              return (
                <li key={o.id}>
                  <strong>
                    {a?.verdict
                      ? (scenario?.mode === 'open' ? t['session.weighing'] : t['session.verdict'])[a.verdict as Verdict]
                      : ''}
                  </strong>{' '}
                  {a?.feedback}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}

export default function Control({ t, catalog, notes, urls, children }: Props) {
  const { choice, l, plan, slides, index, slide, announce, shared } = useSession('control', catalog, t);
  /** The griffier answered "start over or carry on" for a session picked up past its first step. */
  const [answered, setAnswered] = useState(false);
  useStepKeys(slides, {}, []);

  if (!choice) return <>{children}</>;
  if (!choice.ok || !plan || !slide) return <NoStep t={t} choice={choice} empty={t['session.noPlan']} urls={urls} />;

  const part = plan.parts[slide.part];
  const resumed = choice.resumed && !answered;
  return (
    <div class="vr-control">
      <p class="vr-visually-hidden" aria-live="polite" ref={announce} />
      <div class="vr-control__main">
        <p class="vr-actions">
          <button
            type="button"
            class="utrecht-button utrecht-button--primary-action"
            onClick={() => openWindow(urls.projector, 'vr-projectie', shared)}
          >
            {t['session.openProjector']}
          </button>
        </p>
        {resumed && (
          <div class="vr-alert" role="status">
            <p class="utrecht-paragraph">{format(t['session.resumed'], { n: index + 1 })}</p>
            <p class="vr-actions">
              <button
                type="button"
                class="utrecht-button utrecht-button--secondary-action"
                onClick={() => {
                  updateLive(() => freshRun(l.plan!, Date.now()));
                  setAnswered(true);
                }}
              >
                {t['session.restart']}
              </button>
              <button type="button" class="utrecht-button utrecht-button--subtle" onClick={() => setAnswered(true)}>
                {t['session.carryOn']}
              </button>
            </p>
          </div>
        )}
        <StepNav t={t} index={index} slides={slides} />
        <section class="vr-control__now" aria-labelledby="vr-now-h">
          <h2 id="vr-now-h" class="utrecht-heading-3">
            {t['session.nowShowing']}
          </h2>
          <div class="vr-slide vr-slide--preview">
            <div class="vr-slide__inner">
              <SlideView t={t} slide={slide} l={l} level="h3" />
            </div>
          </div>
        </section>
        <Notes t={t} slide={slide} plan={plan} notes={notes ?? {}} />
        <UpNext t={t} plan={plan} next={slides[index + 1]} />
        <p class="utrecht-paragraph">{t['session.keys']}</p>
      </div>
      <div class="vr-control__side">
        <Timer t={t} l={l} minutes={part?.minutes ?? 0} />
        {slide.kind === 'keuze' && <TallyEntry t={t} slide={slide} l={l} />}
        <Agreements t={t} compact pageUrl={urls.agreements} />
      </div>
    </div>
  );
}
