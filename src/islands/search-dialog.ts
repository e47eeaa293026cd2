/**
 * <vr-search>: the header's search field becomes a <dialog> that searches as you type.
 * Ctrl/⌘+K or "/" opens it anywhere; Escape closes it (native <dialog>). Arrow keys walk the
 * results. lunr, the Dutch pipeline and the index load on the first search, not before.
 */
import type { SearchStrings } from './keys.ts';

type Client = typeof import('./search-client.ts');

class VrSearch extends HTMLElement {
  private client?: Promise<Client>;
  private loaded?: Client;

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

    const open = (initial = '') => {
      if (!dialog.open) dialog.showModal();
      input.value = initial || input.value;
      input.focus();
      input.select();
      if (input.value) run();
    };
    const run = async () => {
      const q = input.value;
      if (!q.trim()) {
        list.replaceChildren();
        count.textContent = '';
        return;
      }
      this.client ??= import('./search-client.ts');
      try {
        const client = (this.loaded = await this.client);
        const find = await client.searcher(this.dataset.index!);
        if (q !== input.value) return; // a newer query is on its way
        const results = find(q);
        // New results replace the links; a reader who had arrowed into the old ones goes back to the field.
        const inList = list.contains(document.activeElement);
        client.renderResults(list, results, base, t);
        if (inList) input.focus();
        count.textContent = client.countText(results.length, q, t);
      } catch {
        count.textContent = t['search.failed'];
      }
    };

    // Typing in (or clicking) the header field opens the dialog; tabbing past it does not.
    header.addEventListener('input', () => open(header.value));
    header.addEventListener('click', () => open(header.value));
    this.querySelector('form')!.addEventListener('submit', (e) => {
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
      timer = window.setTimeout(run, 80);
    });
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        const first = list.querySelector('a');
        if (first) first.click();
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
