/**
 * The browser side of search, loaded only when a reader starts a search (dynamic import). It
 * fetches the small entry of the index once, then per query only the shards of its words (put
 * together into one lunr index as they arrive; lunr runs the query), and per
 * shown result only that result's text (see src/lib/search.ts). Everything it fetches sits next to
 * the entry, so it works under any sub-path. Results are drawn with DOM text nodes and <mark>
 * elements, never with innerHTML, so nothing a reader types can become markup.
 */
import {
  Assembly,
  filesFor,
  inSlices,
  plan,
  ranking,
  snippet,
  stem,
  type IndexMeta,
  type Kind,
  type PageText,
  type Ranked,
  type Shard,
  type Snippet,
} from '../lib/search.ts';
import type { SearchStrings } from './keys.ts';

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

/** A result ready to show: its link, its snippet and up to three sections with theirs. */
export interface Shown {
  url: string;
  title: string;
  kind: Kind;
  module: string;
  snippet?: Snippet;
  sections: { url: string; heading: string; snippet: Snippet }[];
  /** Synonyms it was found by ("ook gezocht op: melding"). */
  synonyms: string[];
}

export interface Search {
  /** Ranks every result for a query, loading the shards its words need. */
  find(q: string): Promise<Ranked>;
  /** Results `from` to `to` of a ranking, with their text fetched and their snippets made. */
  show(ranked: Ranked, from: number, to: number): Promise<Shown[]>;
}

/**
 * A new task: what comes after it waits for the browser to paint and handle input. scheduler.yield()
 * where the browser has it (no 4 ms wait between timers, and the work keeps its place in line).
 */
const pause = (): Promise<unknown> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve));
};

let loading: Promise<Search> | undefined;

/** Loads the entry of the index at `indexUrl` (once) and returns the search. */
export function searcher(indexUrl: string): Promise<Search> {
  if (loading) return loading;
  // The entry is fetched in a task after the one that evaluated this module (lunr and the stemmer).
  loading = pause()
    .then(() => getJson<IndexMeta>(indexUrl))
    .then(async (meta) => {
      // Parsing the entry and the first query's plan get a task each.
      await pause();
      return makeSearch(indexUrl, meta);
    });
  // While the entry loads, a task of its own runs the stemmer once: its first run (compiling the
  // trimmer's pattern, among others) would otherwise make the first query's task long.
  void pause().then(() => stem('aangifte'));
  loading.catch(() => (loading = undefined));
  return loading;
}

async function getJson<T>(url: string): Promise<T> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`zoekindex: ${r.status} ${url}`);
  return (await r.json()) as T;
}

/** Fetches each file once; a failed fetch is tried again next time. */
function cache<T>(url: (n: number) => string) {
  const files = new Map<number, Promise<T>>();
  return (n: number) => {
    let f = files.get(n);
    if (!f) {
      files.set(n, (f = getJson<T>(url(n))));
      f.catch(() => files.delete(n));
    }
    return f;
  };
}

/**
 * Starts `get` for each item, one per task: on a slow phone a fetch takes some 5 ms to start, and
 * ten of them in one go would be a long task. Resolves with all the results, in order.
 */
async function fetchEach<I, T>(items: I[], get: (item: I) => Promise<T> | undefined): Promise<(T | undefined)[]> {
  const pending: (Promise<T> | undefined)[] = [];
  for (const item of items) {
    const p = get(item);
    pending.push(p);
    if (p) await pause();
  }
  return Promise.all(pending);
}

function makeSearch(indexUrl: string, meta: IndexMeta): Search {
  const shard = cache<Shard>((n) => new URL(`woorden/${n}.json`, new URL(indexUrl, location.href)).href);
  const text = cache<PageText>((n) => new URL(`tekst/${n}.json`, new URL(indexUrl, location.href)).href);
  // The loaded shards, put together as one lunr index that grows with every new shard.
  const loaded = new Assembly();
  let adding: Promise<unknown> = Promise.resolve();
  return {
    async find(q) {
      const p = plan(limitQuery(q), meta.synonyms);
      const files = filesFor(p, meta);
      // The plan's first run (stemming, synonyms) is a task of its own, apart from the fetches.
      await pause();
      // Starting a fetch costs a few ms on a slow phone: one per task (see fetchEach).
      const got = await fetchEach(files, (n) => (loaded.has(n) ? undefined : shard(n)));
      // Putting the new shards into lunr's index and ranking happen in slices of about 5 ms, each
      // in a task of its own, so a slow phone never waits long for the page (issue 15: no task over
      // 50 ms). One query at a time, so none is ranked on another's half-added shard.
      const turn = adding.then(() =>
        inSlices(
          (function* () {
            for (const [i, n] of files.entries()) if (got[i]) yield* loaded.adding(n, got[i]);
            yield* loaded.building();
            return yield* ranking(p, meta, loaded);
          })(),
          pause,
        ),
      );
      adding = turn.catch(() => undefined);
      return turn;
    },
    async show(ranked, from, to) {
      const hits = ranked.hits.slice(from, to);
      const pages = await fetchEach(hits, (h) => text(h.page));
      // A snippet stems its section's words: each snippet is a step of its own (see inSlices).
      return inSlices(
        (function* () {
          const out: Shown[] = [];
          for (const [i, h] of hits.entries()) {
            const page = pages[i]!;
            const one = page.sections.length === 1;
            const intro = one || !h.sections.length || h.sections.includes(0);
            const lead = intro ? snippet(page.sections[0]?.[2] ?? '', ranked.marks, 28, ranked.also) : undefined;
            yield;
            const sections: Shown['sections'] = [];
            if (!one)
              for (const s of h.sections.filter((s) => s > 0 && page.sections[s]?.[0])) {
                const [anchor, heading, body] = page.sections[s]!;
                sections.push({
                  url: `${page.url}#${anchor}`,
                  heading,
                  snippet: snippet(body, ranked.marks, 20, ranked.also),
                });
                yield;
              }
            out.push({
              url: page.url,
              title: page.title,
              kind: page.kind,
              module: page.module,
              snippet: lead,
              sections,
              synonyms: h.synonyms,
            });
          }
          return out;
        })(),
        pause,
      );
    },
  };
}

function snippetEl(parts: Snippet): HTMLElement {
  const el = document.createElement('span');
  el.className = 'vr-result__snippet';
  for (const part of parts) {
    if (part.mark) {
      const m = document.createElement('mark');
      m.textContent = part.text;
      el.append(m);
    } else el.append(part.text);
  }
  return el;
}

/** Adds result items to `list` (after emptying it, unless `append`); `base` is the site's base path. */
export function renderResults(list: HTMLElement, results: Shown[], base: string, t: SearchStrings, append = false) {
  if (!append) list.replaceChildren();
  for (const r of results) {
    const li = document.createElement('li');
    li.className = 'vr-result';
    const a = document.createElement('a');
    a.className = 'utrecht-link vr-result__link';
    a.href = base + r.url;
    a.textContent = r.title;
    const meta = document.createElement('span');
    meta.className = 'vr-result__meta';
    meta.textContent = `${t['search.kind'][r.kind]} · ${r.module}`;
    li.append(a, meta);
    if (r.snippet) li.append(snippetEl(r.snippet));
    if (r.synonyms.length) {
      // Found by a synonym: said in words, not marked as if the reader had typed it.
      const syn = document.createElement('span');
      syn.className = 'vr-result__synonyms';
      syn.textContent = t['search.synonyms'].replace('{words}', () => r.synonyms.join(', '));
      li.append(syn);
    }
    if (r.sections.length) {
      const ul = document.createElement('ul');
      ul.className = 'vr-result__sections';
      for (const s of r.sections) {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.className = 'utrecht-link';
        link.href = base + s.url;
        link.textContent = s.heading;
        item.append(link, snippetEl(s.snippet));
        ul.append(item);
      }
      li.append(ul);
    }
    list.append(li);
  }
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
