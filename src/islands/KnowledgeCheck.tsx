/**
 * Knowledge check: single choice, multiple choice, true/false and reflection questions.
 *
 * Before it runs (server render, no JavaScript, print) it shows its slot: the questions as text
 * with the answer behind <details> (src/components/QuizText.astro). Once it runs: a form per
 * question with native radios or checkboxes in a fieldset, feedback in a live region, retry, and
 * answers kept in the progress store.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { quizText as t } from '../i18n/nl.ts';
import { scoreQuestion, tally, type QuizQuestion } from '../lib/quiz.ts';
import { getReflection, progressKeys, saveAnswer, saveReflection, type AnswerState } from '../stores/progress.ts';
import { useProgress } from '../stores/use-progress.ts';

export interface SourceRef {
  n: number;
  title: string;
}

interface Props {
  questions: QuizQuestion[];
  sources: Record<string, SourceRef>;
  /** Link to the sources page, with the base path. */
  sourcesUrl: string;
  /** Id prefix for headings and fields, unique on the page. */
  idPrefix?: string;
  /** The text version, shown until the island runs. */
  children?: ComponentChildren;
}


function SourceLink({ id, sources, sourcesUrl }: { id?: string; sources: Record<string, SourceRef>; sourcesUrl: string }) {
  const s = id ? sources[id] : undefined;
  if (!id || !s) return null;
  return (
    <p class="utrecht-paragraph vr-quiz__source">
      {t.source}:{' '}
      <a class="utrecht-link" href={`${sourcesUrl}#${id}`}>
        [{s.n}] {s.title}
      </a>
    </p>
  );
}

function ChoiceQuestion({ q, n, props }: { q: QuizQuestion; n: number; props: Props }) {
  const key = progressKeys.question(q.id);
  const saved = useProgress([key])[key] as AnswerState | undefined;
  const [chosen, setChosen] = useState<string[]>(saved?.antwoord ?? []);
  const [checked, setChecked] = useState<boolean>(!!saved);
  const [hint, setHint] = useState('');
  const multiple = q.type === 'multiple';
  const base = `${props.idPrefix ?? 'vraag'}-${q.id}`;
  const result = checked ? scoreQuestion(q, chosen) : undefined;

  const toggle = (id: string, on: boolean) => {
    setHint('');
    setChosen((c) => (multiple ? (on ? [...c, id] : c.filter((x) => x !== id)) : [id]));
  };
  const submit = (e: Event) => {
    e.preventDefault();
    if (chosen.length === 0) {
      setHint(t.chooseFirst);
      return;
    }
    setChecked(true);
    saveAnswer(q.id, chosen, scoreQuestion(q, chosen).correct);
  };
  const retry = () => {
    setChecked(false);
    setChosen([]);
    setHint('');
  };

  return (
    <form class="vr-quiz__question" data-question={q.id} data-type={q.type} data-state={result ? (result.correct ? 'goed' : 'fout') : 'open'} onSubmit={submit}>
      <fieldset class="utrecht-form-fieldset" aria-describedby={`${base}-feedback`}>
        <legend class="utrecht-form-fieldset__legend">
          <span class="vr-quiz__number">{n}.</span> {q.prompt}
          {multiple && <span class="vr-quiz__hint"> {t.allThatApply}</span>}
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
      {!checked ? (
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          {t.check}
        </button>
      ) : (
        <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={retry}>
          {t.retry}
        </button>
      )}
      <div id={`${base}-feedback`} class="vr-quiz__feedback" role="status" aria-live="polite">
        {hint && <p class="utrecht-paragraph">{hint}</p>}
        {result && (
          <div class={`vr-feedback ${result.correct ? 'vr-feedback--right' : 'vr-feedback--wrong'}`}>
            <p class="utrecht-paragraph">
              <strong>{result.correct ? t.right : t.wrong}</strong>
            </p>
            <ul class="utrecht-unordered-list">
              {q.options
                .filter((o) => chosen.includes(o.id) || (!result.correct && o.correct))
                .map((o) => (
                  <li class="utrecht-unordered-list__item" key={o.id}>
                    <strong>
                      {o.text} ({o.correct ? 'klopt' : 'klopt niet'})
                      {chosen.includes(o.id) ? '' : ', niet gekozen'}:
                    </strong>{' '}
                    {o.feedback ?? q.explanation}
                  </li>
                ))}
            </ul>
            <p class="utrecht-paragraph">
              <strong>{t.explanation}:</strong> {q.explanation}
            </p>
            <SourceLink id={q.source} sources={props.sources} sourcesUrl={props.sourcesUrl} />
          </div>
        )}
      </div>
    </form>
  );
}

function ReflectionQuestion({ q, n, props }: { q: QuizQuestion; n: number; props: Props }) {
  const [text, setText] = useState(getReflection(q.id)?.tekst ?? '');
  const [saved, setSaved] = useState(false);
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
        {t.reflection}
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
        {t.save}
      </button>
      <div role="status" aria-live="polite">
        {saved && (
          <>
            <p class="utrecht-paragraph">{t.saved}</p>
            <p class="utrecht-paragraph">
              <strong>{t.think}:</strong> {q.explanation}
            </p>
          </>
        )}
      </div>
    </form>
  );
}

export default function KnowledgeCheck(props: Props) {
  // The text version (the slot) first, on the server and in the first client render; then forms.
  const [live, setLive] = useState(false);
  useEffect(() => setLive(true), []);
  const map = useProgress(props.questions.map((q) => progressKeys.question(q.id)));
  const graded = props.questions.filter((q) => q.type !== 'reflection');
  const score = tally(graded.map((q) => (map[progressKeys.question(q.id)] as AnswerState | undefined)?.goed));

  return (
    <div class="vr-quiz" data-live={live ? 'ja' : 'nee'}>
      {/* The text version stays in the page: it is what prints (see global.css). */}
      <div class="vr-island-text">{props.children}</div>
      {live && (
        <div class="vr-island-live">
        {props.questions.map((q, i) =>
        q.type === 'reflection' ? (
          <ReflectionQuestion key={q.id} q={q} n={i + 1} props={props} />
        ) : (
          <ChoiceQuestion key={q.id} q={q} n={i + 1} props={props} />
        ),
      )}
        </div>
      )}
      {live && score.answered > 0 && (
        <p class="utrecht-paragraph vr-quiz__score" data-score={`${score.right}/${graded.length}`}>
          {t.score(score.right, graded.length)}
        </p>
      )}
    </div>
  );
}
