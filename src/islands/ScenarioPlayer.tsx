/**
 * Plays a dilemma step by step: situation, choices (native radios in a fieldset), feedback that
 * explains why, then the next step; at an ending the reader's path is shown next to the
 * recommended one, and the scenario can be restarted. The path is kept in the progress store.
 *
 * Its slot is the text version: every step with the feedback behind <details>
 * (src/components/ScenarioText.astro), for no-JS and print. The server also renders the player at
 * its first step, so the box does not change when the island hydrates; CSS shows one of the two.
 * Focus follows every action: the feedback after "Kies", the new step's heading after "Verder"
 * and "Opnieuw beginnen".
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { format, verdictLabel as label, type Verdict } from '../i18n/format.ts';
import type { ScenarioPlayerStrings } from './keys.ts';
import {
  describePath,
  recommendedPath,
  walkPath,
  type PathEntry,
  type PlayScenario,
  type PlayStep,
} from '../lib/quiz.ts';
import { getScenario, saveScenario } from '../stores/progress.ts';
import type { SourceRef } from '../lib/sources.ts';
import { useMounted } from './use-mounted.ts';

interface Props {
  /** Its strings (src/islands/keys.ts, scenarioPlayerKeys). */
  t: ScenarioPlayerStrings;
  scenario: PlayScenario;
  sources: Record<string, SourceRef>;
  sourcesUrl: string;
  /** Heading level of the scenario title; steps get the next level. */
  level?: 2 | 3;
  /** The text version, shown until the island runs. */
  children?: ComponentChildren;
}

function verdictLabel(t: ScenarioPlayerStrings, mode: PlayScenario['mode'], v?: Verdict) {
  return label({ verdict: t['scenario.verdict'], weighing: t['scenario.weighing'] }, mode, v);
}

function Feedback({ step, choice, props }: { step: PlayStep; choice: string; props: Props }) {
  const c = step.choices.find((x) => x.id === choice);
  if (!c) return null;
  const src = c.source ? props.sources[c.source] : undefined;
  return (
    <div class={`vr-feedback vr-feedback--${c.verdict ?? 'kan'}`}>
      {c.verdict && (
        <p class="utrecht-paragraph">
          <strong>{verdictLabel(props.t, props.scenario.mode, c.verdict)}.</strong>
        </p>
      )}
      <p class="utrecht-paragraph">{c.feedback}</p>
      {src && c.source && (
        <p class="utrecht-paragraph">
          {props.t['quiz.source']}:{' '}
          <a class="utrecht-link" href={`${props.sourcesUrl}#${c.source}`}>
            [{src.n}] {src.title}
          </a>
        </p>
      )}
    </div>
  );
}

export default function ScenarioPlayer(props: Props) {
  const { t } = props;
  const s = props.scenario;
  const level = props.level ?? 3;
  const HS = `h${level + 1}` as 'h3' | 'h4';
  const live = useMounted();
  const [path, setPath] = useState<PathEntry[]>([]);
  const [picked, setPicked] = useState<string>('');
  const [answered, setAnswered] = useState<string>('');
  const [hint, setHint] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const feedback = useRef<HTMLDivElement>(null);
  /** Where focus goes after the next render, so it never drops to <body> when a button goes. */
  const focusNext = useRef<'heading' | 'feedback' | null>(null);

  // The first render matches the server's (the first step); a saved path comes in after it.
  useEffect(() => {
    setPath(walkPath(s, getScenario(s.id)?.pad ?? []).valid);
  }, [s]);

  const { current } = walkPath(s, path);
  const step = s.steps.find((x) => x.id === current) ?? s.steps[0]!;

  // A layout effect, run with the render it follows. A passive effect could run late, at the start
  // of the next render (Preact flushes it there), and spend the request on the old DOM: the
  // feedback box did not exist yet, and focus stayed on <body>.
  useLayoutEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'heading') heading.current?.focus();
    else if (target === 'feedback') feedback.current?.focus();
  });

  // The text version stays in the page: it is what prints, and what a reader without JavaScript
  // reads. CSS shows either it or the player (global.css), so hydrating changes no box.
  const text = <div class="vr-island-text">{props.children}</div>;

  const choose = (e: Event) => {
    e.preventDefault();
    if (!picked) {
      setHint(t['quiz.chooseFirst']);
      return;
    }
    setHint('');
    focusNext.current = 'feedback';
    setAnswered(picked);
  };
  const next = () => {
    const c = step.choices.find((x) => x.id === answered);
    if (!c) return;
    const newPath = [...path, { step: step.id, choice: c.id }];
    const target = s.steps.find((x) => x.id === c.next);
    focusNext.current = 'heading';
    setPath(newPath);
    setPicked('');
    setAnswered('');
    saveScenario(s.id, newPath, target?.ending?.kind);
  };
  const restart = () => {
    focusNext.current = 'heading';
    setPath([]);
    setPicked('');
    setAnswered('');
    saveScenario(s.id, []);
  };
  const base = `sc-${s.id}-${step.id}`;

  return (
    <div class="vr-scenario" data-scenario={s.id} data-live={live ? 'ja' : 'nee'} data-step={step.id}>
      {text}
      <div class="vr-island-live">
        {s.mode === 'open' && <p class="utrecht-paragraph vr-meta">{t['scenario.open']}</p>}
        <HS class={`utrecht-heading-${level + 1}`} tabIndex={-1} ref={heading}>
          {step.ending
            ? `${t['scenario.end']}: ${step.title}`
            : `${format(t['scenario.step'], { n: path.length + 1 })}: ${step.title}`}
        </HS>
        <p class="utrecht-paragraph">{step.situation}</p>
        {step.ending ? (
          <>
            <div class={`vr-feedback vr-feedback--${step.ending.kind}`}>
              <p class="utrecht-paragraph">
                <strong>{t['scenario.ending'][step.ending.kind]}.</strong> {step.ending.text}
              </p>
            </div>
            <div class="vr-scenario__paths">
              <div>
                <p class="utrecht-paragraph">
                  <strong>{t['scenario.yourPath']}</strong>
                </p>
                <ol class="utrecht-ordered-list" data-path="jouw">
                  {describePath(s, path).map((p, i) => (
                    <li class="utrecht-ordered-list__item" key={i}>
                      {p.step}: {p.choice}
                      {p.verdict && ` (${verdictLabel(t, s.mode, p.verdict as Verdict).toLowerCase()})`}
                    </li>
                  ))}
                </ol>
              </div>
              {s.recommended.length > 0 && (
                <div>
                  <p class="utrecht-paragraph">
                    <strong>{t['scenario.recommended']}</strong>
                  </p>
                  <ol class="utrecht-ordered-list" data-path="aanbevolen">
                    {describePath(s, recommendedPath(s)).map((p, i) => (
                      <li class="utrecht-ordered-list__item" key={i}>
                        {p.step}: {p.choice}
                      </li>
                    ))}
                  </ol>
                </div>
              )}
            </div>
            <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={restart}>
              {t['scenario.restart']}
            </button>
          </>
        ) : (
          <form onSubmit={choose}>
            <fieldset class="utrecht-form-fieldset" aria-describedby={`${base}-feedback`}>
              <legend class="utrecht-form-fieldset__legend">{step.question}</legend>
              {step.choices.map((c) => (
                <div class="vr-option" key={c.id}>
                  <input
                    type="radio"
                    id={`${base}-${c.id}`}
                    name={base}
                    value={c.id}
                    checked={picked === c.id}
                    disabled={!!answered}
                    onChange={() => {
                      setPicked(c.id);
                      setHint('');
                    }}
                  />
                  <label for={`${base}-${c.id}`}>{c.text}</label>
                </div>
              ))}
            </fieldset>
            {!answered && (
              <button type="submit" class="utrecht-button utrecht-button--primary-action">
                {t['scenario.choose']}
              </button>
            )}
            <div id={`${base}-feedback`}>
              {/* role="status" is a polite live region of its own. */}
              <div role="status">{hint}</div>
              {answered && (
                <div tabIndex={-1} ref={feedback} class="vr-scenario__feedback">
                  <Feedback step={step} choice={answered} props={props} />
                </div>
              )}
            </div>
            {answered && (
              <button
                type="button"
                class="utrecht-button utrecht-button--primary-action vr-scenario__next"
                onClick={next}
              >
                {t['scenario.next']}
              </button>
            )}
          </form>
        )}
        {path.length > 0 && !step.ending && (
          <button type="button" class="utrecht-button utrecht-button--subtle vr-scenario__restart" onClick={restart}>
            {t['scenario.restart']}
          </button>
        )}
      </div>
    </div>
  );
}
