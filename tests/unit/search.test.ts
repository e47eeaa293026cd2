/** Search in Dutch: stemming, synonyms, fuzzy matching and input that must never throw. */
import { describe, expect, it } from 'vitest';
import { buildIndex, expand, loadIndex, queryWords, search, stem, type SearchDoc } from '../../src/lib/search.ts';

const docs: SearchDoc[] = [
  {
    ref: 'a/#bedreiging',
    kind: 'les',
    title: 'Wat is een bedreiging?',
    module: 'Herkennen',
    headings: 'Bedreiging',
    body: 'Een bedreiging is strafbaar als iemand je met een misdrijf bedreigt.',
  },
  {
    ref: 'b/#aangifte',
    kind: 'les',
    title: 'Aangifte doen',
    module: 'Melden',
    headings: 'Aangifte',
    body: 'Je doet aangifte bij de politie. Vraag om de VPT-code.',
  },
  {
    ref: 'c/#doxing',
    kind: 'les',
    title: 'Doxing',
    module: 'Online',
    headings: 'Doxing',
    body: 'Iemand zet je huisadres op internet om je bang te maken.',
  },
  {
    ref: 'd/#domicilie',
    kind: 'les',
    title: 'Domicilie kiezen',
    module: 'Melden',
    headings: 'Domicilie',
    body: 'Met domicilie geef je het adres van het gemeentehuis op.',
  },
];
const data = buildIndex(docs);
const index = loadIndex(JSON.parse(JSON.stringify(data)));
const refs = (q: string, syn: string[][] = []) => search(index, data, q, syn).map((r) => r.ref);

describe('Dutch stemming', () => {
  it('stems inflections to one form', () => {
    expect(stem('bedreigingen')).toBe(stem('bedreiging'));
    expect(stem('aangiftes')).toBe(stem('aangifte'));
  });
  it('"bedreigd" finds "bedreiging" and "aangiftes" finds "aangifte"', () => {
    expect(refs('bedreigd')).toContain('a/#bedreiging');
    expect(refs('aangiftes')[0]).toBe('b/#aangifte');
  });
  it('drops Dutch stop words', () => {
    expect(stem('de')).toBe('');
  });
  it('runs trimmer, stop words and stemmer at query time too (the saved pipeline)', () => {
    expect((data.index as { pipeline: string[] }).pipeline).toEqual([
      'trimmer-nl',
      'stopWordFilter-nl',
      'plural-nl',
      'stemmer-nl',
    ]);
  });
});

describe('synonyms', () => {
  const syn = [
    ['doxing', 'adres online', 'huisadres'],
    ['aangifte', 'melding'],
  ];
  it('expands a word to its group with less weight', () => {
    expect(expand(['melding'], syn)).toEqual([
      { word: 'melding', boost: 1 },
      { word: 'aangifte', boost: 0.5 },
    ]);
  });
  it('matches a phrase from the list', () => {
    expect(refs('adres online', syn)).toContain('c/#doxing');
    expect(refs('adres online', [])).not.toContain('c/#doxing');
  });
});

describe('fuzzy matching', () => {
  it('finds a word of five or more letters with one typo', () => {
    expect(refs('domicilei')).toContain('d/#domicilie');
    expect(refs('aangfite')).toContain('b/#aangifte');
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
    expect(() => search(index, data, q, [])).not.toThrow();
  });
  it('searches syntax characters as plain text', () => {
    expect(refs('title:doxing')).toContain('c/#doxing');
    expect(refs('-aangifte')).toContain('b/#aangifte');
  });
  it('splits words on anything that is not a letter or digit', () => {
    expect(queryWords('VPT-code, 285d!')).toEqual(['vpt', 'code', '285d']);
  });
  it('marks matched words in the snippet as parts, never as HTML', () => {
    const [r] = search(index, data, 'huisadres');
    expect(r!.snippet.filter((p) => p.mark).map((p) => p.text)).toEqual(['huisadres']);
  });
});
