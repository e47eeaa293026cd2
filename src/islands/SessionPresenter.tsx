// TEMPORARY: session islands convert after the split
/**
 * The griffier's session on screen, in two roles that run in two windows and stay in step over a
 * BroadcastChannel (src/stores/session.ts):
 * - projector: one step at a time in large type; moves with ← → space PageUp PageDown, so a
 *   presentation clicker works. It receives only the projector catalog and a plan without notes,
 *   so no facilitator note is ever in its DOM. A control panel (closed by default) serves a
 *   griffier with one screen: timer, what comes next, tally entry.
 * - control: the same step, the notes for it, what comes next, the timer, tallies and agreements.
 * The plan comes from the link (#plan=…), else from the running session.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { sessionText as t } from '../i18n/nl-sessie.ts';
import { decodePlan, encodePlan, planFromHash, withoutNotes, type Plan } from '../lib/session-plan.ts';
import { knownIds, slidesOf, type Catalog, type FacilitatorNotes, type Slide } from '../lib/slides.ts';
import { agreements, freshRun, joinSession, live, savedPlan, switchPart, timerSpent, updateLive, type Live } from '../stores/session.ts';
import { Agreements } from './Agreements.tsx';
import { BadPlan } from './BadPlan.tsx';
import { useStore } from './use-store.ts';

interface Props {
  role: 'projector' | 'control';
  catalog: Catalog;
  /** Control view only. */
  notes?: FacilitatorNotes;
  urls: { builder: string; plans: string; control: string; projector: string; help: string; agreements: string };
  /** Shown until the island runs (no JavaScript). */
  children?: ComponentChildren;
}

const same = (a: Plan | null, b: Plan | null) => JSON.stringify(a) === JSON.stringify(b);

/** Starts `plan` as the running session, or picks up where it was if it is the same plan. */
function start(plan: Plan) {
  const shown = withoutNotes(plan);
  if (!same(live.get().plan, shown)) updateLive(() => freshRun(shown, Date.now()));
}

function goTo(index: number, slides: Slide[]) {
  const i = Math.max(0, Math.min(slides.length - 1, index));
  updateLive((l) => ({ index: i, ...switchPart(l, slides[i]?.part ?? 0, Date.now()) }));
}

const mmss = (ms: number) => {
  const s = Math.floor(Math.abs(ms) / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

function Timer({ l, minutes }: { l: Live; minutes: number }) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (l.timer.since === null) return;
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [l.timer.since]);
  const left = minutes * 60_000 - timerSpent(l.timer, Math.max(now, l.timer.since ?? 0));
  const running = l.timer.since !== null;
  return (
    <section class="vr-timer" aria-labelledby="vr-timer-h">
      <h2 id="vr-timer-h" class="utrecht-heading-3">{t.timer}</h2>
      <p class={`vr-timer__time${left < 0 ? ' vr-timer__time--over' : ''}`} role="timer">
        {left >= 0 ? t.timeLeft(mmss(left), minutes) : t.overTime(mmss(left))}
      </p>
      <p class="vr-actions">
        <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() =>
          updateLive((x) => ({ timer: running ? { ...x.timer, spent: timerSpent(x.timer, Date.now()), since: null } : { ...x.timer, since: Date.now() } }))
        }>
          {running ? t.pause : t.start}
        </button>
        <button type="button" class="utrecht-button utrecht-button--subtle" onClick={() => updateLive((x) => ({ timer: { part: x.timer.part, spent: 0, since: x.timer.since === null ? null : Date.now() } }))}>
          {t.resetTimer}
        </button>
      </p>
    </section>
  );
}

/** The show-of-hands result: bars for the eye, the numbers in text for everyone. */
export function TallyChart({ slide, counts }: { slide: Extract<Slide, { kind: 'keuze' }>; counts: Record<string, number> }) {
  const total = slide.step.options.reduce((sum, o) => sum + (counts[o.id] ?? 0), 0);
  return (
    <figure class="vr-tally">
      <figcaption class="vr-tally__caption">
        {t.result}: {t.totalHands(total)}
      </figcaption>
      <ol class="vr-tally__list">
        {slide.step.options.map((o, i) => {
          const n = counts[o.id] ?? 0;
          const pct = total ? Math.round((n / total) * 100) : 0;
          return (
            <li key={o.id} class="vr-tally__item">
              <span class="vr-tally__label">
                {String.fromCharCode(65 + i)}. {o.text}
              </span>
              <span class="vr-tally__bar" aria-hidden="true" style={{ '--vr-bar': `${pct}%` }} />
              <span class="vr-tally__n">{t.hands(n, pct)}</span>
            </li>
          );
        })}
      </ol>
    </figure>
  );
}

function TallyEntry({ slide, l }: { slide: Extract<Slide, { kind: 'keuze' }>; l: Live }) {
  const counts = l.tallies[slide.tally] ?? {};
  const shown = !!l.revealed[slide.tally];
  const set = (option: string, value: string) => {
    const n = Math.max(0, Math.min(999, Math.floor(Number(value) || 0)));
    updateLive((x) => ({ tallies: { ...x.tallies, [slide.tally]: { ...(x.tallies[slide.tally] ?? {}), [option]: n } } }));
  };
  return (
    <section class="vr-tally-entry" aria-labelledby="vr-tally-h">
      <h2 id="vr-tally-h" class="utrecht-heading-3">{t.tally}</h2>
      <p class="utrecht-paragraph">{t.tallyHelp}</p>
      <fieldset class="utrecht-form-fieldset">
        <legend class="utrecht-form-fieldset__legend">{slide.step.question || slide.step.title}</legend>
        {slide.step.options.map((o, i) => (
          <p key={o.id} class="vr-tally-entry__row">
            <label class="utrecht-form-label" for={`vr-tel-${o.id}`}>
              {String.fromCharCode(65 + i)}. {o.text}
            </label>
            <input id={`vr-tel-${o.id}`} class="utrecht-textbox vr-tally-entry__n" type="number" inputMode="numeric" min={0} max={999}
              value={counts[o.id] ?? 0} onInput={(e) => set(o.id, (e.target as HTMLInputElement).value)} />
          </p>
        ))}
      </fieldset>
      <p class="vr-actions">
        <button type="button" class="utrecht-button utrecht-button--primary-action" aria-pressed={shown}
          onClick={() => updateLive((x) => ({ revealed: { ...x.revealed, [slide.tally]: !shown } }))}>
          {shown ? t.hide : t.reveal}
        </button>
      </p>
      {shown ? <TallyChart slide={slide} counts={counts} /> : <p class="utrecht-paragraph">{t.hidden}</p>}
    </section>
  );
}

/** At the close, the room sees what it agreed, to confirm it. */
function AgreedSoFar({ since }: { since: number }) {
  const list = useStore(agreements).filter((a) => (a.op ?? 0) >= since);
  if (!list.length) return null;
  return (
    <>
      <p class="vr-slide__text"><strong>{t.agreements}:</strong></p>
      <ul class="vr-slide__list">
        {list.map((a) => <li key={a.id}>{[a.actie, a.wie, a.wanneer].filter(Boolean).join(' · ')}</li>)}
      </ul>
    </>
  );
}

function SlideView({ slide, l, level }: { slide: Slide; l: Live; level: 'h2' | 'h3' }) {
  const H = level;
  if (slide.kind === 'tekst') {
    return (
      <>
        <p class="vr-slide__label">{slide.label}</p>
        <H class="vr-slide__title">{slide.title}</H>
        {slide.text && <p class="vr-slide__text">{slide.text}</p>}
        {slide.closing && <AgreedSoFar since={l.started} />}
      </>
    );
  }
  if (slide.kind === 'module') {
    return (
      <>
        <p class="vr-slide__label">{t.kinds.module}: {slide.module.title}</p>
        <H class="vr-slide__title">{slide.title}</H>
        <p class="vr-slide__text">{slide.module.summary}</p>
        <p class="vr-slide__text"><strong>{t.moduleGoals}:</strong></p>
        <ul class="vr-slide__list">{slide.module.goals.map((g) => <li key={g}>{g}</li>)}</ul>
      </>
    );
  }
  if (slide.kind === 'bespreken') {
    return (
      <>
        <p class="vr-slide__label">{t.discuss}</p>
        <H class="vr-slide__title">{slide.title}</H>
        <ul class="vr-slide__list vr-slide__list--questions">{slide.questions.map((q) => <li key={q}>{q}</li>)}</ul>
      </>
    );
  }
  if (slide.kind === 'situatie') {
    return (
      <>
        <p class="vr-slide__label">{t.decision(slide.of[0], slide.of[1])}</p>
        <H class="vr-slide__title">{slide.title}</H>
        <p class="vr-slide__text">{slide.step.situation}</p>
        <p class="vr-slide__text vr-slide__question"><strong>{slide.step.question}</strong></p>
        <p class="vr-slide__text">{t.optionsNext}</p>
      </>
    );
  }
  return (
    <>
      <p class="vr-slide__label">{t.decision(slide.of[0], slide.of[1])}</p>
      <H class="vr-slide__title">{slide.title}</H>
      {!slide.split && <p class="vr-slide__text">{slide.step.situation}</p>}
      <p class="vr-slide__text vr-slide__question"><strong>{slide.step.question}</strong></p>
      {/* Revealed, the chart takes the options' place: the same letters and texts, with the counts. */}
      {l.revealed[slide.tally] ? (
        <TallyChart slide={slide} counts={l.tallies[slide.tally] ?? {}} />
      ) : (
        <ol class="vr-slide__options">{slide.step.options.map((o) => <li key={o.id}>{o.text}</li>)}</ol>
      )}
    </>
  );
}

function Notes({ slide, plan, notes }: { slide: Slide; plan: Plan; notes: FacilitatorNotes }) {
  const part = plan.parts[slide.part];
  const scenario = slide.kind === 'keuze' || slide.kind === 'situatie' || (slide.kind === 'bespreken' && part?.kind === 'dilemma') ? notes[part?.ref ?? ''] : undefined;
  const options = slide.kind === 'keuze' ? scenario?.options[slide.step.id] : undefined;
  const empty = !part?.notes && !scenario && !options;
  return (
    <section class="vr-notes" aria-labelledby="vr-notes-h">
      <h2 id="vr-notes-h" class="utrecht-heading-3">{t.notes}</h2>
      {empty && <p class="utrecht-paragraph">{t.noNotes}</p>}
      {part?.notes && (
        <p class="utrecht-paragraph"><strong>{t.planNotes}:</strong> {part.notes}</p>
      )}
      {scenario && (
        <ul class="utrecht-unordered-list">{scenario.notes.map((n) => <li key={n} class="utrecht-unordered-list__item">{n}</li>)}</ul>
      )}
      {options && slide.kind === 'keuze' && (
        <>
          <h3 class="utrecht-heading-4">{t.answerKey}</h3>
          <ol class="vr-answer-key">
            {slide.step.options.map((o) => {
              const a = options[o.id];
              return (
                <li key={o.id}>
                  <strong>{a?.verdict ? (scenario?.mode === 'open' ? t.weighing : t.verdict)[a.verdict as keyof typeof t.verdict] : ''}</strong> {a?.feedback}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}


const reloadOnHash = () => location.reload();

const typing = (el: EventTarget | null) => el instanceof HTMLElement && !!el.closest('input, textarea, select, [contenteditable="true"]');

export default function SessionPresenter(props: Props) {
  const { role, catalog } = props;
  const l = useStore(live);
  const [fullPlan, setFullPlan] = useState<Plan | null>(null);
  const [bad, setBad] = useState<{ error: string; details: string[] } | null>(null);
  const [panel, setPanel] = useState(false);
  const [ready, setReady] = useState(false);
  const announce = useRef<HTMLParagraphElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const [resumed, setResumed] = useState(false);

  useEffect(() => {
    // The plan is read from the address once. A new #plan= typed or pasted into an open window only
    // changes the hash, which reloads no page: reload, so that link is read (or refused) too.
    addEventListener('hashchange', reloadOnHash);
    // Join first, so that starting a plan below reaches a window that is already open.
    joinSession();
    const fromLink = planFromHash(location.hash);
    if (fromLink) {
      const r = decodePlan(fromLink, knownIds(catalog));
      if (!r.ok) setBad({ error: r.error, details: r.details });
      else {
        // A link without notes (opened from the projector) gets them back from the griffier's own saved plan.
        const own = savedPlan.get();
        const withNotes = own && same(withoutNotes(own), withoutNotes(r.plan)) ? own : r.plan;
        setFullPlan(role === 'projector' ? withoutNotes(r.plan) : withNotes);
        if (role === 'control' && same(live.get().plan, withoutNotes(r.plan)) && live.get().index > 0) setResumed(true);
        start(r.plan);
      }
    } else if (role === 'control') {
      const own = savedPlan.get();
      const running = live.get().plan;
      const plan = running && own && same(withoutNotes(own), running) ? own : running ?? own;
      if (plan) {
        setFullPlan(plan);
        if (running && same(withoutNotes(plan), running) && live.get().index > 0) setResumed(true);
        start(plan);
      }
    }
    setReady(true);
  }, []);

  // The plan on screen; the control view adds the griffier's notes when its own copy matches.
  const plan = role === 'control' && fullPlan && same(withoutNotes(fullPlan), l.plan) ? fullPlan : l.plan;

  // The address follows the plan on screen, so a reload opens that plan and not an older one.
  // The projector's address never holds notes.
  useEffect(() => {
    if (ready && !bad && plan) history.replaceState(null, '', `#plan=${encodePlan(plan)}`);
  }, [ready, plan]);

  const slides = useMemo(() => (plan ? slidesOf(plan, catalog) : []), [plan, catalog]);
  const index = Math.min(l.index, Math.max(0, slides.length - 1));
  const slide = slides[index];

  // A layout effect: the keys work from the moment the step is on screen, not one frame later.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && panel) {
        setPanel(false);
        toggle.current?.focus();
        return;
      }
      if (e.altKey || e.ctrlKey || e.metaKey || !slides.length || typing(e.target)) return;
      const onButton = e.target instanceof HTMLElement && !!e.target.closest('button, a[href], summary');
      if (e.key === 'ArrowRight' || e.key === 'PageDown' || (e.key === ' ' && !onButton)) goTo(live.get().index + 1, slides);
      else if (e.key === 'ArrowLeft' || e.key === 'PageUp') goTo(live.get().index - 1, slides);
      else if (e.key === 'Home') goTo(0, slides);
      else if (e.key === 'End') goTo(slides.length - 1, slides);
      else if ((e.key === 'f' || e.key === 'F') && role === 'projector') fullscreen();
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [slides, panel]);

  useEffect(() => {
    if (slide && announce.current) announce.current.textContent = t.announce(index + 1, slides.length, slide.title);
  }, [index, slide?.title]);

  const fullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };
  const openOther = () => {
    const target = role === 'control' ? props.urls.projector : props.urls.control;
    const shown = l.plan ?? (fullPlan && withoutNotes(fullPlan));
    window.open(`${target}${shown ? `#plan=${encodePlan(shown)}` : ''}`, role === 'control' ? 'vr-projectie' : 'vr-regie', 'popup');
  };

  if (!ready) return <>{props.children}</>;
  if (bad) {
    return (
      <BadPlan {...bad}>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={props.urls.builder}>{t.toBuilder}</a> · <a class="utrecht-link" href={props.urls.plans}>{t.toPlans}</a>
        </p>
      </BadPlan>
    );
  }
  if (!plan || !slide) {
    return (
      <div class="vr-alert" role="status">
        <p class="utrecht-paragraph">{role === 'projector' ? t.waiting : t.noPlan}</p>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={props.urls.plans}>{t.toPlans}</a> · <a class="utrecht-link" href={props.urls.builder}>{t.toBuilder}</a>
        </p>
      </div>
    );
  }

  const next = slides[index + 1];
  const part = plan.parts[slide.part];
  const nav = (
    <p class="vr-present__nav">
      {/* aria-disabled, not disabled: the button keeps the keyboard focus at the first and last step. */}
      <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => index > 0 && goTo(index - 1, slides)} aria-disabled={index === 0}>← {t.prev}</button>
      <span class="vr-present__count">{t.step(index + 1, slides.length)}</span>
      <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={() => index < slides.length - 1 && goTo(index + 1, slides)} aria-disabled={index === slides.length - 1}>{t.next} →</button>
    </p>
  );
  const upNext = (
    <section aria-labelledby="vr-next-h" class="vr-upnext">
      <h2 id="vr-next-h" class="utrecht-heading-3">{t.upNext}</h2>
      <p class="utrecht-paragraph">{next ? `${t.kinds[plan.parts[next.part]?.kind ?? 'opening']}: ${next.title}` : t.lastStep}</p>
    </section>
  );

  if (role === 'projector') {
    return (
      <div class={`vr-present${panel ? ' vr-present--panel' : ''}`}>
        {/* Its type size is fitted by projector-fit.ts, a script of the projector page only. */}
        <div class="vr-slide" key={index}>
          <div class="vr-slide__inner">
            <SlideView slide={slide} l={l} level="h2" />
          </div>
        </div>
        <p class="vr-visually-hidden" aria-live="polite" ref={announce} />
        <div class="vr-present__bar">
          {nav}
          <p class="vr-actions">
            <button type="button" class="utrecht-button utrecht-button--subtle" onClick={fullscreen}>{t.fullscreen}</button>
            <button type="button" ref={toggle} class="utrecht-button utrecht-button--subtle" aria-expanded={panel} aria-controls="vr-panel" onClick={() => setPanel(!panel)}>{t.panel}</button>
            <a class="utrecht-link vr-present__help" href={props.urls.help}>Hulp nodig?</a>
          </p>
        </div>
        {panel && (
          <aside id="vr-panel" class="vr-panel" aria-label={t.panel}>
            <Timer l={l} minutes={part?.minutes ?? 0} />
            {slide.kind === 'keuze' && <TallyEntry slide={slide} l={l} />}
            {upNext}
            <p class="utrecht-paragraph">{t.keys}</p>
            <p class="vr-actions">
              <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={openOther}>{t.openControl}</button>
            </p>
          </aside>
        )}
      </div>
    );
  }

  return (
    <div class="vr-control">
      <p class="vr-visually-hidden" aria-live="polite" ref={announce} />
      <div class="vr-control__main">
        <p class="vr-actions">
          <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={openOther}>{t.openProjector}</button>
        </p>
        {resumed && (
          <div class="vr-alert" role="status">
            <p class="utrecht-paragraph">{t.resumed(index + 1)}</p>
            <p class="vr-actions">
              <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => { updateLive(() => freshRun(l.plan!, Date.now())); setResumed(false); }}>{t.restart}</button>
              <button type="button" class="utrecht-button utrecht-button--subtle" onClick={() => setResumed(false)}>{t.carryOn}</button>
            </p>
          </div>
        )}
        {nav}
        <section class="vr-control__now" aria-labelledby="vr-now-h">
          <h2 id="vr-now-h" class="utrecht-heading-3">{t.nowShowing}</h2>
          <div class="vr-slide vr-slide--preview">
            <div class="vr-slide__inner">
              <SlideView slide={slide} l={l} level="h3" />
            </div>
          </div>
        </section>
        <Notes slide={slide} plan={plan} notes={props.notes ?? {}} />
        {upNext}
        <p class="utrecht-paragraph">{t.keys}</p>
      </div>
      <div class="vr-control__side">
        <Timer l={l} minutes={part?.minutes ?? 0} />
        {slide.kind === 'keuze' && <TallyEntry slide={slide} l={l} />}
        <Agreements compact pageUrl={props.urls.agreements} />
      </div>
    </div>
  );
}
