/**
 * The session builder: the griffier composes a plan from modules, dilemmas and discussion
 * questions and sees the total time. The plan is kept in this browser (src/stores/session.ts) and
 * shared as a link that holds all of it (src/lib/session-plan.ts). A plan from a bad or changed
 * link is refused with the reason, and the griffier's own saved plan stays as it was.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { format } from '../../i18n/format.ts';
import {
  clock,
  compactPart,
  decodePlan,
  encodePlan,
  knownIds,
  LIMITS,
  planFromHash,
  samePlan,
  startTimes,
  totalMinutes,
  withoutNotes,
  type PartKind,
  type Plan,
  type PlanPart,
  type Refusal,
} from '../../lib/session-plan.ts';
import type { Catalog } from '../../lib/slides.ts';
import { savedPlan } from '../../stores/session.ts';
import type { BuilderStrings } from '../keys.ts';
import { BadPlan } from './BadPlan.tsx';
import { useFocusAfter } from '../use-focus.ts';
import { useMounted } from '../use-mounted.ts';
import { useStore } from '../use-store.ts';

interface Props {
  /** Its strings (src/islands/keys.ts, builderKeys). */
  t: BuilderStrings;
  catalog: Catalog;
  readyPlans: { id: string; title: string; plan: Plan }[];
  urls: { builder: string; control: string; projector: string; printset: string; plans: string };
  children?: ComponentChildren;
}

type Words = BuilderStrings['session.builder'];
const KINDS: PartKind[] = ['module', 'dilemma', 'gesprek', 'opening', 'pauze', 'afsluiting'];
/** Parts with a text of their own on the projector. */
const withText = (k: PartKind): k is keyof Words['defaultText'] =>
  k === 'opening' || k === 'pauze' || k === 'afsluiting';

function NewPart({
  t,
  catalog,
  onAdd,
  full,
}: {
  t: BuilderStrings;
  catalog: Catalog;
  onAdd: (p: PlanPart) => void;
  full: boolean;
}) {
  const b = t['session.builder'];
  const focusSoon = useFocusAfter();
  const [kind, setKind] = useState<PartKind>('dilemma');
  const [ref, setRef] = useState('');
  const [question, setQuestion] = useState('');
  const [own, setOwn] = useState('');
  const [error, setError] = useState('');
  const errorBox = useRef<HTMLParagraphElement>(null);
  const ownField = useRef<HTMLInputElement>(null);
  const questions = catalog.scenarios.flatMap((s) => s.discussion.map((q) => ({ q, from: s.title })));
  const list = kind === 'module' ? catalog.modules : kind === 'dilemma' ? catalog.scenarios : [];
  const chosen = ref || list[0]?.id || '';

  const submit = (e: Event) => {
    e.preventDefault();
    // A refused add keeps the keyboard where it can fix it: the question field, or the message itself.
    const refuse = (message: string, field?: HTMLElement | null) => {
      setError(message);
      focusSoon(() => field ?? errorBox.current);
    };
    if (full) return refuse(b.full);
    const minutes = Math.max(
      1,
      Math.min(LIMITS.minutes, Math.round(Number(new FormData(e.target as HTMLFormElement).get('minuten'))) || 10),
    );
    if (kind === 'module') {
      const m = catalog.modules.find((x) => x.id === chosen);
      if (m) onAdd({ kind, ref: m.id, title: m.title, minutes });
    } else if (kind === 'dilemma') {
      const s = catalog.scenarios.find((x) => x.id === chosen);
      if (s) onAdd({ kind, ref: s.id, title: s.title, minutes });
    } else if (kind === 'gesprek') {
      const q = own.trim() || question;
      if (!q) return refuse(b.needQuestion, ownField.current);
      onAdd({ kind, title: t['session.kinds'].gesprek, question: q, minutes });
      setOwn('');
    } else
      onAdd({
        kind,
        title: t['session.kinds'][kind],
        minutes,
        ...(withText(kind) ? { text: b.defaultText[kind] } : {}),
      });
    setError('');
  };
  const suggested =
    kind === 'dilemma'
      ? (catalog.scenarios.find((s) => s.id === chosen)?.minutes ?? 15)
      : kind === 'pauze'
        ? 10
        : kind === 'module'
          ? 10
          : 5;

  return (
    <form class="vr-builder__new" onSubmit={submit} aria-labelledby="vr-nieuw-h">
      <h2 id="vr-nieuw-h" class="utrecht-heading-2">
        {b.add}
      </h2>
      <p class="vr-field">
        <label class="utrecht-form-label" for="vr-nieuw-soort">
          {b.kind}
        </label>
        <select
          id="vr-nieuw-soort"
          class="utrecht-select"
          value={kind}
          onChange={(e) => {
            setKind((e.target as HTMLSelectElement).value as PartKind);
            setRef('');
            setError('');
          }}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t['session.kinds'][k]}
            </option>
          ))}
        </select>
      </p>
      {(kind === 'module' || kind === 'dilemma') && (
        <p class="vr-field">
          <label class="utrecht-form-label" for="vr-nieuw-ref">
            {kind === 'module' ? b.module : b.dilemma}
          </label>
          <select
            id="vr-nieuw-ref"
            class="utrecht-select"
            value={chosen}
            onChange={(e) => setRef((e.target as HTMLSelectElement).value)}
          >
            {list.map((x) => (
              <option key={x.id} value={x.id}>
                {x.title}
              </option>
            ))}
          </select>
        </p>
      )}
      {kind === 'gesprek' && (
        <>
          <p class="vr-field">
            <label class="utrecht-form-label" for="vr-nieuw-vraag">
              {b.question}
            </label>
            <select
              id="vr-nieuw-vraag"
              class="utrecht-select"
              value={question}
              onChange={(e) => setQuestion((e.target as HTMLSelectElement).value)}
            >
              <option value="">{b.pickOwn}</option>
              {questions.map(({ q, from }) => (
                <option key={q} value={q}>
                  {q} ({from})
                </option>
              ))}
            </select>
          </p>
          <p class="vr-field">
            <label class="utrecht-form-label" for="vr-nieuw-eigen">
              {b.ownQuestion}
            </label>
            <input
              id="vr-nieuw-eigen"
              ref={ownField}
              class="utrecht-textbox"
              maxLength={LIMITS.text}
              value={own}
              onInput={(e) => setOwn((e.target as HTMLInputElement).value)}
              aria-describedby={error ? 'vr-nieuw-fout' : undefined}
            />
          </p>
        </>
      )}
      <p class="vr-field">
        <label class="utrecht-form-label" for="vr-nieuw-min">
          {b.minutesLabel}
        </label>
        <input
          id="vr-nieuw-min"
          name="minuten"
          key={`${kind}-${chosen}`}
          class="utrecht-textbox vr-builder__minutes"
          type="number"
          min={1}
          max={LIMITS.minutes}
          defaultValue={String(suggested)}
        />
      </p>
      {error && (
        <p id="vr-nieuw-fout" ref={errorBox} tabIndex={-1} class="vr-error" role="alert">
          {error}
        </p>
      )}
      <p class="vr-actions">
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          {b.addButton}
        </button>
      </p>
    </form>
  );
}

function PartRow({
  t,
  part,
  i,
  count,
  start,
  update,
  move,
  remove,
}: {
  t: BuilderStrings;
  part: PlanPart;
  i: number;
  count: number;
  start: number;
  update: (p: Partial<PlanPart>) => void;
  move: (d: -1 | 1) => void;
  remove: () => void;
}) {
  const id = `vr-deel-${i}`;
  const b = t['session.builder'];
  return (
    <li class="vr-builder__part">
      <p class="vr-builder__meta">
        <span class="vr-builder__kind">{t['session.kinds'][part.kind]}</span> · {clock(start)}
        {part.question && (
          <>
            {' '}
            · <q>{part.question}</q>
          </>
        )}
      </p>
      <div class="vr-builder__fields">
        <p class="vr-field">
          <label class="utrecht-form-label" for={`${id}-titel`}>
            {b.partTitle}
          </label>
          <input
            id={`${id}-titel`}
            class="utrecht-textbox"
            maxLength={LIMITS.title}
            value={part.title}
            onChange={(e) => update({ title: (e.target as HTMLInputElement).value.trim() || part.title })}
          />
        </p>
        <p class="vr-field">
          <label class="utrecht-form-label" for={`${id}-min`}>
            {b.minutesLabel}
          </label>
          <input
            id={`${id}-min`}
            class="utrecht-textbox vr-builder__minutes"
            type="number"
            min={1}
            max={LIMITS.minutes}
            value={part.minutes}
            onInput={(e) => {
              const n = Math.round(Number((e.target as HTMLInputElement).value));
              if (n >= 1 && n <= LIMITS.minutes) update({ minutes: n });
            }}
            onBlur={(e) => {
              (e.target as HTMLInputElement).value = String(part.minutes);
            }}
          />
        </p>
      </div>
      {withText(part.kind) && (
        <p class="vr-field">
          <label class="utrecht-form-label" for={`${id}-tekst`}>
            {b.textLabel}
          </label>
          <textarea
            id={`${id}-tekst`}
            class="utrecht-textarea"
            rows={3}
            maxLength={LIMITS.text}
            value={part.text ?? ''}
            onChange={(e) => {
              const v = (e.target as HTMLTextAreaElement).value.trim();
              update({ text: v || undefined });
            }}
          />
        </p>
      )}
      <details class="vr-builder__notes" open={!!part.notes}>
        <summary>{b.notesLabel}</summary>
        <label class="vr-visually-hidden" for={`${id}-notes`}>
          {b.notesLabel}: {part.title}
        </label>
        <textarea
          id={`${id}-notes`}
          class="utrecht-textarea"
          rows={3}
          maxLength={LIMITS.notes}
          value={part.notes ?? ''}
          onChange={(e) => {
            const v = (e.target as HTMLTextAreaElement).value.trim();
            update({ notes: v || undefined });
          }}
        />
      </details>
      <p class="vr-actions">
        <button
          type="button"
          data-move="-1"
          class="utrecht-button utrecht-button--subtle"
          onClick={() => move(-1)}
          disabled={i === 0}
          aria-label={format(b.up, { title: part.title })}
        >
          ↑
        </button>
        <button
          type="button"
          data-move="1"
          class="utrecht-button utrecht-button--subtle"
          onClick={() => move(1)}
          disabled={i === count - 1}
          aria-label={format(b.down, { title: part.title })}
        >
          ↓
        </button>
        <button
          type="button"
          data-remove
          class="utrecht-button utrecht-button--subtle"
          onClick={remove}
          aria-label={format(b.remove, { title: part.title })}
        >
          {format(b.remove, { title: '' })}
        </button>
      </p>
    </li>
  );
}

export default function SessionBuilder({ t, catalog, readyPlans, urls, children }: Props) {
  const b = t['session.builder'];
  const focusSoon = useFocusAfter();
  const stored = useStore(savedPlan);
  const plan: Plan = stored ?? { title: b.defaultTitle, parts: [] };
  const [bad, setBad] = useState<{ error: Refusal; details: Refusal[] } | null>(null);
  const [note, setNote] = useState('');
  const [pick, setPick] = useState(readyPlans[0]?.id ?? '');
  const [copied, setCopied] = useState('');
  const [undo, setUndo] = useState<Plan | null>(null);
  const ready = useMounted();

  useEffect(() => {
    // A new link pasted into this open page changes only the hash: reload so that it is read.
    addEventListener('hashchange', () => location.reload());
    const fromLink = planFromHash(location.hash);
    if (!fromLink) return;
    const r = decodePlan(fromLink, knownIds(catalog));
    if (r.ok) {
      // Keep the griffier's own plan one step back, in case the link replaced it by mistake.
      const before = savedPlan.get();
      if (before && !samePlan(before, r.plan)) setUndo(before);
      savedPlan.set(r.plan);
      setNote(b.loaded);
      // From now on the saved plan is the griffier's: a reload must not bring the link's version back.
      history.replaceState(null, '', location.pathname + location.search);
    } else setBad({ error: r.error, details: r.details });
  }, []);

  const save = (p: Plan) => {
    savedPlan.set(p);
    setCopied('');
  };
  // A key per part that survives edits and moves, so a row keeps its DOM (and focus) while it changes.
  const keys = useRef(new WeakMap<PlanPart, number>());
  const nextKey = useRef(0);
  const keyOf = (p: PlanPart) => {
    if (!keys.current.has(p)) keys.current.set(p, nextKey.current++);
    return keys.current.get(p)!;
  };
  const setPart = (i: number, change: Partial<PlanPart>) =>
    save({
      ...plan,
      parts: plan.parts.map((p, j) => {
        if (j !== i) return p;
        const updated = compactPart({ ...p, ...change });
        keys.current.set(updated, keyOf(p));
        return updated;
      }),
    });
  const move = (i: number, d: -1 | 1) => {
    const parts = [...plan.parts];
    const [p] = parts.splice(i, 1);
    parts.splice(i + d, 0, p!);
    save({ ...plan, parts });
    // Keep the keyboard on the row that moved: its same button, or the other one at the ends.
    focusSoon(() => {
      const row = document.querySelectorAll<HTMLElement>('.vr-builder__part')[i + d];
      const buttons = row?.querySelectorAll<HTMLButtonElement>('button[data-move]');
      const same = [...(buttons ?? [])].find((x) => x.dataset.move === String(d) && !x.disabled);
      return same ?? [...(buttons ?? [])].find((x) => !x.disabled);
    });
  };

  const remove = (i: number) => {
    save({ ...plan, parts: plan.parts.filter((_, j) => j !== i) });
    // The keyboard goes to the row that took its place, else the one before, else the plan's heading.
    focusSoon(() => {
      const rows = document.querySelectorAll<HTMLElement>('.vr-builder__part');
      return (
        rows[Math.min(i, rows.length - 1)]?.querySelector<HTMLElement>('button[data-remove]') ??
        document.getElementById('vr-plan-h')
      );
    });
  };

  if (!ready) return <>{children}</>;
  const total = totalMinutes(plan);
  const starts = startTimes(plan);
  const hasParts = plan.parts.length > 0;
  const code = hasParts ? encodePlan(plan) : '';
  const shareUrl = hasParts ? new URL(`${urls.builder}#plan=${code}`, location.href).href : '';
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(shareUrl);
      setCopied(b.copied);
    } catch {
      setCopied(b.copyFailed);
    }
  };

  return (
    <div class="vr-builder">
      {bad && (
        <BadPlan t={t} {...bad}>
          <p class="utrecht-paragraph">{t['session.keptYours']}</p>
        </BadPlan>
      )}
      {note && (
        <div class="vr-notice" role="status" id="vr-bouwer-melding" tabIndex={-1}>
          <p class="utrecht-paragraph">{note}</p>
          {undo && (
            <p class="vr-actions">
              <button
                type="button"
                class="utrecht-button utrecht-button--secondary-action"
                onClick={() => {
                  save(undo);
                  setUndo(null);
                  setNote(b.restored);
                  focusSoon(() => document.getElementById('vr-bouwer-melding'));
                }}
              >
                {format(b.undo, { title: undo.title })}
              </button>
            </p>
          )}
        </div>
      )}

      <section aria-labelledby="vr-klaar-h" class="vr-builder__ready">
        <h2 id="vr-klaar-h" class="utrecht-heading-2">
          {b.startFrom}
        </h2>
        <p class="vr-field">
          <label class="utrecht-form-label" for="vr-klaar">
            {b.pickPlan}
          </label>
          <select
            id="vr-klaar"
            class="utrecht-select"
            value={pick}
            onChange={(e) => setPick((e.target as HTMLSelectElement).value)}
          >
            {readyPlans.map((r) => (
              <option key={r.id} value={r.id}>
                {r.title} ({format(t['session.minutes'], { n: totalMinutes(r.plan) })})
              </option>
            ))}
          </select>
        </p>
        <p class="utrecht-paragraph">{hasParts && b.replaceWarn}</p>
        <p class="vr-actions">
          <button
            type="button"
            class="utrecht-button utrecht-button--secondary-action"
            onClick={() => {
              const r = readyPlans.find((x) => x.id === pick);
              if (r) save(r.plan);
            }}
          >
            {b.load}
          </button>
          <button
            type="button"
            class="utrecht-button utrecht-button--subtle"
            onClick={() => save({ title: b.defaultTitle, parts: [] })}
          >
            {b.emptyPlan}
          </button>
        </p>
      </section>

      <section aria-labelledby="vr-plan-h" class="vr-builder__plan">
        <h2 id="vr-plan-h" class="utrecht-heading-2" tabIndex={-1}>
          {b.parts}
        </h2>
        <p class="vr-field">
          <label class="utrecht-form-label" for="vr-plan-titel">
            {b.title}
          </label>
          <input
            id="vr-plan-titel"
            class="utrecht-textbox"
            maxLength={LIMITS.title}
            value={plan.title}
            onChange={(e) => save({ ...plan, title: (e.target as HTMLInputElement).value.trim() || b.defaultTitle })}
          />
        </p>
        <p class="vr-builder__total" aria-live="polite">
          <strong>{format(t['session.total'], { n: total })}</strong>
        </p>
        {hasParts ? (
          <ol class="vr-builder__parts">
            {plan.parts.map((p, i) => (
              <PartRow
                t={t}
                key={keyOf(p)}
                part={p}
                i={i}
                count={plan.parts.length}
                start={starts[i] ?? 0}
                update={(c) => setPart(i, c)}
                move={(d) => move(i, d)}
                remove={() => remove(i)}
              />
            ))}
          </ol>
        ) : (
          <p class="utrecht-paragraph">{b.noParts}</p>
        )}
        <p class="utrecht-paragraph vr-muted">{b.saved}</p>
      </section>

      <NewPart
        t={t}
        catalog={catalog}
        full={plan.parts.length >= LIMITS.parts}
        onAdd={(p) => save({ ...plan, parts: [...plan.parts, p] })}
      />

      {hasParts && (
        <section aria-labelledby="vr-go-h" class="vr-builder__go">
          <h2 id="vr-go-h" class="utrecht-heading-2">
            {b.go}
          </h2>
          <p class="vr-actions">
            <a class="utrecht-button-link utrecht-button-link--primary-action" href={`${urls.control}#plan=${code}`}>
              {b.startSession}
            </a>
            <a
              class="utrecht-button-link utrecht-button-link--secondary-action"
              href={`${urls.projector}#plan=${encodePlan(withoutNotes(plan))}`}
            >
              {b.present}
            </a>
            <a class="utrecht-button-link utrecht-button-link--secondary-action" href={`${urls.printset}#plan=${code}`}>
              {b.printKit}
            </a>
          </p>
          <h3 class="utrecht-heading-3">{b.share}</h3>
          <p class="utrecht-paragraph">{b.shareHelp}</p>
          <p class="vr-field">
            <label class="utrecht-form-label" for="vr-deel-link">
              {b.link}
            </label>
            <input
              id="vr-deel-link"
              class="utrecht-textbox vr-builder__link"
              readOnly
              value={shareUrl}
              onFocus={(e) => (e.target as HTMLInputElement).select()}
            />
          </p>
          <p class="vr-actions">
            <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={copy}>
              {b.copy}
            </button>
            <span role="status" class="vr-muted">
              {copied}
            </span>
          </p>
        </section>
      )}
    </div>
  );
}
