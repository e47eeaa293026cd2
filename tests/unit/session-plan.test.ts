/**
 * Session plans: the link that carries a whole plan, its refusals, the steps the projector shows,
 * the projector catalog without facilitator notes, the agreements as Markdown, and the ready plans.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadContentDir } from '../../src/load/content-fs.ts';
import { checkContent } from '../../src/lib/checks.ts';
import {
  checkPlan,
  clock,
  decodePlan,
  encodePlan,
  planFromHash,
  sessionToPlan,
  startTimes,
  totalMinutes,
  withoutNotes,
  type Plan,
  type Refusal,
} from '../../src/lib/session-plan.ts';
import {
  facilitatorNotes,
  knownIds,
  pathSteps,
  projectorCatalog,
  slidesOf,
  SPLIT_AT,
  stepWeight,
  type Catalog,
} from '../../src/lib/slides.ts';
import { format } from '../../src/i18n/format.ts';
import { nl } from '../../src/i18n/nl.ts';
import { agreementsMarkdown, newer, switchPart, timerSpent, type Live } from '../../src/stores/session.ts';

const { set } = loadContentDir(join(import.meta.dirname, '../../content'));
const modules = set.modules.map((m) => m.data);
const scenarios = set.scenarios.map((s) => s.data);
const catalog = projectorCatalog(modules, scenarios);
const known = knownIds(catalog);
const dilemma = scenarios.find((s) => s.steps.filter((st) => st.choices.length).length >= 2)!;

/** A refusal put into words as the views do it (BadPlan.tsx, print-kit.ts): the code's text from the dictionary. */
const say = (r: Refusal) => format(nl.session.refused[r.code], r.values);

const plan: Plan = {
  title: 'Raadsavond "VPT" – één test',
  parts: [
    { kind: 'opening', title: 'Welkom', minutes: 5, text: 'Spelregels: niemand hoeft iets te delen.' },
    { kind: 'module', title: modules[0]!.title, minutes: 10, ref: modules[0]!.id, notes: 'Geheime notitie één' },
    { kind: 'dilemma', title: dilemma.title, minutes: 15, ref: dilemma.id, notes: 'Geheime notitie twee' },
    { kind: 'gesprek', title: 'Gesprek', minutes: 10, question: 'Wat spreken we af?' },
    { kind: 'afsluiting', title: 'Afspraken', minutes: 5 },
  ],
};

describe('the plan link', () => {
  it('carries the whole plan, notes and accents included', () => {
    const r = decodePlan(encodePlan(plan), known);
    expect(r).toEqual({ ok: true, plan });
  });

  it('reads the plan from a location hash', () => {
    const code = encodePlan(plan);
    expect(planFromHash(`#plan=${code}`)).toBe(code);
    expect(planFromHash('#iets-anders')).toBeUndefined();
  });

  it('refuses a link with one character changed, and says so', () => {
    const code = encodePlan(plan);
    const [v, data, sum] = code.split('.');
    const i = 20;
    const changed = `${v}.${data!.slice(0, i)}${data![i] === 'A' ? 'B' : 'A'}${data!.slice(i + 1)}.${sum}`;
    const r = decodePlan(changed, known);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(say(r.error)).toContain('veranderd');
  });

  it('refuses a link that was cut off', () => {
    const code = encodePlan(plan);
    for (const cut of [code.slice(0, 30), code.slice(0, code.lastIndexOf('.')), '', '1', 'onzin']) {
      const r = decodePlan(cut, known);
      expect(r.ok, cut).toBe(false);
      if (!r.ok) expect(say(r.error).length).toBeGreaterThan(10);
    }
  });

  it('refuses a plan from a newer version with its own message', () => {
    const r = decodePlan(encodePlan(plan).replace(/^1\./, '2.'), known);
    expect(!r.ok && say(r.error)).toContain('nieuwere versie');
  });

  it('refuses data that is not JSON even when the checksum fits', () => {
    const data = btoa('{niet: json').replace(/=+$/, '');
    let h = 0x811c9dc5;
    for (let i = 0; i < data.length; i++) h = Math.imul(h ^ data.charCodeAt(i), 0x01000193) >>> 0;
    const r = decodePlan(`1.${data}.${h.toString(36)}`, known);
    expect(!r.ok && say(r.error)).toContain('beschadigd');
  });

  it('names the part that points at a dilemma that does not exist', () => {
    const bad = {
      ...plan,
      parts: [...plan.parts, { kind: 'dilemma' as const, title: 'Weg', minutes: 10, ref: 'bestaat-niet' }],
    };
    const r = decodePlan(encodePlan(bad), known);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.details.map(say)).toEqual(['Onderdeel 6 verwijst naar casus "bestaat-niet", die bestaat niet (meer).']);
  });
});

describe('checkPlan', () => {
  it('accepts a good plan', () => expect(checkPlan(plan, known)).toEqual([]));
  it.each([
    ['not an object', 'x', 'geen geldig plan'],
    ['no parts', { title: 'T', parts: [] }, 'geen onderdelen'],
    ['unknown field', { ...plan, extra: 1 }, 'onbekend veld "extra"'],
    ['no title', { ...plan, title: ' ' }, 'geen titel'],
    ['minutes not whole', { ...plan, parts: [{ ...plan.parts[0], minutes: 2.5 }] }, 'duurt geen hele'],
    ['minutes too many', { ...plan, parts: [{ ...plan.parts[0], minutes: 61 }] }, 'duurt geen hele'],
    ['unknown kind', { ...plan, parts: [{ ...plan.parts[0], kind: 'feest' }] }, 'onbekende soort'],
    ['dilemma without ref', { ...plan, parts: [{ kind: 'dilemma', title: 'D', minutes: 5 }] }, 'mist de casus'],
    ['ref on an opening', { ...plan, parts: [{ ...plan.parts[0], ref: 'waarom' }] }, 'verwijst naar iets'],
    ['gesprek without question', { ...plan, parts: [{ kind: 'gesprek', title: 'G', minutes: 5 }] }, 'zonder vraag'],
    ['notes too long', { ...plan, parts: [{ ...plan.parts[0], notes: 'x'.repeat(1501) }] }, 'te lange notitie'],
    [
      '__proto__ field',
      JSON.parse('{"title":"T","parts":[{"kind":"opening","title":"O","minutes":5,"__proto__":{"x":1}}]}'),
      'onbekend veld "__proto__"',
    ],
  ])('refuses %s', (_name, value, message) => {
    expect(checkPlan(value, known).map(say).join(' ')).toContain(message);
  });
});

describe('time', () => {
  it('adds up the minutes and gives each part its start', () => {
    expect(totalMinutes(plan)).toBe(45);
    expect(startTimes(plan)).toEqual([0, 5, 15, 30, 40]);
    expect(clock(90)).toBe('1:30');
    expect(clock(5)).toBe('0:05');
  });
});

describe('projector steps', () => {
  const slides = slidesOf(withoutNotes(plan), catalog);
  const decisions = pathSteps(dilemma);

  it('shows a dilemma one decision at a time, then its questions to discuss', () => {
    expect(slides.map((s) => s.kind)).toEqual([
      'tekst',
      'module',
      ...decisions.map(() => 'keuze'),
      'bespreken',
      'bespreken',
      'tekst',
    ]);
    const first = slides.find((s) => s.kind === 'keuze');
    expect(first?.kind === 'keuze' && first.step.options.map((o) => o.text)).toEqual(
      decisions[0]!.choices.map((c) => c.text),
    );
  });

  it('follows the recommended choice from step to step', () => {
    for (const s of scenarios.filter((x) => x.recommended.length)) {
      const ids = pathSteps(s).map((st) => st.id);
      expect(ids[0]).toBe(s.start);
      for (const r of s.recommended) {
        const [step, choice] = r.split('/');
        const i = ids.indexOf(step!);
        if (i >= 0 && i < ids.length - 1) {
          const next = s.steps.find((st) => st.id === step)!.choices.find((c) => c.id === choice)!.next;
          expect(ids[i + 1], `${s.id}: ${r}`).toBe(next);
        }
      }
    }
  });

  it('shows a decision too long for one screen in two steps: the situation, then the options', () => {
    const s = catalog.scenarios.find((x) => x.id === dilemma.id)!;
    const [first, ...rest] = s.steps;
    // The content's own situation, repeated until the step is over the limit.
    const situation = Array.from(
      { length: Math.ceil(SPLIT_AT / first!.situation.length) + 1 },
      () => first!.situation,
    ).join(' ');
    const long: Catalog = { ...catalog, scenarios: [{ ...s, steps: [{ ...first!, situation }, ...rest] }] };
    expect(stepWeight(s.title, long.scenarios[0]!.steps[0]!)).toBeGreaterThan(SPLIT_AT);
    const split = slidesOf(withoutNotes(plan), long);
    const kinds = split.map((x) => x.kind);
    expect(kinds).toEqual([
      'tekst',
      'module',
      'situatie',
      ...decisions.map(() => 'keuze'),
      'bespreken',
      'bespreken',
      'tekst',
    ]);
    const [situationStep, optionsStep] = split.slice(2, 4);
    expect(situationStep?.kind === 'situatie' && situationStep.step.situation).toBe(situation);
    // The options step keeps the show of hands (same key as unsplit) and says it is the second half.
    expect(optionsStep?.kind === 'keuze' && [optionsStep.split, optionsStep.tally, optionsStep.of]).toEqual([
      true,
      `2:${first!.id}`,
      [1, s.steps.length],
    ]);
    expect(situationStep && 'tally' in situationStep).toBe(false);
  });

  it('every dilemma has at least one decision to show', () => {
    for (const s of catalog.scenarios) expect(s.steps.length, s.id).toBeGreaterThan(0);
  });

  it('the projector catalog holds no facilitator note and no feedback', () => {
    const text = JSON.stringify(catalog);
    for (const s of scenarios) {
      for (const note of s.facilitator) expect(text).not.toContain(note);
      for (const st of s.steps) for (const c of st.choices) expect(text).not.toContain(c.feedback);
    }
    expect(JSON.stringify(withoutNotes(plan))).not.toContain('Geheime notitie');
  });

  it('the control notes hold every facilitator note', () => {
    const notes = facilitatorNotes(scenarios);
    for (const s of scenarios) expect(notes[s.id]!.notes).toEqual(s.facilitator);
  });
});

describe('ready plans', () => {
  const sessions = set.sessions.map((s) => s.data);

  it('offers plans of 45, 60 and 90 minutes with timed parts', () => {
    for (const minutes of [45, 60, 90]) {
      const s = sessions.find((x) => x.duration === minutes);
      expect(s, `a ${minutes}-minute plan`).toBeTruthy();
      expect(totalMinutes(s!)).toBe(minutes);
      expect(s!.parts.length).toBeGreaterThanOrEqual(4);
    }
  });

  it('each ready plan passes the same check as a plan from a link', () => {
    for (const s of sessions) expect(checkPlan(sessionToPlan(s), known), s.id).toEqual([]);
  });

  it('the content cross-checks catch a bad session part', () => {
    const broken = {
      ...set,
      sessions: [
        {
          file: 'content/sessies/x.yaml',
          data: {
            id: 'x',
            title: 'X',
            duration: 15,
            summary: 'S',
            parts: [
              { kind: 'gesprek' as const, title: 'G', minutes: 5 },
              { kind: 'opening' as const, title: 'O', minutes: 5, question: 'Waarom?' },
              { kind: 'module' as const, title: 'M', minutes: 5 },
            ],
            sources: ['bestaat-niet'],
          },
        },
      ],
    };
    const messages = checkContent(broken).map((e) => `${e.field}: ${e.message}`);
    expect(messages).toEqual([
      'parts[0].question: een gesprek heeft een vraag nodig',
      'parts[1].question: alleen een gesprek heeft een vraag, niet "opening"',
      'parts[2].ref: een onderdeel van soort "module" heeft een ref nodig',
      'sources[0]: bron "bestaat-niet" bestaat niet',
    ]);
  });
});

describe('agreements as Markdown', () => {
  it('is a table that survives pipes and line breaks', () => {
    const md = agreementsMarkdown(
      [
        { id: '1', actie: 'Protocol | bespreken', wie: 'Griffier', wanneer: '1 maart' },
        { id: '2', actie: 'Nazorg\nregelen', wie: '', wanneer: '' },
      ],
      // The words as Agreements.tsx passes them, from the dictionary.
      {
        heading: 'Afspraken',
        recorded: format(nl.session.mdRecorded, { date: '28 november 2026' }),
        columns: [nl.session.action, nl.session.who, nl.session.when],
      },
    );
    expect(md).toBe(
      '# Afspraken\n\nVastgelegd op 28 november 2026.\n\n| Actie | Wie | Wanneer |\n| --- | --- | --- |\n| Protocol \\| bespreken | Griffier | 1 maart |\n| Nazorg regelen | – | – |\n',
    );
  });
});

describe('the running session', () => {
  it('counts the time of a part across pauses', () => {
    expect(timerSpent({ part: 0, spent: 0, since: null }, 5000)).toBe(0);
    expect(timerSpent({ part: 0, spent: 0, since: 1000 }, 61_000)).toBe(60_000);
    expect(timerSpent({ part: 0, spent: 30_000, since: 100_000 }, 110_000)).toBe(40_000);
    expect(timerSpent({ part: 0, spent: 30_000, since: null }, 999_999)).toBe(30_000);
  });

  it('keeps the time of each part when the griffier goes back and forth', () => {
    // 12 minutes into part 0 (running), then by mistake to part 1 for 10 s, then back.
    let l: Pick<Live, 'timer' | 'laps'> = { timer: { part: 0, spent: 0, since: 0 }, laps: {} };
    l = switchPart(l, 1, 720_000);
    expect(l).toEqual({ laps: { 0: 720_000 }, timer: { part: 1, spent: 0, since: 720_000 } });
    l = switchPart(l, 0, 730_000);
    expect(timerSpent(l.timer, 730_000)).toBe(720_000);
    expect(l.laps).toEqual({ 0: 720_000, 1: 10_000 });
    // Paused stays paused; the same part changes nothing.
    const paused = { timer: { part: 2, spent: 5_000, since: null }, laps: {} };
    expect(switchPart(paused, 3, 99_000).timer).toEqual({ part: 3, spent: 0, since: null });
    expect(switchPart(paused, 2, 99_000)).toEqual(paused);
  });

  it('two windows agree on which change is later, also on a tie', () => {
    expect(newer({ rev: 3, by: 'a' }, { rev: 2, by: 'z' })).toBe(true);
    expect(newer({ rev: 2, by: 'z' }, { rev: 3, by: 'a' })).toBe(false);
    expect(newer({ rev: 3, by: 'b' }, { rev: 3, by: 'a' })).toBe(true);
    expect(newer({ rev: 3, by: 'a' }, { rev: 3, by: 'b' })).toBe(false);
    expect(newer({ rev: 3, by: 'a' }, { rev: 3, by: 'a' })).toBe(false);
  });
});
