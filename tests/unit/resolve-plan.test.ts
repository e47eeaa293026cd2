/**
 * Which plan a session window shows when it opens (src/lib/resolve-plan.ts), and when two plans
 * are the same (samePlan in src/lib/session-plan.ts). Every branch: a link, the running session,
 * the saved plan; a refused link; with and without notes; projector and control view.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadContentDir } from '../../src/load/content-fs.ts';
import { planOnScreen, resolvePlan, type PlanInputs } from '../../src/lib/resolve-plan.ts';
import { format } from '../../src/i18n/format.ts';
import { nl } from '../../src/i18n/nl.ts';
import { encodePlan, samePlan, withoutNotes, type Plan, type Refusal } from '../../src/lib/session-plan.ts';
import { knownIds, projectorCatalog } from '../../src/lib/slides.ts';

/** A refusal put into words as the views do it (BadPlan.tsx): the code's text from the dictionary. */
const say = (r: Refusal) => format(nl.session.refused[r.code], r.values);

const { set } = loadContentDir(join(import.meta.dirname, '../../content'));
const modules = set.modules.map((m) => m.data);
const scenarios = set.scenarios.map((s) => s.data);
const known = knownIds(projectorCatalog(modules, scenarios));

/** A plan with the griffier's notes, and the same plan as the projector and the running session hold it. */
const withNotes: Plan = {
  title: 'Raadsavond',
  parts: [
    { kind: 'opening', title: 'Welkom', minutes: 5, text: 'Spelregels.', notes: 'Eerst de koffie.' },
    {
      kind: 'dilemma',
      title: scenarios[0]!.title,
      minutes: 15,
      ref: scenarios[0]!.id,
      notes: 'Let op de stille raadsleden.',
    },
  ],
};
const bare = withoutNotes(withNotes);
const other: Plan = {
  title: 'Iets anders',
  parts: [{ kind: 'module', title: modules[0]!.title, minutes: 10, ref: modules[0]!.id }],
};

const nothing = { plan: null, index: 0 };
const inputs = (over: Partial<PlanInputs>): PlanInputs => ({
  role: 'control',
  link: undefined,
  known,
  saved: null,
  running: nothing,
  ...over,
});

describe('samePlan', () => {
  it('finds the same plan equal, whatever the order of its keys', () => {
    const reordered: Plan = {
      parts: withNotes.parts.map((p) => Object.fromEntries(Object.entries(p).reverse()) as typeof p),
      title: withNotes.title,
    };
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(withNotes));
    expect(samePlan(reordered, withNotes)).toBe(true);
  });

  it('counts an empty field as absent', () => {
    expect(samePlan({ ...other, parts: [{ ...other.parts[0]!, notes: undefined }] }, other)).toBe(true);
  });

  it('tells plans apart by title, a field, the notes, the order and the number of parts', () => {
    expect(samePlan({ ...withNotes, title: 'Anders' }, withNotes)).toBe(false);
    expect(
      samePlan({ ...withNotes, parts: [{ ...withNotes.parts[0]!, minutes: 6 }, withNotes.parts[1]!] }, withNotes),
    ).toBe(false);
    expect(samePlan(bare, withNotes)).toBe(false);
    expect(samePlan({ ...withNotes, parts: [...withNotes.parts].reverse() }, withNotes)).toBe(false);
    expect(samePlan({ ...withNotes, parts: withNotes.parts.slice(1) }, withNotes)).toBe(false);
  });

  it('handles no plan', () => {
    expect(samePlan(null, null)).toBe(true);
    expect(samePlan(null, undefined)).toBe(true);
    expect(samePlan(null, bare)).toBe(false);
    expect(samePlan(bare, null)).toBe(false);
  });
});

describe('resolvePlan: a link', () => {
  it('refuses a bad link with its reason, starts nothing and leaves the saved plan alone', () => {
    const saved = structuredClone(withNotes);
    for (const role of ['control', 'projector'] as const) {
      const r = resolvePlan(
        inputs({ role, link: encodePlan(bare).slice(0, 20), saved, running: { plan: bare, index: 2 } }),
      );
      expect(r.ok).toBe(false);
      if (!r.ok) expect(say(r.error)).toContain('niet compleet');
    }
    expect(saved).toEqual(withNotes);
  });

  it('names the part that points at a dilemma that does not exist', () => {
    const bad: Plan = { ...other, parts: [{ kind: 'dilemma', title: 'Weg', minutes: 5, ref: 'bestaat-niet' }] };
    const r = resolvePlan(inputs({ link: encodePlan(bad) }));
    expect(r.ok || { ok: r.ok, error: say(r.error), details: r.details.map(say) }).toEqual({
      ok: false,
      error: 'Het plan in de link klopt niet.',
      details: ['Onderdeel 1 verwijst naar casus "bestaat-niet", die bestaat niet (meer).'],
    });
  });

  it('with notes, on the control view: shows it with its notes and starts it without them', () => {
    expect(resolvePlan(inputs({ link: encodePlan(withNotes) }))).toEqual({
      ok: true,
      from: 'link',
      plan: withNotes,
      start: bare,
      resumed: false,
    });
  });

  it('with notes, on the projector: the notes never reach it', () => {
    expect(resolvePlan(inputs({ role: 'projector', link: encodePlan(withNotes), saved: withNotes }))).toEqual({
      ok: true,
      from: 'link',
      plan: bare,
      start: bare,
      resumed: false,
    });
  });

  it('without notes, on the control view: takes the notes from the saved plan when it is the same plan', () => {
    expect(resolvePlan(inputs({ link: encodePlan(bare), saved: withNotes }))).toEqual({
      ok: true,
      from: 'link',
      plan: withNotes,
      start: bare,
      resumed: false,
    });
  });

  it('without notes and a different saved plan: shows the link as it is', () => {
    expect(resolvePlan(inputs({ link: encodePlan(bare), saved: other }))).toEqual({
      ok: true,
      from: 'link',
      plan: bare,
      start: bare,
      resumed: false,
    });
  });

  it('picks up the running session of the same plan: no fresh start; the control view offers to start over past step 1', () => {
    const running = { plan: bare, index: 3 };
    expect(resolvePlan(inputs({ link: encodePlan(withNotes), running }))).toMatchObject({
      ok: true,
      from: 'link',
      start: null,
      resumed: true,
    });
    expect(resolvePlan(inputs({ link: encodePlan(withNotes), running: { plan: bare, index: 0 } }))).toMatchObject({
      start: null,
      resumed: false,
    });
    expect(resolvePlan(inputs({ role: 'projector', link: encodePlan(bare), running }))).toMatchObject({
      plan: bare,
      start: null,
      resumed: false,
    });
  });

  it('replaces a running session of another plan with a fresh run', () => {
    expect(resolvePlan(inputs({ link: encodePlan(withNotes), running: { plan: other, index: 2 } }))).toMatchObject({
      from: 'link',
      start: bare,
      resumed: false,
    });
  });

  it('wins over the running session and the saved plan', () => {
    expect(
      resolvePlan(inputs({ link: encodePlan(other), saved: withNotes, running: { plan: bare, index: 1 } })),
    ).toMatchObject({ from: 'link', plan: other, start: other });
  });

  it('counts a link equal to the running session in another key order as the same plan', () => {
    const reordered: Plan = {
      parts: bare.parts.map((p) => Object.fromEntries(Object.entries(p).reverse()) as typeof p),
      title: bare.title,
    };
    expect(
      resolvePlan(inputs({ link: encodePlan(reordered), saved: withNotes, running: { plan: bare, index: 1 } })),
    ).toMatchObject({ plan: withNotes, start: null, resumed: true });
  });
});

describe('resolvePlan: no link', () => {
  it('control view: the running session, with the notes of the saved plan when it matches', () => {
    expect(resolvePlan(inputs({ saved: withNotes, running: { plan: bare, index: 2 } }))).toEqual({
      ok: true,
      from: 'running',
      plan: withNotes,
      start: null,
      resumed: true,
    });
  });

  it('control view: the running session as it is when the saved plan is another', () => {
    expect(resolvePlan(inputs({ saved: other, running: { plan: bare, index: 0 } }))).toEqual({
      ok: true,
      from: 'running',
      plan: bare,
      start: null,
      resumed: false,
    });
  });

  it('control view: the saved plan when nothing runs, started afresh without its notes', () => {
    expect(resolvePlan(inputs({ saved: withNotes }))).toEqual({
      ok: true,
      from: 'saved',
      plan: withNotes,
      start: bare,
      resumed: false,
    });
  });

  it('control view: nothing to show when nothing is saved or running', () => {
    expect(resolvePlan(inputs({}))).toEqual({ ok: true, from: 'none', plan: null, start: null, resumed: false });
  });

  it('projector: follows what runs, never the saved plan, and starts nothing', () => {
    expect(resolvePlan(inputs({ role: 'projector', saved: withNotes, running: { plan: bare, index: 2 } }))).toEqual({
      ok: true,
      from: 'running',
      plan: bare,
      start: null,
      resumed: false,
    });
    expect(resolvePlan(inputs({ role: 'projector', saved: withNotes }))).toEqual({
      ok: true,
      from: 'none',
      plan: null,
      start: null,
      resumed: false,
    });
  });
});

describe('planOnScreen', () => {
  it('the control view shows its own copy with notes while the session runs that plan', () => {
    expect(planOnScreen('control', withNotes, bare)).toBe(withNotes);
  });

  it('the running plan once the other window started another one, and always on the projector', () => {
    expect(planOnScreen('control', withNotes, other)).toBe(other);
    expect(planOnScreen('control', null, bare)).toBe(bare);
    expect(planOnScreen('projector', withNotes, bare)).toBe(bare);
    expect(planOnScreen('control', withNotes, null)).toBe(null);
  });
});
