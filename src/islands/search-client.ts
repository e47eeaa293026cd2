/**
 * The browser side of search, loaded only when a reader starts a search (dynamic import): it
 * fetches the prebuilt index once, then answers queries. Results are drawn with DOM text nodes
 * and <mark> elements, never with innerHTML, so nothing a reader types can become markup.
 */
import { loadIndex, search, type Result, type SearchData, type Synonyms } from '../lib/search.ts';
import type { SearchStrings } from './keys.ts';

let loading: Promise<(q: string) => Result[]> | undefined;

/** A query longer than this is cut (at a word where it can) for the search and for what the page echoes. */
const MAX_QUERY = 80;

/** The part of a query that is searched and shown: spaces tidied, at most MAX_QUERY characters. */
function limitQuery(q: string): string {
  const t = q.replace(/\s+/g, ' ').trim();
  if (t.length <= MAX_QUERY) return t;
  const cut = t.slice(0, MAX_QUERY);
  const space = cut.lastIndexOf(' ');
  return space > MAX_QUERY / 2 ? cut.slice(0, space) : cut;
}

/** Loads the index from `indexUrl` (once) and returns the search function. */
export function searcher(indexUrl: string): Promise<(q: string) => Result[]> {
  loading ??= fetch(indexUrl)
    .then((r) => {
      if (!r.ok) throw new Error(`zoekindex: ${r.status}`);
      return r.json() as Promise<SearchData & { synonyms: Synonyms }>;
    })
    .then((data) => {
      const index = loadIndex(data);
      return (q: string) => search(index, data, limitQuery(q), data.synonyms);
    });
  loading.catch(() => (loading = undefined));
  return loading;
}

/** Fills `list` with result items; `base` is the site's base path. Returns the number shown. */
export function renderResults(list: HTMLElement, results: Result[], base: string, t: SearchStrings, max = 20): number {
  list.replaceChildren();
  for (const r of results.slice(0, max)) {
    const li = document.createElement('li');
    li.className = 'vr-result';
    const a = document.createElement('a');
    a.className = 'utrecht-link vr-result__link';
    a.href = base + r.ref;
    a.textContent = r.title;
    const meta = document.createElement('span');
    meta.className = 'vr-result__meta';
    meta.textContent = `${t['search.kind'][r.kind]} · ${r.module}`;
    const snip = document.createElement('span');
    snip.className = 'vr-result__snippet';
    for (const part of r.snippet) {
      if (part.mark) {
        const m = document.createElement('mark');
        m.textContent = part.text;
        snip.append(m);
      } else snip.append(part.text);
    }
    li.append(a, meta, snip);
    list.append(li);
  }
  return Math.min(results.length, max);
}

/** Arrow keys walk the result links; Home/End jump. Returns true when it handled the key. */
export function walkResults(list: HTMLElement, input: HTMLElement, key: string): boolean {
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
  if (!links.length || !['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(key)) return false;
  const i = links.indexOf(document.activeElement as HTMLAnchorElement);
  let next = key === 'ArrowDown' ? i + 1 : key === 'ArrowUp' ? i - 1 : key === 'Home' ? 0 : links.length - 1;
  if (next < 0) {
    input.focus();
    return true;
  }
  next = Math.min(next, links.length - 1);
  links[next]!.focus();
  return true;
}

export function countText(n: number, query: string, t: SearchStrings): string {
  if (!query.trim()) return '';
  // A long query is echoed cut, with an ellipsis: the reader sees what was searched.
  const q = limitQuery(query) + (limitQuery(query).length < query.replace(/\s+/g, ' ').trim().length ? '…' : '');
  // Not plural() of format.ts: sharing it would make the search field on every page preload a chunk.
  const c = t['search.count'];
  return (n === 0 ? c.zero : n === 1 ? c.one : c.other).replace('{n}', String(n)).replace('{q}', () => q);
}
