/** The cross-checks on small in-memory content: graph rules, question rules, MDX references. */
import { describe, expect, it } from 'vitest';
import {
  checkContent,
  checkQuestion,
  checkScenarioGraph,
  findMdxRefs,
  type ContentSet,
  type Entry,
} from '../../src/lib/checks.ts';
import {
  lessonSchema,
  moduleSchema,
  questionSchema,
  scenarioSchema,
  sourceSchema,
  termSchema,
  type Scenario,
} from '../../src/lib/schemas.ts';

const file = 'content/test.yaml';
const scenario = (steps: unknown[], extra: object = {}): Entry<Scenario> => ({
  file,
  data: scenarioSchema.parse({
    id: 's',
    title: 'S',
    module: 'm',
    summary: 'S.',
    start: 'a',
    discussion: ['V?'],
    facilitator: ['N.'],
    steps,
    ...extra,
  }),
});
const step = (id: string, ...next: string[]) => ({
  id,
  title: id,
  situation: 'x',
  question: 'q?',
  choices: next.map((n, i) => ({ id: `c${i}`, text: n, next: n, feedback: 'f' })),
});
const end = (id: string) => ({ id, title: id, situation: 'x', ending: { kind: 'goed', text: 'klaar' } });

describe('scenario graph', () => {
  it('needs at least two decision steps', () => {
    const errors = checkScenarioGraph(scenario([step('a', 'x', 'y'), end('x'), end('y')]));
    expect(errors.map((e) => e.message)).toEqual(['het scenario heeft minder dan twee beslisstappen']);
  });
  it('accepts a sound graph', () => {
    expect(checkScenarioGraph(scenario([step('a', 'b', 'y'), step('b', 'x', 'y'), end('x'), end('y')]))).toEqual([]);
  });
  it('accepts a loop that can still end', () => {
    expect(checkScenarioGraph(scenario([step('a', 'b', 'x'), step('b', 'a', 'y'), end('x'), end('y')]))).toEqual([]);
  });
  it('names a missing start', () => {
    const errors = checkScenarioGraph(
      scenario([step('a', 'b', 'y'), step('b', 'x', 'y'), end('x'), end('y')], { start: 'zz' }),
    );
    expect(errors).toContainEqual({ file, field: 'start', message: 'stap "zz" bestaat niet' });
  });
  it('needs at least two endings', () => {
    const errors = checkScenarioGraph(scenario([step('a', 'b', 'x'), step('b', 'x', 'x'), end('x')]));
    expect(errors.map((e) => e.message)).toContain('het scenario heeft minder dan twee eindes');
  });
  it('refuses an ending with choices', () => {
    const bad = { ...end('x'), choices: [{ id: 'c', text: 't', next: 'y', feedback: 'f' }] };
    const errors = checkScenarioGraph(scenario([step('a', 'b', 'y'), step('b', 'x', 'y'), bad, end('y')]));
    expect(errors.map((e) => e.message)).toContain('stap "x" is een einde maar heeft keuzes');
  });
  it('checks the recommended path', () => {
    const errors = checkScenarioGraph(
      scenario([step('a', 'b', 'y'), step('b', 'x', 'y'), end('x'), end('y')], {
        recommended: ['a/c0', 'a/c9', 'q/c0'],
      }),
    );
    expect(errors.map((e) => e.field)).toEqual(['recommended[1]', 'recommended[2]']);
  });
});

describe('questions', () => {
  const q = (type: string, correct: boolean[]) => ({
    file,
    data: questionSchema.parse({
      id: 'q',
      module: 'm',
      type,
      prompt: 'P?',
      explanation: 'E.',
      options: correct.map((c, i) => ({ id: `o${i}`, text: `o${i}`, correct: c })),
    }),
  });
  it('single choice needs exactly one right option', () => {
    expect(checkQuestion(q('single', [true, false]))).toEqual([]);
    expect(checkQuestion(q('single', [false, false]))[0]?.message).toMatch(
      /precies één goed antwoord, maar heeft er 0/,
    );
  });
  it('multiple choice needs at least one right option', () => {
    expect(checkQuestion(q('multiple', [true, true, false]))).toEqual([]);
    expect(checkQuestion(q('multiple', [false, false]))).toHaveLength(1);
  });
  it('a multiple-choice prompt leaves "Kies alle …" to the site, which says it once', () => {
    const own = q('multiple', [true, false]);
    own.data.prompt = 'Wat helpt? Kies alle goede antwoorden.';
    expect(checkQuestion(own).map((e) => e.field)).toEqual(['prompt']);
    own.data.prompt = 'Wat helpt? Kies alles wat klopt.';
    expect(checkQuestion(own).map((e) => e.field)).toEqual(['prompt']);
  });
  it('true/false has exactly two options', () => {
    expect(checkQuestion(q('truefalse', [true, false, false])).map((e) => e.message)).toContain(
      'een waar/niet waar-vraag heeft precies twee opties',
    );
  });
  it('a reflection question has no options', () => {
    expect(checkQuestion(q('reflection', []))).toEqual([]);
    expect(checkQuestion(q('reflection', [true]))).toHaveLength(1);
  });
});

describe('MDX references', () => {
  it('finds ids with their line numbers, in either quote style', () => {
    const body = 'Een <Begrip id="a">a</Begrip>.\n\n<Bron id=\'b\' /> en <Bron  id="c"/>';
    expect(findMdxRefs(body, 'Begrip', 'id')).toEqual([{ value: 'a', line: 1 }]);
    expect(findMdxRefs(body, 'Bron', 'id')).toEqual([
      { value: 'b', line: 3 },
      { value: 'c', line: 3 },
    ]);
  });
});

describe('the whole set', () => {
  const base = (): ContentSet => ({
    modules: [
      { file: 'm.yaml', data: moduleSchema.parse({ id: 'm', order: 1, title: 'M', summary: 'S.', goals: ['a', 'b'] }) },
    ],
    lessons: [
      {
        file: 'l.mdx',
        body: '<Begrip id="t">t</Begrip> <Bron id="s1" />',
        data: lessonSchema.parse({
          id: 'l',
          module: 'm',
          order: 1,
          title: 'L',
          summary: 'S.',
          duration: 5,
          goals: ['a', 'b'],
          sources: ['s1', 's2'],
          reviewed: '2026-11-30',
        }),
      },
    ],
    scenarios: [],
    questions: [],
    terms: [{ file: 't.yaml', data: termSchema.parse({ id: 't', term: 't', definition: 'd' }) }],
    sources: ['s1', 's2'].map((id) => ({
      file: 'b.yaml',
      data: sourceSchema.parse({ id, title: id, publisher: 'p', year: 2020, checked: '2026-11-28' }),
    })),
    sessions: [],
    guides: [],
    facts: [],
  });
  it('is clean when every reference resolves', () => {
    expect(checkContent(base())).toEqual([]);
  });
  it('reports two lessons with the same order in one module', () => {
    const set = base();
    set.lessons.push({ ...set.lessons[0]!, file: 'l2.mdx', data: { ...set.lessons[0]!.data, id: 'l2' } });
    expect(checkContent(set).map((e) => e.message)).toEqual(['volgorde 1 in module "m" is al gebruikt door l.mdx']);
  });
});
