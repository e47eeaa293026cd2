/** The message for a plan from a link that cannot be used: why, per part, and where to go on. */
import type { ComponentChildren } from 'preact';
import { format } from '../../i18n/format.ts';
import type { Refusal } from '../../lib/session-plan.ts';
import type { BadPlanStrings } from '../keys.ts';

export function BadPlan({
  t,
  error,
  details,
  children,
}: {
  t: BadPlanStrings;
  error: Refusal;
  details: Refusal[];
  children?: ComponentChildren;
}) {
  const say = (r: Refusal) => format(t['session.refused'][r.code], r.values);
  return (
    <div class="vr-alert" role="alert">
      <h2 class="utrecht-heading-2">{t['session.badLink']}</h2>
      <p class="utrecht-paragraph">{say(error)}</p>
      {details.length > 0 && (
        <ul class="utrecht-unordered-list">
          {details.map(say).map((d) => (
            <li key={d} class="utrecht-unordered-list__item">
              {d}
            </li>
          ))}
        </ul>
      )}
      {children}
    </div>
  );
}
