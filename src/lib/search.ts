/**
 * Search in Dutch through a lunr index, built once at build time and loaded by the browser in small
 * parts, so a first search costs little at any size of the curriculum (the model is Pagefind's):
 *
 *   zoeken/index.json       the entry: which shard holds which words (by prefix), the kind and the
 *                           number of sections of every result, the stop words found in titles, and
 *                           the synonyms;
 *   zoeken/woorden/<n>.json a shard: for a range of words, their part of lunr's index (the word's
 *                           place in the vector space, the sections that hold it per field, and its
 *                           weight there); a query loads only the shards of its own words;
 *   zoeken/tekst/<n>.json   one result's title, link, and text per section; loaded only for the
 *                           results shown, and used for their snippets.
 *
 * One lunr index (lunr(), Dutch pipeline of lunr-languages, fields title, headings and body, no
 * positions) holds every section of every page as a document with a short numeric ref. lunr scores a
 * document as dot(query vector, field vector) / |query vector|, so a field vector is only needed at
 * the places of the query's words: the shards carry exactly those parts, and the browser puts the
 * loaded shards together into a real lunr.Index that scores every section as the whole index would
 * (tests/unit/search.test.ts proves it). lunr runs every query.
 *
 * On top of lunr's scores: a result is a page (a lesson, a dilemma, a term of the glossary or a
 * chapter of the guide for griffiers); a lesson has sections (its introduction and each h2), and
 * the best three matching sections show under it. A page whose title holds the typed words ranks
 * first. A word found through a synonym is named, not marked. Snippets mark words by stemming the
 * text of a shown result on the client.
 *
 * Query words go through the same pipeline as the text (trimmer, stop words, plurals, stemmer), so
 * "bedreigd" finds "bedreiging". No query syntax: every character that is not a letter or digit
 * splits words, and each word is handed to lunr's query API as a term, so nothing a reader types
 * can throw.
 */
import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import dutch from 'lunr-languages/lunr.nl.js';

stemmerSupport(lunr);
dutch(lunr);

type Fn = lunr.PipelineFunction;
const nl = (lunr as unknown as { nl: lunr.Builder.Plugin & Record<'trimmer' | 'stopWordFilter' | 'stemmer', Fn> }).nl;

/**
 * Plurals on -es ("aangiftes", "meldinges") lose their -s before the Dutch stemmer, which keeps
 * them as they are; so "aangiftes" and "aangifte" meet.
 */
const plural: Fn = (token) => token.update((w) => (w.length > 5 && w.endsWith('es') ? w.slice(0, -1) : w));
lunr.Pipeline.registerFunction(plural, 'plural-nl');

// Words split on every character that is not a letter or digit, in the index as in queryWords().
lunr.tokenizer.separator = /[^\p{L}\p{N}]+/u;

/** The Dutch pipeline, the same at build time and at query time: trimmer, stop words, plurals, stemmer. */
function dutchPipeline(this: lunr.Builder) {
  this.use(nl);
  this.pipeline.before(nl.stemmer, plural);
  this.searchPipeline.reset();
  this.searchPipeline.add(nl.trimmer, nl.stopWordFilter, plural, nl.stemmer);
}
const searchPipeline = new lunr.Pipeline();
searchPipeline.add(nl.trimmer, nl.stopWordFilter, plural, nl.stemmer);
const stopPipeline = new lunr.Pipeline();
stopPipeline.add(nl.trimmer, nl.stopWordFilter);

/** The fields of every document, as lunr weighs them: a word in the title counts most. */
const FIELDS = ['title', 'headings', 'body'] as const;
const BOOST: Record<(typeof FIELDS)[number], number> = { title: 3, headings: 3, body: 1 };

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
 * One word's part of the lunr index: [its _index in lunr's vectors, then per field (FIELDS order)
 * the documents that hold it and its weight there, as [ref gap, weight, ref gap, weight, …]].
 * Refs ascend, so a gap is the difference from the previous ref (the first from 0).
 */
export type Entry = [number, ...number[][]];
/** zoeken/woorden/<n>.json */
export type Shard = Record<string, Entry>;

/** zoeken/index.json */
export interface IndexMeta {
  v: 3;
  /** One letter per page: its kind (see KIND_CODE). */
  kinds: string;
  /** Per page, its number of sections: the documents of lunr are the sections, numbered in order. */
  secs: number[];
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
  /** The whole lunr index the shards are cut from (build time and tests only; never shipped). */
  full: lunr.Index;
}

export type Synonyms = string[][];

/** The words of a text, lowercased: every character that is not a letter or digit splits. */
export function queryWords(query: string): string[] {
  return query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

const stems = new Map<string, string>();
/** The stem of a word as the Dutch pipeline makes it ('' for a stop word). */
export function stem(word: string): string {
  const w = word.toLowerCase();
  let s = stems.get(w);
  if (s === undefined) {
    s = searchPipeline.runString(w)[0] ?? '';
    if (stems.size > 20_000) stems.clear();
    stems.set(w, s);
  }
  return s;
}

const isStop = (w: string) => stopPipeline.runString(w).length === 0;

// ---------------------------------------------------------------------------------------------
// Build time

/** Roughly how many bytes of JSON go in one shard file: small, as synonyms spread a query over many. */
const SHARD_BYTES = 4_000;

export function buildIndex(pages: SearchPage[], synonyms: Synonyms, shardBytes = SHARD_BYTES): BuiltIndex {
  const full = lunr(function () {
    this.use(dutchPipeline);
    this.ref('id');
    for (const f of FIELDS) this.field(f, { boost: BOOST[f] });
    let id = 0;
    for (const p of pages)
      p.sections.forEach((s, i) =>
        this.add({
          id: String(id++),
          // The title is part of the first section only: one title match per page.
          title: i === 0 ? p.titleText : '',
          headings: `${s.heading} ${s.keywords ?? ''}`,
          body: s.text,
        }),
      );
  });
  const json = full.toJSON() as unknown as {
    fieldVectors: [string, number[]][];
    invertedIndex: [string, Record<string, unknown> & { _index: number }][];
  };
  // Weight of a word (by its _index) in a field of a document: from lunr's own field vectors.
  const weight = new Map<string, Map<number, number>>();
  for (const [fieldRef, elements] of json.fieldVectors) {
    const m = new Map<number, number>();
    for (let i = 0; i < elements.length; i += 2) m.set(elements[i]!, elements[i + 1]!);
    weight.set(fieldRef, m);
  }
  const entries = new Map<string, Entry>();
  for (const [term, posting] of json.invertedIndex) {
    const entry: Entry = [posting._index];
    for (const f of FIELDS) {
      const refs = Object.keys(posting[f] as object)
        .map(Number)
        .sort((a, b) => a - b);
      const flat: number[] = [];
      let prev = 0;
      for (const r of refs) {
        flat.push(r - prev, weight.get(`${f}/${r}`)!.get(posting._index)!);
        prev = r;
      }
      entry.push(flat);
    }
    entries.set(term, entry);
  }

  // Stop words of titles ("doen" in "Aangifte doen"), kept apart for the title match.
  const stopSets = new Map<string, Set<number>>();
  pages.forEach((p, page) => {
    for (const w of queryWords(p.titleText)) {
      if (!isStop(w)) continue;
      if (!stopSets.has(w)) stopSets.set(w, new Set());
      stopSets.get(w)!.add(page);
    }
  });
  const gaps = (xs: number[]) => xs.map((x, i) => x - (i ? xs[i - 1]! : 0));
  const stop: Record<string, number[]> = {};
  for (const [w, set] of stopSets) stop[w] = gaps([...set].sort((a, b) => a - b));

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
    meta: {
      v: 3,
      kinds: pages.map((p) => KIND_CODE[p.kind]).join(''),
      secs: pages.map((p) => p.sections.length),
      files,
      stop,
      synonyms,
    },
    shards,
    texts: pages.map((p) => ({
      url: p.url,
      kind: p.kind,
      title: p.title,
      module: p.module,
      sections: p.sections.map((s) => [s.anchor, s.heading, s.text]),
    })),
    full,
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
  const words = typed.map((w) => ({ stem: stem(w), title: w, weight: stem(w) ? 1 : 0.3 }));
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

/** Every shard file that may hold a word starting with `prefix`. */
function filesOfPrefix(meta: IndexMeta, prefix: string): number[] {
  const out = new Set<number>();
  for (const [key, f] of keyMap(meta)) {
    const k = key.startsWith('=') ? key.slice(1) : key;
    if (k.startsWith(prefix) || (!key.startsWith('=') && prefix.startsWith(k))) out.add(f);
  }
  return [...out];
}

/** The shard files a query needs: those of its words, their synonyms, and the completions of the last word. */
export function filesFor(p: Plan, meta: IndexMeta): number[] {
  const out = new Set<number>();
  for (const t of p.terms) out.add(fileOf(meta, t.stem));
  if (p.prefix) {
    for (const f of filesOfPrefix(meta, p.prefix)) out.add(f);
    const last = p.words.at(-1)?.stem;
    if (last && last.length >= 3) for (const f of filesOfPrefix(meta, last)) out.add(f);
  }
  out.delete(-1);
  return [...out].sort((a, b) => a - b);
}

/**
 * The loaded shards, put together as a real lunr.Index: lunr's inverted index and token set for
 * the loaded words, and each document's field vectors at the places of those words.
 */
interface TokenSetBuilder {
  insert(word: string): void;
  finish(): void;
  root: lunr.TokenSet;
}

export class Assembly {
  private invertedIndex: Record<string, Record<string, unknown>> = Object.create(null);
  private vectors = new Map<string, number[]>();
  /** Field vectors made so far; only those a new shard touched are made again. */
  private made: Record<string, lunr.Vector> = Object.create(null);
  private dirty = new Set<string>();
  private loaded = new Map<number, Shard>();
  private built: lunr.Index | undefined;

  has(file: number): boolean {
    return this.loaded.has(file);
  }

  shard(file: number): Shard | undefined {
    return this.loaded.get(file);
  }

  add(file: number, shard: Shard): void {
    for (const _ of this.adding(file, shard));
  }

  /** The lunr index of what is loaded (made again only after a new shard). */
  index(): lunr.Index {
    for (const _ of this.building());
    return this.built!;
  }

  /**
   * add() and index() in small steps: each yield is a point where the caller may give the main
   * thread back (see `inSlices`), so a big query's shards never block a slow phone for long.
   */
  *adding(file: number, shard: Shard): Generator<void> {
    if (this.loaded.has(file)) return;
    this.loaded.set(file, shard);
    this.built = undefined;
    for (const [term, [index, ...fields]] of Object.entries(shard)) {
      const posting: Record<string, unknown> = { _index: index };
      FIELDS.forEach((f, i) => {
        const docs: Record<string, object> = Object.create(null);
        const flat = fields[i] ?? [];
        let ref = 0;
        for (let j = 0; j < flat.length; j += 2) {
          ref += flat[j]!;
          docs[ref] = {};
          const key = `${f}/${ref}`;
          let v = this.vectors.get(key);
          if (!v) this.vectors.set(key, (v = []));
          v.push(index, flat[j + 1]!);
          this.dirty.add(key);
        }
        posting[f] = docs;
      });
      this.invertedIndex[term] = posting;
      yield;
    }
  }

  *building(): Generator<void> {
    if (this.built) return;
    const fieldVectors = this.made;
    for (const key of this.dirty) {
      const flat = this.vectors.get(key)!;
      const pairs: [number, number][] = [];
      for (let i = 0; i < flat.length; i += 2) pairs.push([flat[i]!, flat[i + 1]!]);
      pairs.sort((a, b) => a[0] - b[0]);
      fieldVectors[key] = new lunr.Vector(pairs.flat());
      this.dirty.delete(key);
      yield;
    }
    // lunr's TokenSet.fromArray, a word at a time (its Builder wants the words in order).
    const terms = Object.keys(this.invertedIndex).sort();
    // The Builder is lunr's own (2.x), missing from @types/lunr.
    const builder = new (lunr.TokenSet as unknown as { Builder: new () => TokenSetBuilder }).Builder();
    for (const term of terms) {
      builder.insert(term);
      yield;
    }
    builder.finish();
    this.built = new lunr.Index({
      invertedIndex: this.invertedIndex,
      fieldVectors,
      tokenSet: builder.root,
      fields: [...FIELDS],
      pipeline: searchPipeline,
    } as unknown as lunr.Index.Attributes);
  }
}

/**
 * Runs `steps` to the end, but gives the main thread back (`pause`, a new task) as soon as a
 * stretch has taken `budget` ms: a slow phone stays responsive however much there is to do.
 */
export async function inSlices<T>(steps: Iterator<void, T>, pause: () => Promise<unknown>, budget = 5): Promise<T> {
  let start = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - start < budget) continue;
    await pause();
    start = performance.now();
  }
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

/** One term handed to lunr, with where it came from. */
export interface Clause {
  term: string;
  boost: number;
  /** The typed word it stands for; -1 for a synonym. */
  word: number;
  /** For a synonym: as shown in "ook gezocht op: …", and the typed words it stands in for. */
  shown?: string;
  from?: number[];
}

/**
 * The terms lunr looks up for a plan, given the loaded shards: the typed words' stems; their near
 * spellings (five letters or more) and, for the last word as it is being typed, the words it begins;
 * then synonyms that no typed word found already.
 */
export function clauses(p: Plan, meta: IndexMeta, asm: Assembly): Clause[] {
  const out: Clause[] = [];
  const direct = new Set<string>();
  for (const t of p.terms) {
    if (t.word < 0) continue;
    direct.add(t.stem);
    out.push({ term: t.stem, boost: 1, word: t.word });
  }
  for (const t of p.terms) {
    if (t.word < 0) continue;
    const prefix = p.prefix && t.word === p.words.length - 1 ? p.prefix : '';
    const files = new Set([fileOf(meta, t.stem)]);
    if (prefix) for (const f of [...filesOfPrefix(meta, prefix), ...filesOfPrefix(meta, t.stem)]) files.add(f);
    for (const f of [...files].sort((a, b) => a - b)) {
      for (const other of Object.keys(asm.shard(f) ?? {})) {
        if (direct.has(other)) continue;
        const typo = t.stem.length >= 5 && near(t.stem, other) && f === fileOf(meta, t.stem);
        const completion = !!prefix && (other.startsWith(prefix) || other.startsWith(t.stem));
        if (!typo && !completion) continue;
        direct.add(other);
        out.push({ term: other, boost: typo ? 0.3 : 0.4, word: t.word });
      }
    }
  }
  for (const t of p.terms) {
    if (t.word >= 0 || direct.has(t.stem)) continue;
    out.push({ term: t.stem, boost: t.boost, word: -1, shown: t.shown, from: t.from });
  }
  return out;
}

/** lunr's own query and scores, one term per clause (never lunr's query syntax). */
export function runLunr(index: lunr.Index, list: Clause[]): lunr.Index.Result[] {
  if (!list.length) return [];
  return index.query((q) => {
    for (const c of list) q.term(c.term, { boost: c.boost, usePipeline: false });
  });
}

/**
 * runLunr() as one lunr query per field, a step each (see `inSlices`): on a slow phone the whole
 * query is one long task. lunr scores a document as the sum over its fields of
 * dot(query vector, field vector) / |query vector|, each field with a query vector of its own, so
 * the parts add up to lunr's own scores (tests/unit/search.test.ts checks it).
 */
export function* lunrByField(index: lunr.Index, list: Clause[]): Generator<void, lunr.Index.Result[]> {
  if (!list.length) return [];
  const merged = new Map<string, lunr.Index.Result>();
  for (const field of FIELDS) {
    const part = index.query((q) => {
      for (const c of list) q.term(c.term, { boost: c.boost, usePipeline: false, fields: [field] });
    });
    for (const r of part) {
      const m = merged.get(r.ref);
      if (!m) merged.set(r.ref, r);
      else {
        m.score += r.score;
        m.matchData.combine(r.matchData);
      }
    }
    yield;
  }
  return [...merged.values()].sort((a, b) => b.score - a.score);
}

/**
 * Ranks the pages for a plan with the shards it needs loaded in `asm` (lunr scores the sections).
 * A page's score: its best section, plus half its second and a quarter of its third (relative to
 * the best page), plus a bonus for a title that holds the typed words: the more of them, the more
 * (stop words count less).
 */
export function rank(p: Plan, meta: IndexMeta, asm: Assembly, index?: lunr.Index): Ranked {
  const steps = ranking(p, meta, asm, index);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** rank() in steps (see `inSlices`): lunr's query is one per field, every 20 of its results another, then scoring the pages. */
export function* ranking(p: Plan, meta: IndexMeta, asm: Assembly, given?: lunr.Index): Generator<void, Ranked> {
  let index = given;
  if (!index) {
    yield* asm.building();
    index = asm.index();
  }
  const list = clauses(p, meta, asm);
  const byTerm = new Map(list.map((c) => [c.term, c]));
  yield;
  const results = yield* lunrByField(index, list);

  // Ref → page and section, from the number of sections per page.
  const firstRef: number[] = [];
  let n = 0;
  for (const c of meta.secs) {
    firstRef.push(n);
    n += c;
  }
  const pageOf = (ref: number) => {
    let lo = 0;
    let hi = firstRef.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (firstRef[mid]! <= ref) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

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
  const marks = new Set<string>();
  const also = new Set<string>();
  for (const c of list) if (c.word >= 0) marks.add(c.term);
  for (const [i, r] of results.entries()) {
    if (i % 20 === 19) yield;
    const ref = Number(r.ref);
    const page = pageOf(ref);
    const e = at(page);
    const matched = r.matchData.metadata as Record<string, Record<string, unknown>>;
    for (const [term, fields] of Object.entries(matched)) {
      const c = byTerm.get(term);
      if (!c) continue;
      if (c.word >= 0) {
        e.words.add(c.word);
        if ('title' in fields) e.title.add(c.word);
      } else {
        also.add(term);
        e.syn.set(c.shown!, [c.from ?? [], (e.syn.get(c.shown!)?.[1] ?? 0) + r.score]);
      }
    }
    e.sec.set(ref - firstRef[page]!, r.score);
  }
  yield;
  // Stop words ("doen" in "aangifte doen") count in a title match only.
  p.words.forEach((w, i) => {
    if (!w.stem && meta.stop[w.title]) for (const pg of decode(meta.stop[w.title]!)) pages.get(pg)?.title.add(i);
  });

  const total = p.words.reduce((a, w) => a + w.weight, 0);
  const scored = [...pages].map(([page, e]) => {
    const secs = [...e.sec].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
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
  yield;
  const best = Math.max(1e-9, ...scored.map((s) => s.text));
  const hits = scored
    .map(({ page, text, cover, sections, synonyms }) => ({ page, score: text / best + 2 * cover, sections, synonyms }))
    .filter((h) => h.sections.length || h.score > 0)
    .sort((a, b) => b.score - a.score || a.page - b.page);
  return { hits, marks, also };
}

/** The first (up to) three letters of each stem. */
function heads(stems: Set<string>): Set<string> {
  return new Set([...stems].map((s) => s.slice(0, 3)));
}

/**
 * Whether `word` can stem to a stem that begins with one of `heads`. The Dutch stemmer cuts
 * endings, drops accents (ä → a) and makes a double vowel single before a last consonant ("gaat"
 * → "gat"), so a stem begins as its word does in one of those forms.
 */
function mayStem(word: string, heads: Set<string>): boolean {
  const w = word.toLowerCase();
  const plain = w.normalize('NFD').replace(/\p{M}/gu, '');
  for (const form of new Set([w, plain, w.replace(/([aeou])\1/g, '$1'), plain.replace(/([aeou])\1/g, '$1')]))
    for (let n = 1; n <= 3; n++) if (heads.has(form.slice(0, n))) return true;
  return false;
}

/** A snippet as parts; `mark` parts are matched words. Render as text, never as HTML. */
export type Snippet = { text: string; mark: boolean }[];

/**
 * About `size` words from a little before the first marked word, with the marked words marked.
 * Without a marked word, the snippet starts near the first word of `nearby` (a synonym), unmarked.
 */
export function snippet(text: string, marks: Set<string>, size = 28, nearby = new Set<string>()): Snippet {
  // Only a word that begins as a stem does is stemmed: a section has hundreds of words, and
  // stemming them all is the longest step of the results on a slow phone.
  const markHeads = heads(marks);
  const nearHeads = heads(nearby);
  return snippetOf(
    text,
    (w) => mayStem(w, markHeads) && marks.has(stem(w)),
    nearby.size ? (w) => mayStem(w, nearHeads) && nearby.has(stem(w)) : undefined,
    size,
  );
}

/**
 * The snippet's window and parts, given which words are marked (`isMark`) and, when none is, which
 * word it may start near instead (`isNear`): about `size` words from a little before the first mark.
 */
export function snippetOf(
  text: string,
  isMark: (word: string) => boolean,
  isNear: ((word: string) => boolean) | undefined,
  size: number,
): Snippet {
  const parts = text.split(/([\p{L}\p{N}]+)/u);
  const isHit = (i: number) => i % 2 === 1 && isMark(parts[i]!);
  const find = (test: (i: number) => boolean) => {
    let i = 1;
    while (i < parts.length && !test(i)) i += 2;
    return i < parts.length ? i : -1;
  };
  let first = find(isHit);
  if (first < 0 && isNear) first = find((i) => isNear(parts[i]!));
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
  const asm = new Assembly();
  built.shards.forEach((s, i) => asm.add(i, s));
  const ranked = rank(p, built.meta, asm);
  return { ...ranked, urls: ranked.hits.map((h) => built.texts[h.page]!.url) };
}
