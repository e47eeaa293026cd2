/**
 * <vr-search>: the header's search field becomes a <dialog> that searches as you type.
 * Ctrl/⌘+K or "/" opens it anywhere; Escape closes it (native <dialog>). Arrow keys walk the
 * results; Enter in the field opens the results page, Enter on a result follows it. The Dutch
 * pipeline and the index load on the first search, not before.
 *
 * The one entry: importing this module defines the element; `open(text)` on it opens the dialog
 * (a loader that imports this module on first use can call it).
 */
import type { SearchStrings } from './keys.ts';

type Client = typeof import('./search-client.ts');

/** How many results the dialog shows; the results page has them all. */
const DIALOG_MAX = 8;

class VrSearch extends HTMLElement {
  private client?: Promise<Client>;
  private loaded?: Client;
  /** Opens the dialog, with `initial` in its field when given. */
  open: (initial?: string) => void = () => undefined;

  connectedCallback() {
    const dialog = this.querySelector('dialog')!;
    const header = this.querySelector<HTMLInputElement>('form input')!;
    const input = dialog.querySelector<HTMLInputElement>('input')!;
    const list = dialog.querySelector<HTMLElement>('[data-results]')!;
    const count = dialog.querySelector<HTMLElement>('[data-count]')!;
    const base = this.dataset.base ?? '/';
    // Not readStrings() of format.ts: this runs on every page, where that would be a chunk of its own.
    const t = JSON.parse(this.dataset.strings!) as SearchStrings;
    let timer: number | undefined;

    const form = this.querySelector('form')!;
    const open = (this.open = (initial = '') => {
      if (!dialog.open) dialog.showModal();
      input.value = initial || input.value;
      input.focus();
      input.select();
      if (input.value) void run();
    });
    const run = async () => {
      const q = input.value;
      if (!q.trim()) {
        list.replaceChildren();
        count.textContent = '';
        return;
      }
      // lunr first, the rest in the next task (see search-page.ts).
      this.client ??= import('lunr')
        .then(() => new Promise((next) => setTimeout(next)))
        .then(() => import('./search-client.ts'));
      try {
        const client = (this.loaded = await this.client);
        const search = await client.searcher(this.dataset.index!);
        const ranked = await search.find(q);
        if (q !== input.value) return; // a newer query is on its way: fetch no text for this one
        const shown = await search.show(ranked, 0, DIALOG_MAX);
        if (q !== input.value) return;
        // New results replace the links; a reader who had arrowed into the old ones goes back to the field.
        const inList = list.contains(document.activeElement);
        client.renderResults(list, shown, base, t);
        if (ranked.hits.length > DIALOG_MAX) {
          const li = document.createElement('li');
          li.className = 'vr-results__all';
          const a = document.createElement('a');
          a.className = 'utrecht-link';
          a.href = pageUrl(q);
          a.textContent = t['search.all'].replace('{n}', String(ranked.hits.length));
          li.append(a);
          list.append(li);
        }
        if (inList) input.focus();
        count.textContent = client.countText(ranked.hits.length, q, t);
      } catch {
        count.textContent = t['search.failed'];
      }
    };

    /** The results page for a query: the header form's own target, so it holds under any base path. */
    const pageUrl = (q: string) => {
      const target = new URL(form.getAttribute('action') ?? '', location.href);
      target.search = new URLSearchParams({ q }).toString();
      return target.href;
    };

    // Typing in (or clicking) the header field opens the dialog; tabbing past it does not.
    header.addEventListener('input', () => open(header.value));
    header.addEventListener('click', () => open(header.value));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      open(header.value);
    });
    // The phone's search link opens the dialog too.
    this.querySelector('.vr-search__open')!.addEventListener('click', (e) => {
      e.preventDefault();
      open();
    });
    input.addEventListener('input', () => {
      clearTimeout(timer);
      // As long as the reader types on, nothing loads: each search fetches the text of its results.
      timer = window.setTimeout(run, 200);
    });
    input.addEventListener('keydown', (e) => {
      // Enter in the field: all results on the results page. On a result (reached with the
      // arrow keys) Enter follows that link, as any link does.
      if (e.key === 'Enter' && !e.isComposing) {
        e.preventDefault();
        if (input.value.trim()) location.assign(pageUrl(input.value));
      } else if (e.key === 'ArrowDown' && list.querySelector('a')) {
        e.preventDefault();
        list.querySelector('a')!.focus();
      }
    });
    list.addEventListener('keydown', (e) => {
      if (this.loaded?.walkResults(list, input, e.key)) e.preventDefault();
    });
    dialog.querySelector('[data-close]')!.addEventListener('click', () => dialog.close());
    // A click on the backdrop (outside the dialog's box) closes it.
    dialog.addEventListener('click', (e) => {
      if (e.target === dialog) dialog.close();
    });

    document.addEventListener('keydown', (e) => {
      const typing =
        e.target instanceof HTMLElement &&
        (e.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName));
      if ((e.key === 'k' || e.key === 'K') && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        open();
      } else if (e.key === '/' && !typing && !dialog.open) {
        e.preventDefault();
        open();
      }
    });
  }
}

customElements.define('vr-search', VrSearch);
