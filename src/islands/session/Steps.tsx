/** The parts around a step that both views show: back and forth, what comes next, and the screen when there is no step. */
import { format } from '../../i18n/format.ts';
import type { PlanChoice } from '../../lib/resolve-plan.ts';
import type { Plan } from '../../lib/session-plan.ts';
import type { Slide } from '../../lib/slides.ts';
import type { SessionSharedStrings } from '../keys.ts';
import { BadPlan } from './BadPlan.tsx';
import { goTo, type SessionUrls } from './use-session.ts';

export function StepNav({ t, index, slides }: { t: SessionSharedStrings; index: number; slides: Slide[] }) {
  return (
    <p class="vr-present__nav">
      {/* aria-disabled, not disabled: the button keeps the keyboard focus at the first and last step. */}
      <button
        type="button"
        class="utrecht-button utrecht-button--secondary-action"
        onClick={() => index > 0 && goTo(index - 1, slides)}
        aria-disabled={index === 0}
      >
        ← {t['session.prev']}
      </button>
      <span class="vr-present__count">{format(t['session.step'], { n: index + 1, of: slides.length })}</span>
      <button
        type="button"
        class="utrecht-button utrecht-button--primary-action"
        onClick={() => index < slides.length - 1 && goTo(index + 1, slides)}
        aria-disabled={index === slides.length - 1}
      >
        {t['session.next']} →
      </button>
    </p>
  );
}

export function UpNext({ t, plan, next }: { t: SessionSharedStrings; plan: Plan; next: Slide | undefined }) {
  return (
    <section aria-labelledby="vr-next-h" class="vr-upnext">
      <h2 id="vr-next-h" class="utrecht-heading-3">
        {t['session.upNext']}
      </h2>
      <p class="utrecht-paragraph">
        {next
          ? `${t['session.kinds'][plan.parts[next.part]?.kind ?? 'opening']}: ${next.title}`
          : t['session.lastStep']}
      </p>
    </section>
  );
}

/** Instead of a step: why the link was refused, or that no plan runs yet (`empty`); with the ways on. */
export function NoStep({
  t,
  choice,
  empty,
  urls,
}: {
  t: SessionSharedStrings;
  choice: PlanChoice;
  empty: string;
  urls: SessionUrls;
}) {
  if (!choice.ok) {
    return (
      <BadPlan t={t} error={choice.error} details={choice.details}>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={urls.builder}>
            {t['session.toBuilder']}
          </a>{' '}
          ·{' '}
          <a class="utrecht-link" href={urls.plans}>
            {t['session.toPlans']}
          </a>
        </p>
      </BadPlan>
    );
  }
  return (
    <div class="vr-alert" role="status">
      <p class="utrecht-paragraph">{empty}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={urls.plans}>
          {t['session.toPlans']}
        </a>{' '}
        ·{' '}
        <a class="utrecht-link" href={urls.builder}>
          {t['session.toBuilder']}
        </a>
      </p>
    </div>
  );
}
