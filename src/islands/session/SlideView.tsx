/** One step as the room sees it: on the projector, and as the preview in the control view. */
import { format } from '../../i18n/format.ts';
import type { Slide } from '../../lib/slides.ts';
import { agreements, type Live } from '../../stores/session.ts';
import type { SessionSharedStrings } from '../keys.ts';
import { useStore } from '../use-store.ts';
import { TallyChart } from './Tally.tsx';

/** At the close, the room sees what it agreed, to confirm it. */
function AgreedSoFar({ t, since }: { t: SessionSharedStrings; since: number }) {
  const list = useStore(agreements).filter((a) => (a.op ?? 0) >= since);
  if (!list.length) return null;
  return (
    <>
      <p class="vr-slide__text">
        <strong>{t['session.agreements']}:</strong>
      </p>
      <ul class="vr-slide__list">
        {list.map((a) => (
          <li key={a.id}>{[a.actie, a.wie, a.wanneer].filter(Boolean).join(' · ')}</li>
        ))}
      </ul>
    </>
  );
}

/** A step: its label, its title, and what the room reads or chooses. */
export function SlideView({
  t,
  slide: s,
  l,
  level: H,
}: {
  t: SessionSharedStrings;
  slide: Slide;
  l: Live;
  level: 'h2' | 'h3';
}) {
  return (
    <>
      <p class="vr-slide__label">
        {s.kind === 'tekst'
          ? t['session.labels'][s.label]
          : s.kind === 'module'
            ? `${t['session.kinds'].module}: ${s.module.title}`
            : s.kind === 'bespreken'
              ? t['session.discuss']
              : format(t['session.decision'], { n: s.of[0], of: s.of[1] })}
      </p>
      <H class="vr-slide__title">{s.title}</H>
      {s.kind === 'tekst' ? (
        <>
          {s.text && <p class="vr-slide__text">{s.text}</p>}
          {s.closing && <AgreedSoFar t={t} since={l.started} />}
        </>
      ) : s.kind === 'module' ? (
        <>
          <p class="vr-slide__text">{s.module.summary}</p>
          <p class="vr-slide__text">
            <strong>{t['session.moduleGoals']}:</strong>
          </p>
          <ul class="vr-slide__list">
            {s.module.goals.map((g) => (
              <li key={g}>{g}</li>
            ))}
          </ul>
        </>
      ) : s.kind === 'bespreken' ? (
        <ul class="vr-slide__list vr-slide__list--questions">
          {s.questions.map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ul>
      ) : (
        <>
          {/* A decision too long for one screen shows its situation on a step of its own (kind situatie). */}
          {!(s.kind === 'keuze' && s.split) && <p class="vr-slide__text">{s.step.situation}</p>}
          <p class="vr-slide__text vr-slide__question">
            <strong>{s.step.question}</strong>
          </p>
          {s.kind === 'situatie' ? (
            <p class="vr-slide__text">{t['session.optionsNext']}</p>
          ) : l.revealed[s.tally] ? (
            // Revealed, the chart takes the options' place: the same letters and texts, with the counts.
            <TallyChart t={t} slide={s} counts={l.tallies[s.tally] ?? {}} />
          ) : (
            <ol class="vr-slide__options">
              {s.step.options.map((o) => (
                <li key={o.id}>{o.text}</li>
              ))}
            </ol>
          )}
        </>
      )}
    </>
  );
}
