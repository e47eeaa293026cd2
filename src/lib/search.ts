/**
 * Search in Dutch, built once at build time and loaded by the browser in small parts, so a first
 * search costs little at any size of the curriculum (the model is Pagefind's):
 *
 *   zoeken/index.json       the entry: which file holds which words (by prefix), the kind of every
 *                           result, the stop words found in titles, and the synonyms;
 *   zoeken/woorden/<n>.json the postings of a range of words (a shard); a query loads only the
 *                           shards of its own words;
 *   zoeken/tekst/<n>.json   one result's title, link, and text per section; loaded only for the
 *                           results shown, and used for their snippets.
 *
 * A result is a page: a lesson, a dilemma, a term of the glossary or a chapter of the guide for
 * griffiers. A lesson has sections (its introduction and each h2); the best three matching sections
 * show under it. A posting holds no positions, only a weight per section (BM25, heading words
 * count more); the snippet marks words by stemming the text of the result on the client.
 *
 * Words go through lunr-languages' Dutch stop words and stemmer (Snowball), at build time and at
 * query time alike, so "bedreigd" finds "bedreiging". No query syntax: every character that is not
 * a letter or digit splits words, so nothing a reader types can throw.
 */
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import dutch from 'lunr-languages/lunr.nl.js';

// lunr-languages registers itself on a lunr object. Only the Dutch stemmer and stop-word list are
// used here, so a small stand-in takes lunr's place and lunr itself never ships to the browser.
const stopWords = new Set<string>();
const host = {
  Pipeline: { registerFunction: () => undefined },
  generateStopWordFilter: (words: string[]) => {
    for (const w of words) if (w) stopWords.add(w);
    return () => undefined;
  },
} as unknown as { nl: { stemmer: (word: string) => string } };
stemmerSupport(host);
dutch(host);

/** What a result is; shown before its module ("Les · Melden"). */
export type Kind = 'les' | 'scenario' | 'begrip' | 'griffier';
const KIND_CODE: Record<Kind, string> = { les: 'l', scenario: 'd', begrip: 'b', griffier: 'g' };
const CODE_KIND = Object.fromEntries(Object.entries(KIND_CODE).map(([k, c]) => [c, k])) as Record<string, Kind>;
/** A title match counts a little less for a term or dilemma than for a lesson or a chapter. */
const KIND_TITLE: Record<Kind, number> = { les: 1, griffier: 1, scenario: 0.9, begrip: 0.8 };

/** One part of a page that can be a sub-result: a lesson's introduction ('' anchor) or an h2. */
export interface SearchSection {
  /** The id of the heading ('' for the introduction or a page of one part). */
  anchor: string;
  heading: string;
  text: string;
  /** Words searched like the heading but not shown (a term's synonyms, a dilemma's steps). */
  keywords?: string;
}

/** One result: a lesson, a dilemma, a term or a chapter of the guide. */
export interface SearchPage {
  /** From the site root, e.g. "modules/melden/eerst-melden/" or "begrippen/#aangifte". */
  url: string;
  kind: Kind;
  /** Shown as the result's link, e.g. "Begrip: aangifte". */
  title: string;
  /** The words of the title that count as a title match, e.g. "aangifte". */
  titleText: string;
  module: string;
  sections: SearchSection[];
}

/** zoeken/tekst/<n>.json: what a shown result needs. Sections: [anchor, heading, text]. */
export interface PageText {
  url: string;
  kind: Kind;
  title: string;
  module: string;
  sections: [string, string, string][];
}

/**
 * Postings of one word: [pages whose title has it, as gaps], [page gap, section, weight, …].
 * Pages ascend, so a gap is the difference from the previous page (the first from 0).
 */
type Postings = [number[], number[]];
/** zoeken/woorden/<n>.json */
export type Shard = Record<string, Postings>;

/** zoeken/index.json */
export interface IndexMeta {
  v: 2;
  /** One letter per page: its kind (see KIND_CODE). */
  kinds: string;
  /** Per shard file, its keys: a prefix (every word that starts with it and no longer key) or "=word". */
  files: string[][];
  /** Stop words in titles: they count for a title match, not for the text. Word → page gaps. */
  stop: Record<string, number[]>;
  /** Groups of words that mean the same thing here; from content/synoniemen.yaml. */
  synonyms: Synonyms;
}

export interface BuiltIndex {
  meta: IndexMeta;
  shards: Shard[];
  texts: PageText[];
}

export type Synonyms = string[][];

/** The words of a text, lowercased: every character that is not a letter or digit splits. */
export function queryWords(query: string): string[] {
  return query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

const stems = new Map<string, string>();
/** The stem of a word, stop words included (for titles). */
function stemAny(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    // Plurals on -es ("aangiftes") lose their -s first: the Dutch stemmer keeps them as they are.
    const w = word.length > 5 && word.endsWith('es') ? word.slice(0, -1) : word;
    s = host.nl.stemmer(w);
    if (stems.size > 20_000) stems.clear();
    stems.set(word, s);
  }
  return s;
}

/** The stem of a word as the Dutch pipeline makes it ('' for a stop word). */
export function stem(word: string): string {
  const w = word.toLowerCase();
  return stopWords.has(w) ? '' : stemAny(w);
}

// ---------------------------------------------------------------------------------------------
// Build time

/** Roughly how many bytes of postings go in one shard file: small, as synonyms spread a query over many. */
const SHARD_BYTES = 4_000;
/** Heading and keyword words count this many times a word of the text. */
const HEADING_WEIGHT = 3;

export function buildIndex(pages: SearchPage[], synonyms: Synonyms, shardBytes = SHARD_BYTES): BuiltIndex {
  // Term → section postings [page, section, tf-weighted score] and title pages.
  const text = new Map<string, [number, number, number][]>();
  const title = new Map<string, Set<number>>();
  const sectionCount: { page: number; section: number; len: number; tf: Map<string, number> }[] = [];
  pages.forEach((p, page) => {
    for (const w of queryWords(p.titleText)) {
      const s = stemAny(w);
      if (!title.has(s)) title.set(s, new Set());
      title.get(s)!.add(page);
    }
    p.sections.forEach((sec, section) => {
      const tf = new Map<string, number>();
      let len = 0;
      const add = (words: string, weight: number) => {
        for (const w of queryWords(words)) {
          const s = stem(w);
          if (!s) continue;
          tf.set(s, (tf.get(s) ?? 0) + weight);
          len += 1;
        }
      };
      add(sec.text, 1);
      add(sec.heading, HEADING_WEIGHT);
      add(sec.keywords ?? '', HEADING_WEIGHT);
      sectionCount.push({ page, section, len, tf });
    });
  });

  // BM25 (k1 1.2, b 0.75) over sections, stored as a whole number (tenths).
  const n = sectionCount.length;
  const avg = sectionCount.reduce((a, s) => a + s.len, 0) / Math.max(1, n);
  const df = new Map<string, number>();
  for (const s of sectionCount) for (const t of s.tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  for (const s of sectionCount) {
    for (const [t, tf] of s.tf) {
      const idf = Math.log(1 + (n - df.get(t)! + 0.5) / (df.get(t)! + 0.5));
      const w = (idf * (tf * 2.2)) / (tf + 1.2 * (0.25 + (0.75 * s.len) / avg));
      if (!text.has(t)) text.set(t, []);
      text.get(t)!.push([s.page, s.section, Math.max(1, Math.round(w * 10))]);
    }
  }

  const gaps = (xs: number[]) => xs.map((x, i) => x - (i ? xs[i - 1]! : 0));
  const entries = new Map<string, Postings>();
  const stop: Record<string, number[]> = {};
  for (const [t, set] of title) {
    const ps = [...set].sort((a, b) => a - b);
    if (stopWords.has(t)) stop[t] = gaps(ps);
    else entries.set(t, [gaps(ps), []]);
  }
  for (const [t, list] of text) {
    let prev = 0;
    const flat: number[] = [];
    for (const [page, section, w] of list) {
      flat.push(page - prev, section, w);
      prev = page;
    }
    const e = entries.get(t) ?? [[], []];
    e[1] = flat;
    entries.set(t, e);
  }

  // Shards: split by prefix until each part is small, then pack neighbouring parts into files.
  const size = new Map([...entries].map(([t, e]) => [t, t.length + JSON.stringify(e).length + 4]));
  const leaves: { key: string; terms: string[]; bytes: number }[] = [];
  const split = (prefix: string, terms: string[]) => {
    const bytes = terms.reduce((a, t) => a + size.get(t)!, 0);
    if (prefix && (bytes <= shardBytes / 2 || prefix.length >= 4)) {
      leaves.push({ key: prefix, terms, bytes });
      return;
    }
    const own = terms.filter((t) => t.length === prefix.length);
    if (own.length) leaves.push({ key: `=${prefix}`, terms: own, bytes: size.get(prefix)! });
    const children = new Map<string, string[]>();
    for (const t of terms) {
      if (t.length === prefix.length) continue;
      const c = t.slice(0, prefix.length + 1);
      if (!children.has(c)) children.set(c, []);
      children.get(c)!.push(t);
    }
    for (const c of [...children.keys()].sort()) split(c, children.get(c)!);
  };
  split('', [...entries.keys()].sort());

  const files: string[][] = [];
  const shards: Shard[] = [];
  let bytes = Infinity;
  for (const leaf of leaves) {
    if (bytes + leaf.bytes > shardBytes) {
      files.push([]);
      shards.push({});
      bytes = 0;
    }
    files.at(-1)!.push(leaf.key);
    for (const t of leaf.terms) shards.at(-1)![t] = entries.get(t)!;
    bytes += leaf.bytes;
  }

  return {
    meta: { v: 2, kinds: pages.map((p) => KIND_CODE[p.kind]).join(''), files, stop, synonyms },
    shards,
    texts: pages.map((p) => ({
      url: p.url,
      kind: p.kind,
      title: p.title,
      module: p.module,
      sections: p.sections.map((s) => [s.anchor, s.heading, s.text]),
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Query time

/** A word the query looks up. `word` is the typed word it stands for, -1 for a synonym. */
interface PlanTerm {
  stem: string;
  boost: number;
  word: number;
  /** The word as shown in "ook gezocht op: …". */
  shown: string;
  /** For a synonym: the typed words it stands in for. */
  from?: number[];
}

/** What a query looks up, before any shard is loaded. */
export interface Plan {
  /** The typed words: their stem ('' for a stop word), their title stem and weight in a title match. */
  words: { stem: string; title: string; weight: number }[];
  terms: PlanTerm[];
  /** The last word as typed, for words that start with it (search as you type); '' for none. */
  prefix: string;
}

export function plan(query: string, synonyms: Synonyms = []): Plan {
  const typed = queryWords(query).slice(0, 12);
  const words = typed.map((w) => ({ stem: stem(w), title: stemAny(w), weight: stem(w) ? 1 : 0.3 }));
  const terms: PlanTerm[] = [];
  const seen = new Set<string>();
  words.forEach((w, i) => {
    if (w.stem && !seen.has(w.stem)) terms.push({ stem: w.stem, boost: 1, word: i, shown: typed[i]! });
    seen.add(w.stem);
  });
  // Synonyms count half; each remembers the typed words that called it up.
  const text = ` ${typed.join(' ')} `;
  for (const group of synonyms) {
    const from = new Set<number>();
    for (const term of group) {
      if (!text.includes(` ${term.toLowerCase()} `)) continue;
      const own = queryWords(term);
      typed.forEach((w, i) => own.includes(w) && from.add(i));
    }
    if (!from.size) continue;
    for (const term of group) {
      for (const w of queryWords(term)) {
        const s = stem(w);
        if (!s || seen.has(s)) continue;
        seen.add(s);
        terms.push({ stem: s, boost: 0.5, word: -1, shown: term.toLowerCase(), from: [...from] });
      }
    }
  }
  const last = typed.at(-1) ?? '';
  return { words, terms, prefix: /[\p{L}\p{N}]$/u.test(query) && last.length >= 3 ? last : '' };
}

/** The shard file that may hold `term`, or -1 when no file can. */
export function fileOf(meta: IndexMeta, term: string): number {
  const keys = keyMap(meta);
  const exact = keys.get(`=${term}`);
  if (exact !== undefined) return exact;
  for (let l = Math.min(term.length, 8); l > 0; l--) {
    const f = keys.get(term.slice(0, l));
    if (f !== undefined) return f;
  }
  return -1;
}
const maps = new WeakMap<IndexMeta, Map<string, number>>();
function keyMap(meta: IndexMeta): Map<string, number> {
  let m = maps.get(meta);
  if (!m) {
    m = new Map(meta.files.flatMap((keys, f) => keys.map((k) => [k, f] as const)));
    maps.set(meta, m);
  }
  return m;
}

/** The shard files a query needs. */
export function filesFor(p: Plan, meta: IndexMeta): number[] {
  const out = new Set<number>();
  for (const t of p.terms) out.add(fileOf(meta, t.stem));
  out.delete(-1);
  return [...out].sort((a, b) => a - b);
}

export interface Hit {
  page: number;
  score: number;
  /** Up to three sections that match, best first. */
  sections: number[];
  /** Synonyms this result was found by, for a typed word it does not hold itself. */
  synonyms: string[];
}

export interface Ranked {
  hits: Hit[];
  /** Stems to mark in a snippet: those of typed words, their near spellings and completions. */
  marks: Set<string>;
  /** Stems of synonyms: a snippet without a marked word starts near one, unmarked. */
  also: Set<string>;
}

/** At most one letter different, added, left out, or two letters swapped. */
function near(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const decode = (gapsList: number[]) => {
  let p = 0;
  return gapsList.map((g) => (p += g));
};

/**
 * Ranks the pages for a plan, with the shards it needs in `shards` (by file number). A page's score:
 * its best section, plus half its second and a quarter of its third (relative to the best page), plus
 * a bonus for a title that holds the typed words: the more of them, the more (stop words count less).
 */
export function rank(p: Plan, meta: IndexMeta, shards: Map<number, Shard>): Ranked {
  const marks = new Set<string>();
  const lookups: (PlanTerm & { post: Postings })[] = [];
  const direct = new Set(p.terms.filter((t) => t.word >= 0).map((t) => t.stem));
  for (const t of p.terms) {
    if (t.word < 0) continue;
    const shard = shards.get(fileOf(meta, t.stem));
    if (!shard) continue;
    marks.add(t.stem);
    const own = shard[t.stem];
    if (own) lookups.push({ ...t, post: own });
    // Near spellings of a word of five letters or more (a typo, or a form the stemmer keeps apart:
    // "bedreigd", "bedreig"), and for the last word as it is being typed, the words it begins.
    const prefix = p.prefix && t.word === p.words.length - 1 ? p.prefix : '';
    for (const [other, op] of Object.entries(shard)) {
      if (direct.has(other) || op[1].length === 0) continue;
      const typo = t.stem.length >= 5 && near(t.stem, other);
      const completion = !!prefix && (other.startsWith(prefix) || other.startsWith(t.stem));
      if (!typo && !completion) continue;
      direct.add(other);
      marks.add(other);
      lookups.push({ stem: other, boost: typo ? 0.3 : 0.4, word: t.word, shown: other, post: op });
    }
  }
  // Synonyms, unless a typed word found them already.
  const also = new Set<string>();
  for (const t of p.terms) {
    const post = t.word < 0 && !direct.has(t.stem) ? shards.get(fileOf(meta, t.stem))?.[t.stem] : undefined;
    if (post) lookups.push({ ...t, post });
    if (post) also.add(t.stem);
  }

  type Found = {
    sec: Map<number, number>;
    title: Set<number>;
    words: Set<number>;
    syn: Map<string, [number[], number]>;
  };
  const pages = new Map<number, Found>();
  const at = (page: number) => {
    let e = pages.get(page);
    if (!e) pages.set(page, (e = { sec: new Map(), title: new Set(), words: new Set(), syn: new Map() }));
    return e;
  };
  for (const t of lookups) {
    const [titles, flat] = t.post;
    let page = 0;
    for (let i = 0; i < flat.length; i += 3) {
      page += flat[i]!;
      const e = at(page);
      const w = t.boost * flat[i + 2]!;
      e.sec.set(flat[i + 1]!, (e.sec.get(flat[i + 1]!) ?? 0) + w);
      if (t.word >= 0) e.words.add(t.word);
      else e.syn.set(t.shown, [t.from ?? [], (e.syn.get(t.shown)?.[1] ?? 0) + w]);
    }
    if (t.word >= 0) for (const pg of decode(titles)) at(pg).title.add(t.word);
  }
  // Stop words ("doen" in "aangifte doen") count in a title match only.
  p.words.forEach((w, i) => {
    if (!w.stem && meta.stop[w.title]) for (const pg of decode(meta.stop[w.title]!)) pages.get(pg)?.title.add(i);
  });

  const total = p.words.reduce((a, w) => a + w.weight, 0);
  const scored = [...pages].map(([page, e]) => {
    const secs = [...e.sec].sort((a, b) => b[1] - a[1]);
    const text = (secs[0]?.[1] ?? 0) + (secs[1]?.[1] ?? 0) / 2 + (secs[2]?.[1] ?? 0) / 4;
    const inTitle = [...e.title].reduce((a, i) => a + p.words[i]!.weight, 0);
    const content = [...e.title].some((i) => p.words[i]!.stem);
    const cover = content && total ? inTitle / total : 0;
    // A typed word this page does not hold, but a synonym of it: the synonym is named with the result.
    const missing = (i: number) => !!p.words[i]!.stem && !e.words.has(i) && !e.title.has(i);
    return {
      page,
      text,
      cover: cover * cover * KIND_TITLE[CODE_KIND[meta.kinds[page]!] ?? 'les'],
      sections: secs.slice(0, 3).map(([s]) => s),
      synonyms: [...e.syn]
        .filter(([, [from]]) => from.some(missing))
        .sort((a, b) => b[1][1] - a[1][1])
        .slice(0, 3)
        .map(([w]) => w),
    };
  });
  const best = Math.max(1e-9, ...scored.map((s) => s.text));
  const hits = scored
    .map(({ page, text, cover, sections, synonyms }) => ({ page, score: text / best + 2 * cover, sections, synonyms }))
    .filter((h) => h.sections.length || h.score > 0)
    .sort((a, b) => b.score - a.score || a.page - b.page);
  return { hits, marks, also };
}

/** A snippet as parts; `mark` parts are matched words. Render as text, never as HTML. */
export type Snippet = { text: string; mark: boolean }[];

/**
 * About `size` words from a little before the first marked word, with the marked words marked.
 * Without a marked word, the snippet starts near the first word of `nearby` (a synonym), unmarked.
 */
export function snippet(text: string, marks: Set<string>, size = 28, nearby = new Set<string>()): Snippet {
  const parts = text.split(/([\p{L}\p{N}]+)/u);
  const isHit = (i: number) => i % 2 === 1 && marks.has(stem(parts[i]!));
  const find = (test: (i: number) => boolean) => {
    let i = 1;
    while (i < parts.length && !test(i)) i += 2;
    return i < parts.length ? i : -1;
  };
  let first = find(isHit);
  if (first < 0 && nearby.size) first = find((i) => nearby.has(stem(parts[i]!)));
  if (first < 0) first = 1;
  const start = Math.max(0, first - 16);
  const end = Math.min(parts.length, start + size * 2);
  const out: Snippet = [];
  if (start > 0) out.push({ text: '… ', mark: false });
  for (let i = start; i < end; i++) {
    const mark = isHit(i);
    const last = out[out.length - 1];
    if (last && !last.mark && !mark) last.text += parts[i];
    else out.push({ text: parts[i]!, mark });
  }
  if (end < parts.length) out.push({ text: ' …', mark: false });
  return out;
}

/** Everything in memory at once: for tests and build-time checks. */
export function searchBuilt(built: BuiltIndex, query: string): Ranked & { urls: string[] } {
  const p = plan(query, built.meta.synonyms);
  const shards = new Map(built.shards.map((s, i) => [i, s]));
  const ranked = rank(p, built.meta, shards);
  return { ...ranked, urls: ranked.hits.map((h) => built.texts[h.page]!.url) };
}
