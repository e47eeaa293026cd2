/**
 * Search in Dutch: stemming, synonyms, near spellings, results per page with their best sections,
 * title matches first, shards that a query loads only part of, and input that must never throw.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it, vi } from 'vitest';
import { content } from '../helpers/content.ts';
import { root } from '../helpers/site.ts';
import {
  Assembly,
  buildIndex,
  clauses,
  fileOf,
  filesFor,
  inSlices,
  lunrByField,
  plan,
  queryWords,
  rank,
  ranking,
  runLunr,
  searchBuilt,
  snippet,
  snippetOf,
  stem,
  type SearchPage,
  type SearchSection,
  type Snippet,
} from '../../src/lib/search.ts';

const one = (text: string, keywords = ''): SearchSection[] => [{ anchor: '', heading: '', text, keywords }];
const lesson = (url: string, title: string, parts: [string, string][]): SearchPage => ({
  url,
  kind: 'les',
  title,
  titleText: title,
  module: 'M',
  sections: parts.map(([heading, text], i) => ({ anchor: i ? `h${i}` : '', heading, text })),
});

const pages: SearchPage[] = [
  lesson('a/', 'Wat is een bedreiging?', [
    ['', 'Een bedreiging is strafbaar als iemand je met een misdrijf bedreigt.'],
  ]),
  lesson('b/', 'Aangifte doen', [['', 'Je doet aangifte bij de politie. Vraag om de VPT-code.']]),
  lesson('c/', 'Doxing', [['', 'Iemand zet je huisadres op internet om je bang te maken.']]),
  lesson('d/', 'Domicilie kiezen', [['', 'Met domicilie geef je het adres van het gemeentehuis op.']]),
  // A lesson of many sections that all mention aangifte, a lot.
  lesson('e/', 'Na een incident', [
    ['', 'Wat doe je na een incident? Aangifte, melding, aangifte.'],
    ['Aangifte en melding', 'Een aangifte is iets anders dan een melding. Aangifte doe je bij de politie.'],
    ['Aangifte onder nummer', 'Bij aangifte onder nummer staat je adres niet in het dossier. Aangifte!'],
    ['Waar doe je aangifte?', 'Aangifte doe je op het bureau, aangifte kan ook online.'],
    ['Na de aangifte', 'Na de aangifte beslist het OM. De aangifte blijft bewaard.'],
  ]),
  {
    url: 'begrippen/#stappenplan',
    kind: 'begrip',
    title: 'Begrip: Stappenplan melding en aangifte',
    titleText: 'Stappenplan melding en aangifte',
    module: 'Begrippen',
    sections: one('Landelijke afspraken over melding en aangifte: aangifte, aangifte, aangifte.', 'stappenplan'),
  },
];
const built = buildIndex(pages, []);
const urls = (q: string) => searchBuilt(built, q).urls;
const withSyn = (syn: string[][]) => buildIndex(pages, syn);

describe('Dutch stemming', () => {
  it('stems inflections to one form', () => {
    expect(stem('bedreigingen')).toBe(stem('bedreiging'));
    expect(stem('aangiftes')).toBe(stem('aangifte'));
  });
  it('"bedreigd" finds "bedreiging" and "aangiftes" finds "aangifte"', () => {
    expect(urls('bedreigd')).toContain('a/');
    expect(urls('aangiftes')[0]).toBe('b/');
  });
  it('drops Dutch stop words', () => {
    expect(stem('de')).toBe('');
    expect(plan('de het een').terms).toEqual([]);
  });
});

describe('results per page', () => {
  it('gives one result per page with at most three sections, best first', () => {
    const r = searchBuilt(built, 'aangifte');
    expect(new Set(r.urls).size).toBe(r.urls.length);
    const e = r.hits.find((h) => built.texts[h.page]!.url === 'e/')!;
    expect(e.sections.length).toBe(3);
    expect(new Set(e.sections).size).toBe(3);
  });
  it('ranks a lesson whose title holds the query above pages that merely mention it', () => {
    // "doen" is a stop word: it does not search the text, but it does count in a title match.
    expect(urls('aangifte doen')[0]).toBe('b/');
    expect(urls('Aangifte doen')[0]).toBe('b/');
    const r = urls('aangifte doen');
    expect(r.indexOf('b/')).toBeLessThan(r.indexOf('begrippen/#stappenplan'));
    expect(r.indexOf('b/')).toBeLessThan(r.indexOf('e/'));
  });
  it('finds a page by its title alone', () => {
    expect(urls('kiezen')).toEqual(['d/']);
  });
});

describe('synonyms', () => {
  const syn = [
    ['doxing', 'adres online', 'huisadres'],
    ['aangifte', 'melding'],
  ];
  it('expands a word to its group with half the weight', () => {
    expect(plan('melding', syn).terms.map((t) => [t.shown, t.boost])).toEqual([
      ['melding', 1],
      ['aangifte', 0.5],
    ]);
  });
  it('matches a phrase from the list', () => {
    expect(searchBuilt(withSyn(syn), 'adres online').urls).toContain('c/');
    expect(urls('adres online')).not.toContain('c/');
  });
  it('names the synonym a result was found by, and does not mark it as typed', () => {
    const r = searchBuilt(withSyn(syn), 'huisadres');
    const d = r.hits.find((h) => built.texts[h.page]!.url === 'd/')!;
    expect(d.synonyms).toEqual(['adres online']);
    expect(r.marks.has(stem('adres'))).toBe(false);
    // A result that holds the typed word itself names no synonym.
    expect(r.hits.find((h) => built.texts[h.page]!.url === 'c/')!.synonyms).toEqual([]);
  });
});

describe('near spellings and words being typed', () => {
  it('finds a word of five or more letters with one typo', () => {
    expect(urls('domicilei')).toContain('d/');
    expect(urls('aangfite')).toContain('b/');
  });
  it('completes the last word while it is typed', () => {
    expect(urls('domici')).toContain('d/');
    expect(urls('domici ')).not.toContain('d/');
  });
});

describe('shards', () => {
  const small = buildIndex(pages, [['aangifte', 'melding']], 300);
  it('splits the words over several files, each word in the one file that fileOf names', () => {
    expect(small.shards.length).toBeGreaterThan(3);
    small.shards.forEach((shard, n) => {
      for (const term of Object.keys(shard)) expect(fileOf(small.meta, term), term).toBe(n);
    });
  });
  it('a query loads only the files of its words and their synonyms', () => {
    const need = filesFor(plan('domicilie', small.meta.synonyms), small.meta);
    expect(need).toEqual([fileOf(small.meta, stem('domicilie'))]);
    expect(filesFor(plan('melding', small.meta.synonyms), small.meta)).toEqual(
      [...new Set([fileOf(small.meta, stem('melding')), fileOf(small.meta, stem('aangifte'))])].sort((a, b) => a - b),
    );
    expect(fileOf(small.meta, 'qqqq')).toBe(-1);
  });
  it('gives the same results as one file', () => {
    for (const q of ['aangifte doen', 'melding', 'domicilei', 'bedreigd'])
      expect(searchBuilt(small, q).urls).toEqual(searchBuilt(buildIndex(pages, [['aangifte', 'melding']]), q).urls);
  });
  it("keeps the text out of the shards: only lunr's numbers per word", () => {
    const json = JSON.stringify(built.shards);
    expect(json).not.toContain('politie doet');
    for (const shard of built.shards)
      for (const [index, ...fields] of Object.values(shard)) {
        expect(Number.isInteger(index)).toBe(true);
        expect(fields.length).toBe(3);
        for (const flat of fields) expect(flat.length % 2).toBe(0);
      }
  });
});

describe('lunr, cut into shards', () => {
  // The real lessons, terms and synonyms, cut into sections as the site does.
  const synonyms = parse(readFileSync(join(root, 'content/synoniemen.yaml'), 'utf8')) as string[][];
  const realPages: SearchPage[] = [
    ...content.lessons.map((l) =>
      lesson(
        `${l.data.id}/`,
        l.data.title,
        (l.body ?? '').split(/^## /m).map((part, i): [string, string] => {
          const [first = '', ...rest] = part.split('\n');
          return i ? [first, rest.join(' ')] : ['', `${l.data.summary} ${part}`];
        }),
      ),
    ),
    ...content.terms.map(({ data: t }): SearchPage => ({
      url: `begrippen/#${t.id}`,
      kind: 'begrip',
      title: t.term,
      titleText: t.term,
      module: 'Begrippen',
      sections: one(t.definition, [t.term, ...(t.synonyms ?? [])].join(' ')),
    })),
  ];
  // Small shards, so that loading only some of them is put to the test.
  const real = buildIndex(realPages, synonyms, 3_000);
  // Queries from the content: lesson titles, their first words, a heading, a word being typed,
  // a word with a typo, and every synonym group's first word.
  const queries = [
    ...content.lessons.flatMap((l) => {
      const words = queryWords(l.data.title).filter((w) => w.length > 4);
      const heading = /^## (.+)$/m.exec(l.body ?? '')?.[1] ?? '';
      const w = words[0] ?? 'x';
      return [
        l.data.title,
        words.slice(0, 2).join(' '),
        heading,
        w.slice(0, 4),
        `${w.slice(0, -2)}${w.at(-1)}${w.at(-2)} `,
      ];
    }),
    ...content.terms.map((t) => t.data.term),
    ...synonyms.map((g) => g[0]!),
  ].filter((q) => q.trim());

  /** Only the shards that a query asks for, put together. */
  const assemble = (q: string) => {
    const p = plan(q, real.meta.synonyms);
    const need = filesFor(p, real.meta);
    const asm = new Assembly();
    for (const n of need) asm.add(n, real.shards[n]!);
    return { p, need, asm };
  };

  it('is cut into many small shards, each word in the one shard that fileOf names', () => {
    expect(real.shards.length).toBeGreaterThan(20);
    real.shards.forEach((shard, n) => {
      expect(JSON.stringify(shard).length).toBeLessThan(6_000);
      for (const term of Object.keys(shard)) expect(fileOf(real.meta, term), term).toBe(n);
    });
  });

  it('the shards a query loads give lunr the same results and scores as the whole index', () => {
    expect(queries.length).toBeGreaterThan(30);
    let found = 0;
    const growing = new Assembly();
    for (const q of queries) {
      const { p, need, asm } = assemble(q);
      // A query loads only its shards, never all of them.
      expect(need.length, q).toBeLessThan(real.shards.length / 2);
      const list = clauses(p, real.meta, asm);
      const fromShards = runLunr(asm.index(), list).map((r) => [r.ref, r.score]);
      const fromWhole = runLunr(real.full, list).map((r) => [r.ref, r.score]);
      expect(fromShards, q).toEqual(fromWhole);
      // And the pages ranked on top of lunr's scores are the same too.
      expect(rank(p, real.meta, asm), q).toEqual(rank(p, real.meta, asm, real.full));
      found += fromWhole.length ? 1 : 0;
      // As in the browser: one index that grows query by query, shard by shard.
      for (const n of need) growing.add(n, real.shards[n]!);
      const more = clauses(p, real.meta, growing);
      expect(
        runLunr(growing.index(), more).map((r) => [r.ref, r.score]),
        q,
      ).toEqual(runLunr(real.full, more).map((r) => [r.ref, r.score]));
    }
    expect(found).toBeGreaterThan(queries.length * 0.8);
  });

  it('putting shards together comes in small steps: one per word and one per field vector', () => {
    const q = content.lessons[0]!.data.title;
    const { need } = assemble(q);
    const asm = new Assembly();
    let words = 0;
    let steps = 0;
    for (const n of need) {
      words += Object.keys(real.shards[n]!).length;
      for (const _ of asm.adding(n, real.shards[n]!)) steps++;
    }
    expect(steps).toBe(words);
    steps = 0;
    for (const _ of asm.building()) steps++;
    // A step per field vector the words touch, and one per word for lunr's TokenSet.
    expect(steps).toBeGreaterThan(words);
    // Nothing left to do once built; the index scores as the whole index does.
    expect([...asm.building()]).toHaveLength(0);
    const p = plan(q, real.meta.synonyms);
    const list = clauses(p, real.meta, asm);
    expect(runLunr(asm.index(), list)).toEqual(runLunr(real.full, list));
    // Ranking too: lunr's query is a step per field, and the results are grouped 20 at a time.
    const ranked = ranking(p, real.meta, asm);
    let step = ranked.next();
    let pauses = 0;
    for (; !step.done; step = ranked.next()) pauses++;
    expect(pauses).toBeGreaterThanOrEqual(4 + Math.floor(runLunr(real.full, list).length / 20));
    expect(step.value).toEqual(rank(p, real.meta, asm, real.full));
  });

  it("lunr's query runs a field at a time, a step each, and adds up to lunr's own scores", () => {
    let compared = 0;
    for (const q of queries) {
      const { p, asm } = assemble(q);
      const list = clauses(p, real.meta, asm);
      const whole = runLunr(real.full, list);
      const steps = lunrByField(real.full, list);
      let step = steps.next();
      let pauses = 0;
      for (; !step.done; step = steps.next()) pauses++;
      // One step per field (title, headings, body): none is the whole query.
      expect(pauses, q).toBe(list.length ? 3 : 0);
      const parts = step.value;
      expect(parts.map((r) => r.ref).sort(), q).toEqual(whole.map((r) => r.ref).sort());
      const score = new Map(parts.map((r) => [r.ref, r]));
      for (const r of whole) {
        const part = score.get(r.ref)!;
        // The same sum, perhaps added up in another order: equal to the last bits.
        expect(part.score, `${q}: ${r.ref}`).toBeCloseTo(r.score, 12);
        const found = part.matchData.metadata as Record<string, object>;
        expect(Object.keys(found).sort()).toEqual(Object.keys(r.matchData.metadata).sort());
        for (const [term, fields] of Object.entries(r.matchData.metadata))
          expect(Object.keys(found[term]!).sort()).toEqual(Object.keys(fields).sort());
      }
      // Best first, as lunr orders them.
      expect(parts.map((r) => r.score)).toEqual([...parts.map((r) => r.score)].sort((a, b) => b - a));
      compared += whole.length;
    }
    expect(compared).toBeGreaterThan(1_000);
  });

  it('a snippet stems only the words that may match, and marks the same words as stemming them all', () => {
    // The snippet as it was before it skipped words: every word stemmed.
    const everyWord = (text: string, marks: Set<string>, size: number, nearby: Set<string>): Snippet =>
      snippetOf(text, (w) => marks.has(stem(w)), nearby.size ? (w) => nearby.has(stem(w)) : undefined, size);
    let marked = 0;
    for (const q of [...queries, 'België ideeën', 'cliënt geïntimideerd', 'Škoda', 'x dm', 'aangifte doen']) {
      const r = searchBuilt(real, q);
      for (const h of r.hits.slice(0, 6))
        for (const [, , text] of real.texts[h.page]!.sections) {
          const got = snippet(text, r.marks, 20, r.also);
          expect(got, q).toEqual(everyWord(text, r.marks, 20, r.also));
          marked += got.filter((p) => p.mark).length;
        }
    }
    const accents = 'In België kwamen ideeën van een cliënt; Škoda en coördinatie.';
    for (const w of queryWords(accents).filter((w) => stem(w)))
      expect(
        snippet(accents, new Set([stem(w)]))
          .filter((p) => p.mark)
          .map((p) => p.text),
        w,
      ).toContain(accents.match(new RegExp(w, 'i'))![0]);
    expect(marked).toBeGreaterThan(500);
  });

  it('without one of its shards, a query misses results: the test above would notice a wrong cut', () => {
    const q = content.lessons[0]!.data.title;
    const { p, need } = assemble(q);
    const asm = new Assembly();
    for (const n of need.slice(1)) asm.add(n, real.shards[n]!);
    const list = clauses(p, real.meta, asm);
    expect(runLunr(asm.index(), list).map((r) => r.ref)).not.toEqual(runLunr(real.full, list).map((r) => r.ref));
  });
});

describe('sturdy input', () => {
  it.each([
    ':',
    '~',
    '^',
    '*',
    '+',
    '-',
    'title:doxing',
    'aangifte~2',
    '+-*',
    '"',
    '\\',
    '<script>alert(1)</script>',
    ''.padEnd(500, 'a '),
    '🙂',
  ])('never throws on %j', (q) => {
    expect(() => searchBuilt(built, q)).not.toThrow();
  });
  it('searches syntax characters as plain text', () => {
    expect(urls('title:doxing')).toContain('c/');
    expect(urls('-aangifte')).toContain('b/');
  });
  it('splits words on anything that is not a letter or digit', () => {
    expect(queryWords('VPT-code, 285d!')).toEqual(['vpt', 'code', '285d']);
  });
  it('marks matched words in the snippet as parts, never as HTML', () => {
    const r = searchBuilt(built, 'huisadres');
    const text = built.texts[r.hits[0]!.page]!.sections[0]![2];
    expect(
      snippet(text, r.marks)
        .filter((p) => p.mark)
        .map((p) => p.text),
    ).toEqual(['huisadres']);
  });
});

describe('snippets', () => {
  const text = `${'Woord '.repeat(40)}Iemand zet je huisadres online. ${'Meer '.repeat(40)}`;
  it('start a little before the first marked word', () => {
    const parts = snippet(text, new Set([stem('huisadres')]));
    expect(parts[0]!.text).toMatch(/^… (Woord ){1,8}Iemand zet je $/);
    expect(parts.find((p) => p.mark)!.text).toBe('huisadres');
  });
  it('without a marked word, start near a synonym and mark nothing', () => {
    const parts = snippet(text, new Set(), 28, new Set([stem('online')]));
    expect(parts.map((p) => p.text).join('')).toContain('online');
    expect(parts.some((p) => p.mark)).toBe(false);
  });
});

describe('work in slices', () => {
  it('gives the main thread back each time a stretch of steps has taken the budget', async () => {
    let now = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => now);
    const log: string[] = [];
    function* steps() {
      for (let i = 1; i <= 7; i++) {
        now += 4; // each step takes 4 ms
        log.push(String(i));
        yield;
      }
    }
    await inSlices(steps(), async () => log.push('pause'), 10);
    clock.mockRestore();
    // 10 ms budget, 4 ms a step: a pause after every third step, and every step runs.
    expect(log).toEqual(['1', '2', '3', 'pause', '4', '5', '6', 'pause', '7']);
  });
});
