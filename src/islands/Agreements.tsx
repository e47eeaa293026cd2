/**
 * What the council agrees: action, who, when. Kept in this browser until cleared
 * (src/stores/session.ts), so it survives a reload and shows in every window of the session.
 * The full version (page "Afspraken") also prints, downloads as Markdown and clears.
 */
import { useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { formatDate } from '../i18n/dates.ts';
import { sessionText as t } from '../i18n/nl-sessie.ts';
import { addAgreement, agreements, agreementsMarkdown, clearAgreements, removeAgreement } from '../stores/session.ts';
import { useFocusAfter } from './use-focus.ts';
import { useMounted } from './use-mounted.ts';
import { useStore } from './use-store.ts';

interface Props {
  /** In the control view: the form and list only, with a link to the page. */
  compact?: boolean;
  pageUrl?: string;
  municipality?: string;
  /** Shown until the island runs (no JavaScript). */
  children?: ComponentChildren;
}

export function Agreements({ compact, pageUrl, municipality, children }: Props) {
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
    const heading = municipality ? `${t.mdHeading}, ${municipality}` : t.mdHeading;
    const blob = new Blob([agreementsMarkdown(list, heading, formatDate(date))], { type: 'text/markdown;charset=utf-8' });
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
      <h2 id="vr-afspraken-h" class="utrecht-heading-3">{t.agreements}</h2>
      <p class="utrecht-paragraph vr-no-print">{t.agreementsIntro}</p>
      <form class="vr-agreements__form vr-no-print" onSubmit={submit}>
        <p class="vr-field">
          <label class="utrecht-form-label" for="vr-actie">{t.action}</label>
          <input id="vr-actie" ref={first} class="utrecht-textbox" required maxLength={300} value={actie} onInput={(e) => setActie((e.target as HTMLInputElement).value)} />
        </p>
        <p class="vr-field">
          <label class="utrecht-form-label" for="vr-wie">{t.who}</label>
          <input id="vr-wie" class="utrecht-textbox" maxLength={120} value={wie} onInput={(e) => setWie((e.target as HTMLInputElement).value)} />
        </p>
        <p class="vr-field">
          <label class="utrecht-form-label" for="vr-wanneer">{t.when}</label>
          <input id="vr-wanneer" class="utrecht-textbox" maxLength={120} value={wanneer} onInput={(e) => setWanneer((e.target as HTMLInputElement).value)} />
        </p>
        <p class="vr-actions">
          <button type="submit" class="utrecht-button utrecht-button--primary-action">{t.add}</button>
        </p>
      </form>
      {list.length === 0 ? (
        <p class="utrecht-paragraph" role="status">{t.none}</p>
      ) : (
        <table class="utrecht-table vr-agreements__table" ref={table}>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">{t.action}</th>
              <th class="utrecht-table__header-cell" scope="col">{t.who}</th>
              <th class="utrecht-table__header-cell" scope="col">{t.when}</th>
              <th class="utrecht-table__header-cell vr-no-print" scope="col"><span class="vr-visually-hidden">{t.remove('')}</span></th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {list.map((a, i) => (
              <tr key={a.id} class="utrecht-table__row">
                <td class="utrecht-table__cell">{a.actie}</td>
                <td class="utrecht-table__cell">{a.wie || '–'}</td>
                <td class="utrecht-table__cell">{a.wanneer || '–'}</td>
                <td class="utrecht-table__cell vr-no-print">
                  <button type="button" class="utrecht-button utrecht-button--subtle" aria-label={t.remove(a.actie)} onClick={() => remove(i)}>×</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {compact ? (
        pageUrl && <p class="utrecht-paragraph vr-no-print"><a class="utrecht-link" href={pageUrl}>{t.printOrDownload}</a></p>
      ) : (
        <>
          <p class="vr-actions vr-no-print">
            <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={download} disabled={!list.length}>{t.download}</button>
            <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => window.print()} disabled={!list.length}>{t.print}</button>
            <button type="button" class="utrecht-button utrecht-button--subtle" onClick={() => dialog.current?.showModal()} disabled={!list.length}>{t.clear}</button>
          </p>
          <dialog ref={dialog} class="vr-dialog" aria-labelledby="vr-wis-h">
            <h2 id="vr-wis-h" class="utrecht-heading-3">{t.clear}</h2>
            <p class="utrecht-paragraph">{t.clearConfirm}</p>
            <form method="dialog" class="vr-actions">
              <button type="submit" value="nee" class="utrecht-button utrecht-button--secondary-action" autofocus>{t.cancel}</button>
              <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={() => {
                clearAgreements();
                dialog.current?.close();
                // The button that opened the dialog is now disabled: start the new list instead.
                first.current?.focus();
              }}>{t.clear}</button>
            </form>
          </dialog>
        </>
      )}
    </section>
  );
}

/** Default export for the page island. */
export default Agreements;
