/**
 * All content, loaded once per build and cross-checked before any page renders.
 *
 * Every page goes through the base layout, which calls loadContent(); a broken reference
 * therefore stops the build with one message that lists file, field and missing id.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { readFileSync } from 'node:fs';
import { checkContent, formatError, type ContentSet, type Entry } from '../lib/checks.ts';
import { locator, splitMdx } from '../lib/lines.ts';
import type { Release, Settings } from '../lib/schemas.ts';
import pkg from '../../package.json' with { type: 'json' };

type Lesson = CollectionEntry<'lessen'>;

export interface Content {
  settings: Settings;
  modules: CollectionEntry<'modules'>['data'][];
  lessons: Lesson[];
  scenarios: CollectionEntry<'scenarios'>['data'][];
  questions: CollectionEntry<'vragen'>['data'][];
  terms: CollectionEntry<'begrippen'>['data'][];
  sources: CollectionEntry<'bronnen'>['data'][];
  sessions: CollectionEntry<'sessies'>['data'][];
  guides: CollectionEntry<'griffier'>[];
  facts: CollectionEntry<'kernfeiten'>['data'][];
  /** What changed per release, newest first. */
  releases: Release[];
  /** The version in package.json. */
  version: string;
}

/** The raw file, for line numbers in messages; undefined when it cannot be read. */
const readText = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

/**
 * Entries for the checks. `list`: the file holds a list, so a field's line is looked up inside the
 * item with this entry's id.
 */
const toEntries = <T>(
  list: { data: T; filePath?: string; body?: string; id: string }[],
  folder: string,
  isList = false,
): Entry<T>[] =>
  list.map((e) => {
    const file = e.filePath ?? `content/${folder}/${e.id}`;
    const text = e.filePath ? readText(e.filePath) : undefined;
    const mdx = file.endsWith('.mdx');
    const locate = text === undefined ? undefined : locator(text, { mdx, item: isList ? e.id : undefined });
    const bodyLine = mdx && text ? splitMdx(text)?.bodyLine : undefined;
    return { data: e.data, file, body: e.body, bodyLine, locate: locate && ((field: string) => locate(field)) };
  });

let cached: Promise<Content> | undefined;

export function loadContent(): Promise<Content> {
  cached ??= load();
  return cached;
}

async function load(): Promise<Content> {
  const [modules, lessons, scenarios, questions, terms, sources, sessions, gemeente, guides, facts, releases] =
    await Promise.all([
      getCollection('modules'),
      getCollection('lessen'),
      getCollection('scenarios'),
      getCollection('vragen'),
      getCollection('begrippen'),
      getCollection('bronnen'),
      getCollection('sessies'),
      getCollection('gemeente'),
      getCollection('griffier'),
      getCollection('kernfeiten'),
      getCollection('wijzigingen'),
    ]);
  const set: ContentSet = {
    modules: toEntries(modules, 'modules'),
    lessons: toEntries(lessons, 'lessen'),
    scenarios: toEntries(scenarios, 'scenarios'),
    questions: toEntries(questions, 'vragen'),
    terms: toEntries(terms, 'begrippen', true),
    sources: toEntries(sources, 'bronnen', true),
    sessions: toEntries(sessions, 'sessies'),
    guides: toEntries(guides, 'griffier'),
    facts: toEntries(facts, 'kernfeiten', true),
    releases: toEntries(releases, 'wijzigingen', true).map((r) => ({ ...r, file: 'content/wijzigingen.yaml' })),
    version: pkg.version,
  };
  const errors = checkContent(set);
  if (errors.length) {
    // AstroError keeps the message whole in Astro's output; a plain Error gets cut at a colon.
    throw new AstroError(
      `De inhoud heeft ${errors.length === 1 ? 'een fout' : `${errors.length} fouten`}:\n${errors.map((e) => `  - ${formatError(e)}`).join('\n')}`,
      'Herstel het genoemde veld in het genoemde bestand. README.md, "Wat de build controleert", legt elke controle uit.',
    );
  }

  const settingsEntry = gemeente[0];
  if (!settingsEntry) throw new Error('content/gemeente.yaml ontbreekt of is leeg.');
  const { id: _id, ...settings } = settingsEntry.data;

  const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;
  const moduleOrder = new Map(modules.map((m) => [m.data.id, m.data.order]));
  return {
    settings,
    modules: modules.map((m) => m.data).sort(byOrder),
    lessons: lessons.sort(
      (a, b) =>
        (moduleOrder.get(a.data.module) ?? 0) - (moduleOrder.get(b.data.module) ?? 0) || a.data.order - b.data.order,
    ),
    scenarios: scenarios.map((s) => s.data),
    questions: questions.map((q) => q.data),
    terms: terms.map((t) => t.data).sort((a, b) => a.term.localeCompare(b.term, 'nl')),
    sources: sources.map((s) => s.data).sort((a, b) => a.title.localeCompare(b.title, 'nl')),
    sessions: sessions.map((s) => s.data).sort((a, b) => a.duration - b.duration),
    guides: guides.sort((a, b) => a.data.order - b.data.order),
    facts: facts.map((f) => f.data),
    releases: releases
      .map(({ data: { id: _v, ...release } }) => release)
      .sort((a, b) => b.date.getTime() - a.date.getTime()),
    version: pkg.version,
  };
}
