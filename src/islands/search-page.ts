/**
 * <vr-search-page>: shows the results for ?q= on the results page, with the same search as the
 * dialog. The query is shown as text only. Arrow keys walk the results.
 */
import type { SearchStrings } from './keys.ts';

class VrSearchPage extends HTMLElement {
  async connectedCallback() {
    const t = JSON.parse(this.dataset.strings!) as SearchStrings;
    const input = this.querySelector<HTMLInputElement>('input')!;
    const list = this.querySelector<HTMLElement>('[data-results]')!;
    const count = this.querySelector<HTMLElement>('[data-count]')!;
    const suggestions = this.querySelector<HTMLElement>('[data-suggestions]')!;
    const suggestText = this.querySelector<HTMLElement>('[data-suggest-text]')!;
    this.querySelector<HTMLElement>('[data-nojs]')!.hidden = true;
    const q = new URLSearchParams(location.search).get('q') ?? '';
    input.value = q;
    if (!q.trim()) return;
    try {
      const client = await import('./search-client.ts');
      const find = await client.searcher(this.dataset.index!);
      const results = find(q);
      client.renderResults(list, results, this.dataset.base ?? '/', t, 50);
      count.textContent = client.countText(results.length, q, t);
      suggestions.hidden = results.length > 0;
      suggestText.textContent = t['search.none'];
      list.addEventListener('keydown', (e) => {
        if (client.walkResults(list, input, e.key)) e.preventDefault();
      });
    } catch {
      count.textContent = t['search.failed'];
    }
  }
}

customElements.define('vr-search-page', VrSearchPage);
