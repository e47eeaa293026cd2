/**
 * <vr-search-page>: shows the results for ?q= on the results page, with the same search as the
 * dialog. The heading and the form are in the HTML; the results follow when their text has loaded,
 * PAGE_SIZE at a time ("Meer resultaten" adds the next ones). The query is shown as text only.
 * Arrow keys walk the results.
 */
import type { SearchStrings } from './keys.ts';
// Started as this script runs (the dialog imports it on first use): this page is for searching, so
// the code loads beside the page instead of one round trip later, yet in chunks of its own, so the
// page's own JS stays within its budget. lunr runs first, in a task of its own; the Dutch stemmer
// and the search code follow in the next. Run at once, the two were one long task on a slow phone.
const loadClient = import('lunr')
  .then(() => new Promise((next) => setTimeout(next)))
  .then(() => import('./search-client.ts'))
  .then(({ searcher, renderResults, walkResults, countText }) => ({
    searcher,
    renderResults,
    walkResults,
    countText,
  }));
// A failed load is reported where a query awaits it, not as an unhandled rejection.
loadClient.catch(() => undefined);

/** Results per step: each one loads its own text, so the first step stays light. */
const PAGE_SIZE = 10;

class VrSearchPage extends HTMLElement {
  async connectedCallback() {
    const t = JSON.parse(this.dataset.strings!) as SearchStrings;
    const input = this.querySelector<HTMLInputElement>('input')!;
    const list = this.querySelector<HTMLElement>('[data-results]')!;
    const count = this.querySelector<HTMLElement>('[data-count]')!;
    const more = this.querySelector<HTMLButtonElement>('[data-more]')!;
    const suggestions = this.querySelector<HTMLElement>('[data-suggestions]')!;
    const suggestText = this.querySelector<HTMLElement>('[data-suggest-text]')!;
    const base = this.dataset.base ?? '/';
    this.querySelector<HTMLElement>('[data-nojs]')!.hidden = true;
    const q = new URLSearchParams(location.search).get('q') ?? '';
    input.value = q;
    if (!q.trim()) return;
    try {
      const client = await loadClient;
      const search = await client.searcher(this.dataset.index!);
      const ranked = await search.find(q);
      let shown = 0;
      const next = async () => {
        const items = await search.show(ranked, shown, shown + PAGE_SIZE);
        client.renderResults(list, items, base, t, shown > 0);
        shown += items.length;
        more.hidden = shown >= ranked.hits.length;
      };
      await next();
      count.textContent = client.countText(ranked.hits.length, q, t);
      suggestions.hidden = ranked.hits.length > 0;
      suggestText.textContent = t['search.none'];
      list.addEventListener('keydown', (e) => {
        if (client.walkResults(list, input, e.key)) e.preventDefault();
      });
      more.addEventListener('click', async () => {
        const first = shown;
        more.disabled = true;
        try {
          await next();
          // The reader goes on at the first new result.
          list.querySelectorAll<HTMLElement>(':scope > li > a')[first]?.focus();
        } catch {
          count.textContent = t['search.failed'];
        }
        more.disabled = false;
      });
    } catch {
      count.textContent = t['search.failed'];
    }
  }
}

customElements.define('vr-search-page', VrSearchPage);
