/** The schemas accept sound content and refuse what the build must refuse. */
import { describe, expect, it } from 'vitest';
import { lessonSchema, settingsSchema, slug, sourceSchema } from '../../src/lib/schemas.ts';

const lesson = {
  id: 'les',
  module: 'm',
  order: 1,
  title: 'T',
  summary: 'S.',
  duration: 8,
  goals: ['a', 'b'],
  sources: ['a', 'b'],
  reviewed: '2026-11-30',
};

describe('ids', () => {
  it('are lowercase slugs', () => {
    expect(slug.safeParse('melden-en-aangifte').success).toBe(true);
    for (const bad of ['Melden', 'met spatie', 'a--b', '-a', 'a_b', ''])
      expect(slug.safeParse(bad).success, bad).toBe(false);
  });
});

describe('lessons', () => {
  it('take 5 to 12 minutes', () => {
    expect(lessonSchema.safeParse(lesson).success).toBe(true);
    expect(lessonSchema.safeParse({ ...lesson, duration: 4 }).success).toBe(false);
    expect(lessonSchema.safeParse({ ...lesson, duration: 13 }).success).toBe(false);
  });
  it('have 2 to 4 goals and at least two sources', () => {
    expect(lessonSchema.safeParse({ ...lesson, goals: ['a'] }).success).toBe(false);
    expect(lessonSchema.safeParse({ ...lesson, goals: ['a', 'b', 'c', 'd', 'e'] }).success).toBe(false);
    expect(lessonSchema.safeParse({ ...lesson, sources: ['a'] }).success).toBe(false);
  });
  it('refuse unknown fields, so a typo never passes silently', () => {
    const r = lessonSchema.safeParse({ ...lesson, duur: 8 });
    expect(r.success).toBe(false);
  });
});

describe('sources', () => {
  const source = { id: 'b', title: 'T', publisher: 'P', year: 2024, checked: '2026-11-28' };
  it('need a real web address when they have one', () => {
    expect(sourceSchema.safeParse({ ...source, url: 'https://wetten.overheid.nl/BWBR0001854/' }).success).toBe(true);
    expect(sourceSchema.safeParse({ ...source, url: 'javascript:alert(1)' }).success).toBe(false);
    expect(sourceSchema.safeParse({ ...source, url: 'wetten.overheid.nl' }).success).toBe(false);
  });
  it('need a date of checking', () => {
    const { checked: _checked, ...noDate } = source;
    expect(sourceSchema.safeParse(noDate).success).toBe(false);
    expect(sourceSchema.parse(source).checked).toBeInstanceOf(Date);
  });
});

describe('settings', () => {
  const contact = { name: 'X' };
  const settings = {
    naam: 'Gemeente Test',
    voorbeeldgegevens: false,
    contacten: {
      griffie: contact,
      melden: contact,
      vertrouwenspersoon: contact,
      politie: contact,
      ondersteuningsteam: contact,
    },
    protocol: { title: 'P', summary: 'S' },
    thema: { class: 'test-theme' },
  };
  it('accept a complete file', () => {
    expect(settingsSchema.safeParse(settings).success).toBe(true);
  });
  it('need every contact', () => {
    const { melden: _m, ...rest } = settings.contacten;
    expect(settingsSchema.safeParse({ ...settings, contacten: rest }).success).toBe(false);
  });
  it('refuse a bad e-mail address and a bad theme class', () => {
    expect(
      settingsSchema.safeParse({
        ...settings,
        contacten: { ...settings.contacten, griffie: { name: 'G', email: 'geen-mail' } },
      }).success,
    ).toBe(false);
    expect(settingsSchema.safeParse({ ...settings, thema: { class: 'x" onload="y' } }).success).toBe(false);
  });
});
