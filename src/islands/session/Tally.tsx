/** The show of hands: the chart the room sees, and the counts the griffier enters. Shared by both views. */
import { format, type Plural } from '../../i18n/format.ts';
import type { Slide } from '../../lib/slides.ts';
import { updateLive, type Live } from '../../stores/session.ts';
import type { SessionSharedStrings } from '../keys.ts';

/**
 * plural() of format.ts, for the session views alone: importing it would add it to the format
 * chunk that every lesson page loads (the lesson islands use format only).
 */
export const count = (forms: Plural, n: number, values: Record<string, string | number> = {}) =>
  format(n === 1 ? forms.one : forms.other, { n, ...values });

/** The show-of-hands result: bars for the eye, the numbers in text for everyone. */
export function TallyChart({
  t,
  slide,
  counts,
}: {
  t: SessionSharedStrings;
  slide: Extract<Slide, { kind: 'keuze' }>;
  counts: Record<string, number>;
}) {
  const total = slide.step.options.reduce((sum, o) => sum + (counts[o.id] ?? 0), 0);
  return (
    <figure class="vr-tally">
      <figcaption class="vr-tally__caption">
        {t['session.result']}: {count(t['session.totalHands'], total)}
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
              <span class="vr-tally__n">{count(t['session.hands'], n, { pct })}</span>
            </li>
          );
        })}
      </ol>
    </figure>
  );
}

export function TallyEntry({
  t,
  slide,
  l,
}: {
  t: SessionSharedStrings;
  slide: Extract<Slide, { kind: 'keuze' }>;
  l: Live;
}) {
  const counts = l.tallies[slide.tally] ?? {};
  const shown = !!l.revealed[slide.tally];
  const set = (option: string, value: string) => {
    const n = Math.max(0, Math.min(999, Math.floor(Number(value) || 0)));
    updateLive((x) => ({
      tallies: { ...x.tallies, [slide.tally]: { ...(x.tallies[slide.tally] ?? {}), [option]: n } },
    }));
  };
  return (
    <section class="vr-tally-entry" aria-labelledby="vr-tally-h">
      <h2 id="vr-tally-h" class="utrecht-heading-3">
        {t['session.tally']}
      </h2>
      <p class="utrecht-paragraph">{t['session.tallyHelp']}</p>
      <fieldset class="utrecht-form-fieldset">
        <legend class="utrecht-form-fieldset__legend">{slide.step.question || slide.step.title}</legend>
        {slide.step.options.map((o, i) => (
          <p key={o.id} class="vr-tally-entry__row">
            <label class="utrecht-form-label" for={`vr-tel-${o.id}`}>
              {String.fromCharCode(65 + i)}. {o.text}
            </label>
            <input
              id={`vr-tel-${o.id}`}
              class="utrecht-textbox vr-tally-entry__n"
              type="number"
              inputMode="numeric"
              min={0}
              max={999}
              value={counts[o.id] ?? 0}
              onInput={(e) => set(o.id, (e.target as HTMLInputElement).value)}
            />
          </p>
        ))}
      </fieldset>
      <p class="vr-actions">
        <button
          type="button"
          class="utrecht-button utrecht-button--primary-action"
          aria-pressed={shown}
          onClick={() => updateLive((x) => ({ revealed: { ...x.revealed, [slide.tally]: !shown } }))}
        >
          {shown ? t['session.hide'] : t['session.reveal']}
        </button>
      </p>
      {shown ? (
        <TallyChart t={t} slide={slide} counts={counts} />
      ) : (
        <p class="utrecht-paragraph">{t['session.hidden']}</p>
      )}
    </section>
  );
}
