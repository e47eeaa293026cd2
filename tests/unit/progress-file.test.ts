/**
 * The progress file: what is refused (with a Dutch message, changing nothing), what is accepted,
 * what is reported, and how imports merge. At least thirty cases, as issue 5 asks.
 */
import { describe, expect, it } from 'vitest';
import {
  APP,
  MAX_BYTES,
  MIGRATIONS,
  VERSION_CURRENT,
  combine,
  exportProgress,
  formatMegabytes,
  itemProblem,
  migrate,
  parseProgressFile,
  sizeProblem,
  type Items,
} from '../../src/lib/progress-file.ts';
import { pick } from '../../src/i18n/pick.ts';
import { myProgressKeys } from '../../src/islands/keys.ts';
import { refusalText } from '../../src/islands/progress-words.ts';

const known = new Set([
  'les:wat-is-vpt',
  'vraag:waarom-cijfers',
  'scenario:adres-in-appgroep',
  'reflectie:melden-reflectie',
]);
const op = '2026-11-28T10:00:00.000Z';
const good: Items = {
  'les:wat-is-vpt': { geopend: op, klaar: op },
  'vraag:waarom-cijfers': { antwoord: ['a'], goed: true, pogingen: 1, op },
  'scenario:adres-in-appgroep': { pad: [{ step: 'start', choice: 'melden' }], einde: 'goed', op },
  'reflectie:melden-reflectie': { tekst: 'Ik meld het.', op },
  plek: { les: 'wat-is-vpt', module: 'waarom', op },
  naam: 'Sam',
};
const file = (over: Record<string, unknown> = {}, items: unknown = good) =>
  JSON.stringify({ app: APP, versie: VERSION_CURRENT, gemaakt: op, items, ...over });
// The words the reader sees on Mijn voortgang, from the same strings and code the page uses.
const t = pick(myProgressKeys);
const say = (r: ReturnType<typeof parseProgressFile>) => (r.ok ? '' : refusalText(r.error, t));
const refused = (text: string) => {
  const r = parseProgressFile(text, known);
  expect(r.ok).toBe(false);
  return say(r);
};

describe('refused files', () => {
  it.each([
    ['plain text', 'mijn voortgang'],
    ['half JSON', '{"app": "veilig-raadswerk"'],
    ['HTML', '<html><body>voortgang</body></html>'],
    ['a CSV export', 'les,klaar\nwat-is-vpt,ja'],
  ])('not JSON: %s', (_name, text) => {
    expect(refused(text)).toBe('Dit bestand is geen voortgangsbestand: het is geen geldige JSON.');
  });

  it.each([
    ['a JSON number', '42'],
    ['a JSON list', '[1, 2]'],
    ['null', 'null'],
    ['another app', JSON.stringify({ app: 'iets-anders', versie: 1, items: {} })],
    ['no items', JSON.stringify({ app: APP, versie: 1 })],
    ['items as a list', JSON.stringify({ app: APP, versie: 1, items: [] })],
  ])('wrong schema: %s', (_name, text) => {
    expect(refused(text)).toBe('Dit is geen voortgangsbestand van Veilig Raadswerk.');
  });

  it.each([
    ['0', 0],
    ['a string', '1'],
    ['a fraction', 1.5],
    ['negative', -1],
  ])('bad version: %s', (_n, versie) => {
    expect(refused(file({ versie }))).toBe('Dit voortgangsbestand heeft geen geldig versienummer.');
  });

  it('a newer version than the site knows', () => {
    expect(refused(file({ versie: VERSION_CURRENT + 1 }))).toMatch(
      /nieuwere versie .*versie 2\). Deze site kent versie 1/,
    );
  });

  it('a file over 1 MB', () => {
    const big = file({}, { ...good, naam: 'x' }).replace('"Sam"', '"x"') + ' '.repeat(MAX_BYTES);
    expect(refused(big)).toMatch(/te groot/);
  });
  it("says the size in MB of 10^6 bytes, in Dutch notation, from the file's own size", () => {
    expect(formatMegabytes(3_000_000)).toBe('3,0 MB');
    expect(formatMegabytes(1_250_000)).toBe('1,3 MB');
    // A 3 MB file that is not UTF-8 decodes to more bytes of text; the file's size counts.
    const r = parseProgressFile('\uFFFD'.repeat(1_000_000), new Set(), 3_000_000);
    expect(say(r)).toContain('(3,0 MB)');
    expect(say(r)).toContain('kleiner dan 1 MB');
    expect(sizeProblem(MAX_BYTES)).toBeUndefined();
  });
  it('an empty file', () => {
    expect(refused('')).toMatch(/leeg/);
  });

  it.each([
    ['__proto__ at the top', `{"app":"${APP}","versie":1,"items":{},"__proto__":{"polluted":true}}`],
    ['__proto__ in items', `{"app":"${APP}","versie":1,"items":{"__proto__":{"x":1}}}`],
    [
      'constructor deep inside',
      JSON.stringify({ app: APP, versie: 1, items: { 'les:a': { geopend: op, constructor: { prototype: 1 } } } }),
    ],
    [
      'prototype in a path step',
      JSON.stringify({ app: APP, versie: 1, items: { 'scenario:a': { pad: [{ prototype: 1 }], op } } }),
    ],
  ])('dangerous key: %s', (_name, text) => {
    expect(refused(text)).toMatch(/sleutel "(__proto__|constructor|prototype)"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['answer not a list', { 'vraag:q': { antwoord: 'a', goed: true, pogingen: 1, op } }, 'vraag:q'],
    ['goed as text', { 'vraag:q': { antwoord: ['a'], goed: 'ja', pogingen: 1, op } }, 'vraag:q'],
    ['negative attempts', { 'vraag:q': { antwoord: ['a'], goed: true, pogingen: -2, op } }, 'vraag:q'],
    ['lesson without date', { 'les:l': { klaar: true } }, 'les:l'],
    ['bad date', { 'les:l': { geopend: 'gisteren' } }, 'les:l'],
    ['path of strings', { 'scenario:s': { pad: ['start/melden'], op } }, 'scenario:s'],
    ['unknown ending', { 'scenario:s': { pad: [], einde: 'super', op } }, 'scenario:s'],
    ['reflection as number', { 'reflectie:r': { tekst: 5, op } }, 'reflectie:r'],
    ['unknown kind', { 'badge:x': { op } }, 'badge:x'],
    ['bad id', { 'les:Wat Is VPT': { geopend: op } }, 'les:Wat Is VPT'],
    ['version as text', { versie: '1' }, 'versie'],
    ['place without lesson', { plek: { module: 'waarom', op } }, 'plek'],
    ['a name of 300 characters', { naam: 'x'.repeat(300) }, 'naam'],
  ])('wrong type: %s', (_name, items, key) => {
    const text = refused(file({}, items));
    expect(text).toMatch(new RegExp(`^Dit bestand is geweigerd: "${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" `));
    // The item's own problem is put into words, and no placeholder is left over.
    expect(text).not.toMatch(/[{}]|" \.$/);
  });
});

describe('accepted files', () => {
  it('a sound file, nothing unknown', () => {
    expect(parseProgressFile(file(), known)).toEqual({ ok: true, items: good, unknown: [] });
  });
  it('an empty file is fine', () => {
    expect(parseProgressFile(file({}, {}), known)).toEqual({ ok: true, items: {}, unknown: [] });
  });
  it('keeps ids the content no longer has, and reports them', () => {
    const r = parseProgressFile(file({}, { ...good, 'les:oude-les': { geopend: op } }), known);
    expect(r).toMatchObject({ ok: true, unknown: ['les:oude-les'] });
    expect(r.ok && r.items['les:oude-les']).toEqual({ geopend: op });
  });
  it('what exportProgress writes, parseProgressFile reads back the same', () => {
    const r = parseProgressFile(exportProgress(good), known);
    expect(r).toEqual({ ok: true, items: good, unknown: [] });
  });
  it('export leaves out the version key and empty items', () => {
    const out = JSON.parse(exportProgress({ ...good, versie: 1, 'les:leeg': undefined }));
    expect(Object.keys(out.items)).not.toContain('versie');
    expect(Object.keys(out.items)).not.toContain('les:leeg');
    expect(out).toMatchObject({ app: APP, versie: VERSION_CURRENT });
  });
});

describe('migrations', () => {
  it('the current version needs no step', () => {
    expect(migrate(good, VERSION_CURRENT)).toBe(good);
  });
  it('an older file is migrated step by step, and says from which version', () => {
    MIGRATIONS[0] = (items) =>
      Object.fromEntries(Object.entries(items).map(([k, v]) => [k.replace(/^antwoord:/, 'vraag:'), v]));
    try {
      const old = JSON.stringify({
        app: APP,
        versie: 0,
        items: { 'antwoord:waarom-cijfers': good['vraag:waarom-cijfers'] },
      });
      // Version 0 is below the floor of real files, so test the steps directly as well.
      expect(migrate({ 'antwoord:waarom-cijfers': good['vraag:waarom-cijfers'] }, 0)).toEqual({
        'vraag:waarom-cijfers': good['vraag:waarom-cijfers'],
      });
      expect(parseProgressFile(old, known).ok).toBe(false);
    } finally {
      delete MIGRATIONS[0];
    }
  });
  it('a missing step refuses the file', () => {
    expect(() => migrate(good, VERSION_CURRENT - 1)).toThrow(/no migration/);
  });
});

describe('merge or replace', () => {
  const older = '2026-01-01T00:00:00.000Z';
  it('replace takes the file as it is', () => {
    expect(combine({ 'les:a': { geopend: op } }, { 'les:b': { geopend: op } }, 'replace')).toEqual({
      'les:b': { geopend: op },
      versie: VERSION_CURRENT,
    });
  });
  it('merge keeps both and the newest answer', () => {
    const mine = { 'vraag:q': { antwoord: ['a'], goed: false, pogingen: 1, op: older }, 'les:a': { geopend: op } };
    const theirs = { 'vraag:q': { antwoord: ['b'], goed: true, pogingen: 2, op }, 'les:b': { geopend: op } };
    expect(combine(mine, theirs, 'merge')).toEqual({ ...theirs, 'les:a': { geopend: op }, versie: VERSION_CURRENT });
  });
  it('merge never loses a newer local answer', () => {
    const mine = { 'vraag:q': { antwoord: ['a'], goed: true, pogingen: 3, op } };
    expect(
      combine(mine, { 'vraag:q': { antwoord: ['b'], goed: false, pogingen: 1, op: older } }, 'merge')['vraag:q'],
    ).toEqual(mine['vraag:q']);
  });
  it('a lesson stays complete if either side completed it, from the earliest date', () => {
    const merged = combine({ 'les:a': { geopend: op } }, { 'les:a': { geopend: older, klaar: op } }, 'merge');
    expect(merged['les:a']).toEqual({ geopend: older, klaar: op });
  });
});

describe('itemProblem', () => {
  it('accepts every kind in the sound example', () => {
    for (const [k, v] of Object.entries(good)) expect(itemProblem(k, v), k).toBeUndefined();
  });
});
