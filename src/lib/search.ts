/**
 * Search in Dutch with lunr and lunr-languages' Dutch pipeline (trimmer, stop words, stemmer).
 *
 * The index is built once at build time (src/pages/zoeken/index.json.ts) and serialised with
 * lunr's toJSON; the browser only loads it. The same pipeline runs on the query, so "bedreigd"
 * finds "bedreiging". Queries never go through lunr's query syntax: every word is added through
 * the query API, so ":", "~", "^", "*", "+" and "-" are plain text and nothing can throw.
 */
import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import dutch from 'lunr-languages/lunr.nl.js';

stemmerSupport(lunr);
dutch(lunr);

/**
 * Plurals on -es ("aangiftes", "meldinges") lose their -s before the Dutch stemmer, which keeps
 * them as they are; so "aangiftes" and "aangifte" meet. Registered so a saved index loads.
 */
const plural: lunr.PipelineFunction = (token) =>
  token.update((w) => (w.length > 5 && w.endsWith('es') ? w.slice(0, -1) : w));
lunr.Pipeline.registerFunction(plural, 'plural-nl');

/** The Dutch pipeline, the same at build time and at query time: trimmer, stop words, plurals, stemmer. */
function dutchPipeline(this: lunr.Builder) {
  this.use(nlLunr.nl);
  this.pipeline.before(nlLunr.nl.stemmer, plural);
  this.searchPipeline.reset();
  this.searchPipeline.add(nlLunr.nl.trimmer, nlLunr.nl.stopWordFilter, plural, nlLunr.nl.stemmer);
}

type Lunr = typeof lunr & {
  nl: lunr.Builder.Plugin & {
    stemmer: lunr.PipelineFunction;
    trimmer: lunr.PipelineFunction;
    stopWordFilter: lunr.PipelineFunction;
  };
};
const nlLunr = lunr as Lunr;

/** One searchable piece: a lesson section, a scenario or a glossary term. */
export interface SearchDoc {
  /** URL from the site root, with #anchor for a section, e.g. "modules/melden/eerst-melden/#wat-vertel-je". */
  ref: string;
  kind: 'les' | 'scenario' | 'begrip' | 'griffier';
  /** Title shown in the result (for a section: the lesson title and the heading). */
  title: string;
  /** Module title, shown under the result. */
  module: string;
  /** Headings in the piece, searched with a boost. */
  headings: string;
  /** The text, searched and used for the snippet. */
  body: string;
}

export interface SearchData {
  index: object;
  docs: Record<string, Omit<SearchDoc, 'ref' | 'headings'>>;
}

/** Groups of words that mean the same thing here; from content/synoniemen.yaml. */
export type Synonyms = string[][];

export function buildIndex(docs: SearchDoc[]): SearchData {
  const index = lunr(function () {
    this.use(dutchPipeline);
    this.ref('ref');
    this.field('title', { boost: 8 });
    this.field('headings', { boost: 4 });
    this.field('body');
    for (const d of docs) this.add(d);
  });
  const byRef: SearchData['docs'] = {};
  for (const { ref, headings: _h, ...rest } of docs) byRef[ref] = rest;
  return { index: index.toJSON(), docs: byRef };
}

/** The stem of a word as the Dutch pipeline makes it ('' for a stop word). */
export function stem(word: string): string {
  const token = new lunr.Token(word.toLowerCase(), {});
  let out: lunr.Token | undefined = token;
  for (const fn of [nlLunr.nl.trimmer, nlLunr.nl.stopWordFilter, plural, nlLunr.nl.stemmer]) {
    if (!out) return '';
    const r = fn(out, 0, [out]) as lunr.Token | lunr.Token[] | undefined;
    out = Array.isArray(r) ? r[0] : r;
  }
  return out ? out.toString() : '';
}

/** The words of a query, lowercased; every character that is not a letter or digit splits. */
export function queryWords(query: string): string[] {
  return (query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12);
}

/** Expands words with their synonyms; phrases in the list ("adres online") match word by word. */
export function expand(words: string[], synonyms: Synonyms): { word: string; boost: number }[] {
  const out = new Map<string, number>(words.map((w) => [w, 1]));
  const text = ` ${words.join(' ')} `;
  for (const group of synonyms) {
    const hit = group.some((term) => text.includes(` ${term.toLowerCase()} `));
    if (!hit) continue;
    for (const term of group) for (const w of queryWords(term)) if (!out.has(w)) out.set(w, 0.5);
  }
  return [...out].map(([word, boost]) => ({ word, boost }));
}

export interface Result {
  ref: string;
  title: string;
  module: string;
  kind: SearchDoc['kind'];
  score: number;
  /** The snippet as parts; `mark` parts are matched words. Render as text, never as HTML. */
  snippet: { text: string; mark: boolean }[];
}

export function loadIndex(data: SearchData): lunr.Index {
  return lunr.Index.load(data.index);
}

export function search(index: lunr.Index, data: SearchData, query: string, synonyms: Synonyms = []): Result[] {
  const terms = expand(queryWords(query), synonyms);
  if (!terms.length) return [];
  let hits: lunr.Index.Result[];
  try {
    hits = index.query((q) => {
      for (const { word, boost } of terms) {
        q.term(word, { usePipeline: true, boost: 10 * boost });
        // Terms of five or more letters also match at edit distance 1 (a typo), with less weight.
        // The index holds stems, so the stem of the word is what must be one edit away.
        if (word.length >= 5) q.term(stem(word) || word, { usePipeline: false, editDistance: 1, boost: 2 * boost });
      }
    });
  } catch {
    return [];
  }
  const stems = new Set(terms.map((t) => stem(t.word)).filter(Boolean));
  return hits.map((h) => {
    const d = data.docs[h.ref]!;
    return {
      ref: h.ref,
      title: d.title,
      module: d.module,
      kind: d.kind,
      score: h.score,
      snippet: snippet(d.body, stems),
    };
  });
}

/** About 30 words around the first matched word, with the matched words marked. */
function snippet(body: string, stems: Set<string>, size = 30): { text: string; mark: boolean }[] {
  const parts = body.split(/([\p{L}\p{N}]+)/u);
  const isHit = (p: string) => /[\p{L}\p{N}]/u.test(p) && stems.has(stem(p));
  let first = parts.findIndex(isHit);
  if (first < 0) first = 0;
  const start = Math.max(0, first - size);
  const end = Math.min(parts.length, first + size * 1.5);
  const out: { text: string; mark: boolean }[] = [];
  if (start > 0) out.push({ text: '… ', mark: false });
  for (const p of parts.slice(start, end)) {
    const mark = isHit(p);
    const last = out[out.length - 1];
    if (last && !last.mark && !mark) last.text += p;
    else out.push({ text: p, mark });
  }
  if (end < parts.length) out.push({ text: ' …', mark: false });
  return out;
}
