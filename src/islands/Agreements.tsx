/**
 * What the council agrees: action, who, when. Kept in this browser until cleared
 * (src/stores/session.ts), so it survives a reload and shows in every window of the session.
 * The full version (page "Afspraken") also prints, downloads as Markdown and clears.
 */
import { useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { formatDate } from '../i18n/dates.ts';
import { format } from '../i18n/format.ts';
import type { AgreementsStrings } from './keys.ts';
import { addAgreement, agreements, agreementsMarkdown, clearAgreements, removeAgreement } from '../stores/session.ts';
import { useFocusAfter } from './use-focus.ts';
import { useMounted } from './use-mounted.ts';
import { useStore } from './use-store.ts';

interface Props {
  /** Its strings (src/islands/keys.ts, agreementsKeys); the control view passes its own. */
  t: AgreementsStrings;
  /** In the control view: the form and list only, with a link to the page. */
  compact?: boolean;
  pageUrl?: string;
  municipality?: string;
  /** Shown until the island runs (no JavaScript). */
  children?: ComponentChildren;
}

export function Agreements({ t, compact, pageUrl, municipality, children }: Props) {
  const list = useStore(agreements);
  const [actie, setActie] = useState('');
  const [wie, setWie] = useState('');
  const [wanneer, setWanneer] = useState('');
  const dialog = useRef<HTMLDialogElement>(null);
  const first = useRef<HTMLInputElement>(null);
  // In the control view it opens inside a view that already runs: no text version to match.
  const ready = useMounted() || !!compact;

  const submit = (e: Event) => {
    e.preventDefault();
    if (!actie.trim()) return first.current?.focus();
    addAgreement({ actie, wie, wanneer });
    setActie('');
    setWie('');
    setWanneer('');
    first.current?.focus();
  };

  const table = useRef<HTMLTableElement>(null);
  const focusAfter = useFocusAfter();
  /** The keyboard goes to the row that took the removed one's place, else the one before, else the form. */
  const remove = (i: number) => {
    removeAgreement(list[i]!.id);
    focusAfter(() => {
      const buttons = table.current?.querySelectorAll<HTMLButtonElement>('tbody button');
      return buttons?.[Math.min(i, buttons.length - 1)] ?? first.current;
    });
  };

  const download = () => {
    const date = new Date();
    const heading = municipality ? `${t['session.mdHeading']}, ${municipality}` : t['session.mdHeading'];
    const words = {
      heading,
      recorded: format(t['session.mdRecorded'], { date: formatDate(date) }),
      columns: [t['session.action'], t['session.who'], t['session.when']] as const,
    };
    const blob = new Blob([agreementsMarkdown(list, words)], { type: 'text/markdown;charset=utf-8' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `afspraken-vpt-${date.toISOString().slice(0, 10)}.md`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };

  if (!ready) return <>{children}</>;
  return (
    <section class="vr-agreements" aria-labelledby="vr-afspraken-h">
      <h2 id="vr-afspraken-h" class="utrecht-heading-3">
        {t['session.agreements']}
      </h2>
      <p class="utrecht-paragraph vr-no-print">{t['session.agreementsIntro']}</p>
      <form class="vr-agreements__form vr-no-print" onSubmit={submit}>
        <p class="vr-field">
          <label class="utrecht-form-label" for="vr-actie">
            {t['session.action']}
          </label>
          <input
            id="vr-actie"
            ref={first}
            class="utrecht-textbox"
            required
            maxLength={300}
            value={actie}
            onInput={(e) => setActie((e.target as HTMLInputElement).value)}
          />
        </p>
        <p class="vr-field">
          <label class="utrecht-form-label" for="vr-wie">
            {t['session.who']}
          </label>
          <input
            id="vr-wie"
            class="utrecht-textbox"
            maxLength={120}
            value={wie}
            onInput={(e) => setWie((e.target as HTMLInputElement).value)}
          />
        </p>
        <p class="vr-field">
          <label class="utrecht-form-label" for="vr-wanneer">
            {t['session.when']}
          </label>
          <input
            id="vr-wanneer"
            class="utrecht-textbox"
            maxLength={120}
            value={wanneer}
            onInput={(e) => setWanneer((e.target as HTMLInputElement).value)}
          />
        </p>
        <p class="vr-actions">
          <button type="submit" class="utrecht-button utrecht-button--primary-action">
            {t['session.add']}
          </button>
        </p>
      </form>
      {list.length === 0 ? (
        <p class="utrecht-paragraph" role="status">
          {t['session.none']}
        </p>
      ) : (
        <table class="utrecht-table vr-agreements__table" ref={table}>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">
                {t['session.action']}
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                {t['session.who']}
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                {t['session.when']}
              </th>
              <th class="utrecht-table__header-cell vr-no-print" scope="col">
                <span class="vr-visually-hidden">{format(t['session.remove'], { action: '' })}</span>
              </th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {list.map((a, i) => (
              <tr key={a.id} class="utrecht-table__row">
                <td class="utrecht-table__cell">{a.actie}</td>
                <td class="utrecht-table__cell">{a.wie || '–'}</td>
                <td class="utrecht-table__cell">{a.wanneer || '–'}</td>
                <td class="utrecht-table__cell vr-no-print">
                  <button
                    type="button"
                    class="utrecht-button utrecht-button--subtle"
                    aria-label={format(t['session.remove'], { action: a.actie })}
                    onClick={() => remove(i)}
                  >
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {compact ? (
        pageUrl && (
          <p class="utrecht-paragraph vr-no-print">
            <a class="utrecht-link" href={pageUrl}>
              {t['session.printOrDownload']}
            </a>
          </p>
        )
      ) : (
        <>
          <p class="vr-actions vr-no-print">
            <button
              type="button"
              class="utrecht-button utrecht-button--secondary-action"
              onClick={download}
              disabled={!list.length}
            >
              {t['session.download']}
            </button>
            <button
              type="button"
              class="utrecht-button utrecht-button--secondary-action"
              onClick={() => window.print()}
              disabled={!list.length}
            >
              {t['session.print']}
            </button>
            <button
              type="button"
              class="utrecht-button utrecht-button--subtle"
              onClick={() => dialog.current?.showModal()}
              disabled={!list.length}
            >
              {t['session.clear']}
            </button>
          </p>
          <dialog ref={dialog} class="vr-dialog" aria-labelledby="vr-wis-h">
            <h2 id="vr-wis-h" class="utrecht-heading-3">
              {t['session.clear']}
            </h2>
            <p class="utrecht-paragraph">{t['session.clearConfirm']}</p>
            <form method="dialog" class="vr-actions">
              <button type="submit" value="nee" class="utrecht-button utrecht-button--secondary-action" autofocus>
                {t['session.cancel']}
              </button>
              <button
                type="button"
                class="utrecht-button utrecht-button--primary-action"
                onClick={() => {
                  clearAgreements();
                  dialog.current?.close();
                  // The button that opened the dialog is now disabled: start the new list instead.
                  first.current?.focus();
                }}
              >
                {t['session.clear']}
              </button>
            </form>
          </dialog>
        </>
      )}
    </section>
  );
}
