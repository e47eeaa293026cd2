/** The plain-language measures and the content lint. */
import { describe, expect, it } from 'vitest';
import { measure, mdxToProse, sentences, syllables, words } from '../../src/lib/readability.ts';
import { lintContent, uncitedFacts } from '../../src/lib/lint.ts';
import type { ContentSet } from '../../src/lib/checks.ts';
import { lessonSchema, termSchema } from '../../src/lib/schemas.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContentDir } from '../../src/load/content-fs.ts';

describe('syllables in Dutch words', () => {
  it.each([
    ['raad', 1],
    ['raadslid', 2],
    ['bedreiging', 3],
    ['intimidatie', 5],
    ['geëist', 2],
    ['financiële', 5],
    ['bijeenkomst', 3],
    ['2024', 1],
  ])('%s has %i', (word, n) => {
    expect(syllables(word)).toBe(n);
  });
});

describe('sentences and words', () => {
  it('splits on end marks and blank lines', () => {
    expect(sentences('Je meldt het. Dan praat je erover! Wat nu?\n\nEen kop')).toEqual([
      'Je meldt het.',
      'Dan praat je erover!',
      'Wat nu?',
      'Een kop',
    ]);
  });
  it('keeps hyphenated words and numbers whole', () => {
    expect(words('VPT-code in 2024, 49 procent')).toEqual(['VPT-code', 'in', '2024', '49', 'procent']);
  });
});

describe('MDX to prose', () => {
  it('drops self-closing components and tables, keeps words inside components', () => {
    const prose = mdxToProse(
      '## Kop\n\nEen <Begrip id="aangifte">aangifte</Begrip> doe je<Bron id="x" />.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- punt een\n- punt twee',
    );
    expect(prose).not.toContain('Bron');
    expect(prose).not.toContain('|');
    expect(sentences(prose)).toEqual(['Kop.', 'Een aangifte doe je.', 'punt een.', 'punt twee.']);
  });
});

describe('measure', () => {
  it('computes average sentence length, long words and Flesch-Douma', () => {
    const r = measure('Je meldt het altijd. Ook als het klein lijkt.');
    expect(r.sentences).toBe(2);
    expect(r.words).toBe(9);
    expect(r.averageSentence).toBe(4.5);
    expect(r.longWords).toBe(0);
    // 10 syllables in 9 words: 206.84 − 0.77 × 111.1 − 0.93 × 4.5
    expect(r.fleschDouma).toBeCloseTo(206.84 - 0.77 * (10 / 9) * 100 - 0.93 * 4.5, 5);
  });
});

describe('lintContent', () => {
  const lesson = (body: string, sources = ['a', 'b']) => ({
    file: 'content/lessen/m/01-x.mdx',
    body,
    data: lessonSchema.parse({
      id: 'x',
      module: 'm',
      order: 1,
      title: 'X',
      summary: 'S.',
      duration: 5,
      goals: ['a', 'b'],
      sources,
      reviewed: '2026-11-30',
    }),
  });
  const set = (body: string, terms = ['aangifte']): ContentSet => ({
    modules: [],
    lessons: [lesson(body)],
    scenarios: [],
    questions: [],
    terms: terms.map((id) => ({
      file: 'content/begrippen.yaml',
      data: termSchema.parse({ id, term: id, definition: 'd' }),
    })),
    sources: [],
    sessions: [],
    guides: [],
    facts: [],
  });
  const ending = '\n\n<BespreekInDeRaad>\n\n- Vraag een?\n- Vraag twee?\n\n</BespreekInDeRaad>\n';

  it('passes a plain lesson that uses every term', () => {
    expect(lintContent(set(`Je doet <Begrip id="aangifte">aangifte</Begrip>. Dat helpt.${ending}`)).problems).toEqual(
      [],
    );
  });
  it('fails when the average sentence is longer than 15 words', () => {
    const long = (n: number) => Array.from({ length: n }, (_, i) => `woord${i}`).join(' ') + '.';
    // 20 + 2 + 2 words over 3 sentences: 8 on average, fine.
    expect(lintContent(set(`<Begrip id="aangifte">a</Begrip> ${long(19)}${ending}`)).problems).toEqual([]);
    // 50 + 2 + 2 words over 3 sentences: 18 on average.
    const { problems } = lintContent(set(`<Begrip id="aangifte">a</Begrip> ${long(49)}${ending}`));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/gemiddeld 18\.0 woorden per zin \(hoogstens 15\)/);
  });
  it('fails on an unused glossary term', () => {
    expect(lintContent(set(`Tekst.${ending}`)).problems).toEqual([
      'content/begrippen.yaml: begrip "aangifte" wordt in geen enkele les gebruikt (<Begrip id="aangifte">)',
    ]);
  });
  it('fails on fewer than two sources', () => {
    const s = set(`<Begrip id="aangifte">a</Begrip>.${ending}`);
    s.lessons[0]!.data.sources = ['a', 'a'];
    expect(lintContent(s).problems).toEqual([
      'content/lessen/m/01-x.mdx: noemt 1 bron(nen); een les noemt er minstens twee',
    ]);
  });
  it('fails when the lesson does not end with 2 or 3 discussion questions', () => {
    expect(lintContent(set('<Begrip id="aangifte">a</Begrip>.')).problems).toEqual([
      'content/lessen/m/01-x.mdx: eindigt niet met <BespreekInDeRaad>',
    ]);
    const four = '\n\n<BespreekInDeRaad>\n\n- a?\n- b?\n- c?\n- d?\n\n</BespreekInDeRaad>\n';
    expect(lintContent(set(`<Begrip id="aangifte">a</Begrip>.${four}`)).problems[0]).toMatch(/heeft 4 vragen/);
  });
  it('fails on a phone number or a named municipality in a lesson', () => {
    const { problems } = lintContent(
      set(`<Begrip id="aangifte">a</Begrip>. Bel 0900-8844 of 112.\nDe gemeente Utrecht doet dit.${ending}`),
    );
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/:1: telefoonnummer "0900-8844"/);
    expect(problems[1]).toMatch(/:2: gemeentenaam "gemeente Utrecht"/);
    // 112 is the same in every municipality: advice may name it.
    expect(lintContent(set(`<Begrip id="aangifte">a</Begrip>. Bel 112.${ending}`)).problems).toEqual([]);
  });
  it('holds the guide for griffiers and the session plans to the same rules', () => {
    const s = set(`<Begrip id="aangifte">a</Begrip>.${ending}`);
    s.guides = [
      {
        file: 'content/griffier/01-x.mdx',
        body: 'In 2024 ging het mis.\nBel 06-12345678.\n## Kop',
        data: { id: 'x', order: 1, title: 'X', summary: 'S.', reviewed: new Date('2026-11-30') },
      },
    ];
    s.sessions = [
      {
        file: 'content/sessies/x.yaml',
        data: {
          id: 'x',
          title: 'X',
          duration: 5,
          summary: 'S.',
          parts: [
            { kind: 'opening', title: 'Welkom', minutes: 5, notes: 'Welkom namens de gemeente Utrecht.' },
            { kind: 'pauze', title: 'Pauze', minutes: 5, notes: 'Noem dat 45 procent dit meemaakte.' },
          ],
          sources: [],
        },
      },
    ];
    expect(lintContent(s).problems).toEqual([
      'content/griffier/01-x.mdx:1: "2024" staat in een alinea zonder <Bron>; elk cijfer, jaartal en wetsartikel noemt zijn bron',
      'content/griffier/01-x.mdx:2: telefoonnummer "06-12345678" in de inhoud; gebruik <Contact wie="…" />',
      'content/griffier/01-x.mdx:3: een hoofdstuk voor griffiers begint tussenkoppen met ###',
      'content/sessies/x.yaml parts[0]: gemeentenaam "gemeente Utrecht" in de inhoud; de naam komt uit content/gemeente.yaml',
      'content/sessies/x.yaml parts[1]: "45 procent" zonder bron; zet de bron in "sources" van het plan',
    ]);
  });
  it('wants <Contact> on a line of its own', () => {
    const inline = `<Begrip id="aangifte">a</Begrip>. Bel de politie: <Contact wie="politie" />\n\n<Contact wie="griffie" />${ending}`;
    expect(lintContent(set(inline)).problems).toEqual([
      'content/lessen/m/01-x.mdx:1: zet <Contact> op een eigen regel, met een lege regel ervoor en erna',
    ]);
  });
  it('does not take years, percentages or article numbers for phone numbers', () => {
    const text = `<Begrip id="aangifte">a</Begrip>. In 2024 was het 45 procent. Artikel 285d Sr. Stcrt. 2023, 28233. Kamerstuk 28684, nr. 403.<Bron id="a" />${ending}`;
    expect(lintContent(set(text)).problems).toEqual([]);
  });
});

describe('uncitedFacts', () => {
  it('finds a figure, a year or an article in a paragraph without <Bron>', () => {
    const body =
      'Intro zonder cijfers.\n\nIn 2022 was het 49 procent.\n\nArtikel 285d Sr is nieuw.<Bron id="wvs" />\n\n| a | b |\n|---|---|\n| 2024 | 45 procent |';
    expect(uncitedFacts(body)).toEqual([
      { line: 3, text: '2022' },
      { line: 7, text: '2024' },
    ]);
  });
  it('lets a list inherit the source of the sentence that introduces it', () => {
    expect(uncitedFacts('Kijk naar 2016 en 2018<Bron id="m" />:\n\n- raadsleden: 24 naar 28 procent')).toEqual([]);
    expect(uncitedFacts('Kijk hiernaar:\n\n- raadsleden: 24 naar 28 procent')).toEqual([
      { line: 3, text: '28 procent' },
    ]);
  });
  it('does not ask a source for headings or the discussion questions', () => {
    expect(uncitedFacts('## Sinds 2024\n\n<BespreekInDeRaad>\n\n</BespreekInDeRaad>')).toEqual([]);
  });
});

describe('lint messages name the line in the file', () => {
  // The real content with a few faulty files laid over it (tests/fixtures/lint/).
  const root = join(import.meta.dirname, '../..');
  const fixture = join(root, 'tests/fixtures/lint');
  const { problems } = lintContent(loadContentDir(join(root, 'content'), fixture).set);
  const lineOf = (file: string, text: string) =>
    readFileSync(join(fixture, file), 'utf8')
      .split('\n')
      .findIndex((l) => l.includes(text)) + 1;

  it('for a lesson with fewer than two sources: the sources line', () => {
    expect(problems).toContain(
      `content/lessen/waarom/98-een-bron.mdx:${lineOf('lessen/waarom/98-een-bron.mdx', 'sources:')}: noemt 1 bron(nen); een les noemt er minstens twee`,
    );
  });
  it('for a wrong number of questions for the council: the <BespreekInDeRaad> line', () => {
    expect(problems).toContain(
      `content/lessen/waarom/98-een-bron.mdx:${lineOf('lessen/waarom/98-een-bron.mdx', '<BespreekInDeRaad>')}: <BespreekInDeRaad> heeft 1 vragen (2 of 3)`,
    );
  });
  it('for a question without source: the start of the file', () => {
    expect(problems).toContain('content/vragen/waarom/zonder-bron.yaml:1: de vraag noemt geen bron (veld "source")');
  });
  it('for a phone number in a session plan: the line of the part', () => {
    const line = lineOf('sessies/lint.yaml', 'title: Bellen');
    expect(
      problems.some((p) => p.startsWith(`content/sessies/lint.yaml:${line} parts[1]: telefoonnummer "0900-8844"`)),
      problems.join('\n'),
    ).toBe(true);
  });
});
