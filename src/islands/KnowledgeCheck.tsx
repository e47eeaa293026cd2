/**
 * Knowledge check: single choice, multiple choice, true/false and reflection questions.
 *
 * Its slot is the text version: the questions with the answer behind <details>
 * (src/components/QuizText.astro), for no-JS and print. The server also renders the forms,
 * unanswered, so the box does not change when the island hydrates; CSS shows one of the two
 * (global.css, "scripting"). Once it runs: native radios or checkboxes in a fieldset, feedback
 * that takes the focus, a retry only after a wrong answer (which does not give the right one
 * away), and answers kept in the progress store.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { format } from '../i18n/format.ts';
import type { KnowledgeCheckStrings } from './keys.ts';
import { scoreQuestion, tally, type QuizQuestion } from '../lib/quiz.ts';
import {
  getReflection,
  progress,
  progressKeys,
  saveAnswer,
  saveReflection,
  type AnswerState,
} from '../stores/progress.ts';
import type { SourceRef } from '../lib/sources.ts';
import { useKeys } from './use-keys.ts';
import { useMounted } from './use-mounted.ts';

interface Props {
  /** Its strings (src/islands/keys.ts, knowledgeCheckKeys). */
  t: KnowledgeCheckStrings;
  questions: QuizQuestion[];
  sources: Record<string, SourceRef>;
  /** Link to the sources page, with the base path. */
  sourcesUrl: string;
  /** Id prefix for headings and fields, unique on the page. */
  idPrefix?: string;
  /** The text version, shown until the island runs. */
  children?: ComponentChildren;
}

function SourceLink({
  id,
  sources,
  sourcesUrl,
  t,
}: {
  id?: string;
  sources: Record<string, SourceRef>;
  sourcesUrl: string;
  t: KnowledgeCheckStrings;
}) {
  const s = id ? sources[id] : undefined;
  if (!id || !s) return null;
  return (
    <p class="utrecht-paragraph vr-quiz__source">
      {t['quiz.source']}:{' '}
      <a class="utrecht-link" href={`${sourcesUrl}#${id}`}>
        [{s.n}] {s.title}
      </a>
    </p>
  );
}

function ChoiceQuestion({ q, n, props, live }: { q: QuizQuestion; n: number; props: Props; live: boolean }) {
  const { t } = props;
  const key = progressKeys.question(q.id);
  const stored = useKeys(progress, [key])[key] as AnswerState | undefined;
  // The first render matches the server's (nothing answered); a saved answer comes in after it.
  const [chosen, setChosen] = useState<string[]>([]);
  const [checked, setChecked] = useState(false);
  const [hint, setHint] = useState('');
  const feedbackBox = useRef<HTMLDivElement>(null);
  const fields = useRef<HTMLFieldSetElement>(null);
  /** What takes the focus after the next render, so it never drops to <body> when a button goes. */
  const focusNext = useRef<() => HTMLElement | null | undefined>();
  const multiple = q.type === 'multiple';
  const base = `${props.idPrefix ?? 'vraag'}-${q.id}`;
  const result = checked ? scoreQuestion(q, chosen) : undefined;

  useEffect(() => {
    if (!live || !stored) return;
    setChosen(stored.antwoord);
    setChecked(true);
  }, [live]);

  // A layout effect, as in ScenarioPlayer: a late passive effect would focus on the old DOM.
  useLayoutEffect(() => {
    focusNext.current?.()?.focus();
    focusNext.current = undefined;
  });

  const toggle = (id: string, on: boolean) => {
    setHint('');
    setChosen((c) => (multiple ? (on ? [...c, id] : c.filter((x) => x !== id)) : [id]));
  };
  const submit = (e: Event) => {
    e.preventDefault();
    if (chosen.length === 0) {
      setHint(t['quiz.chooseFirst']);
      return;
    }
    focusNext.current = () => feedbackBox.current;
    setChecked(true);
    saveAnswer(q.id, chosen, scoreQuestion(q, chosen).correct);
  };
  const retry = () => {
    focusNext.current = () => fields.current?.querySelector('input');
    setChecked(false);
    setChosen([]);
  };

  return (
    <form
      class="vr-quiz__question"
      data-question={q.id}
      data-type={q.type}
      data-state={result ? (result.correct ? 'goed' : 'fout') : 'open'}
      onSubmit={submit}
    >
      <fieldset class="utrecht-form-fieldset" aria-describedby={`${base}-feedback`} ref={fields}>
        <legend class="utrecht-form-fieldset__legend">
          <span class="vr-quiz__number">{n}.</span> {q.prompt}
          {multiple && <span class="vr-quiz__hint"> {t['quiz.allThatApply']}</span>}
        </legend>
        {q.options.map((o) => {
          const id = `${base}-${o.id}`;
          const mark = result && chosen.includes(o.id) ? (o.correct ? ' vr-option--right' : ' vr-option--wrong') : '';
          return (
            <div class={`vr-option${mark}`} key={o.id}>
              <input
                type={multiple ? 'checkbox' : 'radio'}
                id={id}
                name={base}
                value={o.id}
                checked={chosen.includes(o.id)}
                disabled={checked}
                onChange={(e) => toggle(o.id, (e.currentTarget as HTMLInputElement).checked)}
              />
              <label for={id}>{o.text}</label>
            </div>
          );
        })}
      </fieldset>
      {!checked && (
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          {t['quiz.check']}
        </button>
      )}
      <div id={`${base}-feedback`} class="vr-quiz__feedback">
        {/* role="status" is a polite live region of its own. */}
        <div role="status">{hint}</div>
        {result && (
          <div
            class={`vr-feedback ${result.correct ? 'vr-feedback--right' : 'vr-feedback--wrong'}`}
            tabIndex={-1}
            ref={feedbackBox}
          >
            <p class="utrecht-paragraph">
              <strong>{result.correct ? t['quiz.right'] : t['quiz.wrong']}</strong>
            </p>
            {/* Why each chosen option is (not) right; a wrong answer does not give the right one away. */}
            <ul class="utrecht-unordered-list">
              {q.options
                .filter((o) => chosen.includes(o.id))
                .map((o) => (
                  <li class="utrecht-unordered-list__item" key={o.id}>
                    <strong>
                      {o.text} ({o.correct ? t['quiz.optionRight'] : t['quiz.optionWrong']})
                    </strong>
                    {o.feedback && `: ${o.feedback}`}
                  </li>
                ))}
            </ul>
            {result.correct && (
              <>
                <p class="utrecht-paragraph">
                  <strong>{t['quiz.explanation']}:</strong> {q.explanation}
                </p>
                <SourceLink id={q.source} sources={props.sources} sourcesUrl={props.sourcesUrl} t={t} />
              </>
            )}
          </div>
        )}
      </div>
      {result && !result.correct && (
        <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={retry}>
          {t['quiz.retry']}
        </button>
      )}
    </form>
  );
}

function ReflectionQuestion({ q, n, props, live }: { q: QuizQuestion; n: number; props: Props; live: boolean }) {
  const { t } = props;
  // Empty at first, as on the server; the saved text comes in once the island runs.
  const [text, setText] = useState('');
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (live) setText(getReflection(q.id)?.tekst ?? '');
  }, [live]);
  const id = `${props.idPrefix ?? 'vraag'}-${q.id}`;
  return (
    <form
      class="vr-quiz__question"
      data-question={q.id}
      data-type={q.type}
      onSubmit={(e) => {
        e.preventDefault();
        saveReflection(q.id, text.trim());
        setSaved(true);
      }}
    >
      <label class="utrecht-form-label vr-quiz__prompt" for={id}>
        <span class="vr-quiz__number">{n}.</span> {q.prompt}
      </label>
      <p class="utrecht-paragraph vr-quiz__hint" id={`${id}-hint`}>
        {t['quiz.reflection']}
      </p>
      <textarea
        class="utrecht-textarea"
        id={id}
        rows={4}
        aria-describedby={`${id}-hint`}
        value={text}
        onInput={(e) => {
          setText((e.currentTarget as HTMLTextAreaElement).value);
          setSaved(false);
        }}
      />
      <button type="submit" class="utrecht-button utrecht-button--secondary-action">
        {t['quiz.save']}
      </button>
      <div role="status" aria-live="polite">
        {saved && (
          <>
            <p class="utrecht-paragraph">{t['quiz.saved']}</p>
            <p class="utrecht-paragraph">
              <strong>{t['quiz.think']}:</strong> {q.explanation}
            </p>
          </>
        )}
      </div>
    </form>
  );
}

export default function KnowledgeCheck(props: Props) {
  const { t } = props;
  // The server renders the text version (the slot, for no-JS and print) and the forms, unanswered;
  // CSS shows one of them, so the box does not change when the island hydrates. Saved answers come
  // in once it runs (`live`).
  const live = useMounted();
  const map = useKeys(
    progress,
    props.questions.map((q) => progressKeys.question(q.id)),
  );
  const graded = props.questions.filter((q) => q.type !== 'reflection');
  const score = tally(graded.map((q) => (map[progressKeys.question(q.id)] as AnswerState | undefined)?.goed));

  return (
    <div class="vr-quiz" data-live={live ? 'ja' : 'nee'}>
      {/* The text version stays in the page: it is what prints (see global.css). */}
      <div class="vr-island-text">{props.children}</div>
      <div class="vr-island-live">
        {props.questions.map((q, i) =>
          q.type === 'reflection' ? (
            <ReflectionQuestion key={q.id} q={q} n={i + 1} props={props} live={live} />
          ) : (
            <ChoiceQuestion key={q.id} q={q} n={i + 1} props={props} live={live} />
          ),
        )}
        {live && score.answered > 0 && (
          <p class="utrecht-paragraph vr-quiz__score" data-score={`${score.right}/${graded.length}`}>
            {format(t['quiz.score'], { right: score.right, total: graded.length })}
          </p>
        )}
      </div>
    </div>
  );
}
