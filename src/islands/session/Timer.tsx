/** The timer of the current part: time left or over, start and pause, back to zero. Shared by both views. */
import { useEffect, useState } from 'preact/hooks';
import { format } from '../../i18n/format.ts';
import { timerSpent, updateLive, type Live } from '../../stores/session.ts';
import type { SessionSharedStrings } from '../keys.ts';
import { count } from './Tally.tsx';

const mmss = (ms: number) => {
  const s = Math.floor(Math.abs(ms) / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

export function Timer({ t, l, minutes }: { t: SessionSharedStrings; l: Live; minutes: number }) {
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
      <h2 id="vr-timer-h" class="utrecht-heading-3">
        {t['session.timer']}
      </h2>
      <p class={`vr-timer__time${left < 0 ? ' vr-timer__time--over' : ''}`} role="timer">
        {left >= 0
          ? count(t['session.timeLeft'], minutes, { t: mmss(left), of: minutes })
          : format(t['session.overTime'], { t: mmss(left) })}
      </p>
      <p class="vr-actions">
        <button
          type="button"
          class="utrecht-button utrecht-button--secondary-action"
          onClick={() =>
            updateLive((x) => ({
              timer: running
                ? { ...x.timer, spent: timerSpent(x.timer, Date.now()), since: null }
                : { ...x.timer, since: Date.now() },
            }))
          }
        >
          {running ? t['session.pause'] : t['session.start']}
        </button>
        <button
          type="button"
          class="utrecht-button utrecht-button--subtle"
          onClick={() =>
            updateLive((x) => ({
              timer: { part: x.timer.part, spent: 0, since: x.timer.since === null ? null : Date.now() },
            }))
          }
        >
          {t['session.resetTimer']}
        </button>
      </p>
    </section>
  );
}
