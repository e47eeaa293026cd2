/**
 * Cross-checks over all content, run once at build time (see src/load/content.ts).
 *
 * Zod checks each file on its own; these checks look across files: a lesson's module, cited
 * sources, referenced scenarios and questions, glossary terms used in MDX, and the scenario graph.
 * Pure functions on plain data, so unit tests can feed them fixtures.
 */
import type { Fact, Guide, Lesson, Module, Question, Release, Scenario, Session, Source, Term } from './schemas.ts';

/** A validated entry with the file it came from. */
export interface Entry<T> {
  file: string;
  data: T;
  /** Raw MDX body, for lessons. */
  body?: string;
  /** Line in the file where the body starts (after the frontmatter), for messages with line numbers. */
  bodyLine?: number;
  /** Gives the file's line of a field (see src/lib/lines.ts); without it, messages carry no line. */
  locate?: (field: string) => number | undefined;
}

export interface ContentSet {
  modules: Entry<Module>[];
  lessons: Entry<Lesson>[];
  scenarios: Entry<Scenario>[];
  questions: Entry<Question>[];
  terms: Entry<Term>[];
  sources: Entry<Source>[];
  sessions: Entry<Session>[];
  /** Chapters of the guide for griffiers (MDX). */
  guides: Entry<Guide>[];
  /** Key facts for the councillors' handout. */
  facts: Entry<Fact>[];
  /** What changed per release (content/wijzigingen.yaml). */
  releases?: Entry<Release>[];
  /** The version in package.json: it must have an entry in releases. */
  version?: string;
}

export interface ContentError {
  file: string;
  field: string;
  message: string;
  /** Line in the file (from 1), when known. */
  line?: number;
}

/** The keys <Contact wie="…"> accepts; kept in step with settingsSchema.contacten. */
export const CONTACT_KEYS = ['griffie', 'melden', 'vertrouwenspersoon', 'politie', 'ondersteuningsteam'] as const;

/** "content/x.yaml:12: veld …", or for an item of a list file "content/bronnen.yaml:40 (id): veld …". */
export function formatError(e: ContentError): string {
  const m = /^(\S+)( \(.*\))$/.exec(e.file);
  const [path, label] = m ? [m[1], m[2]] : [e.file, ''];
  return `${path}${e.line ? `:${e.line}` : ''}${label}: veld "${e.field}": ${e.message}`;
}

/** MDX components whose id attribute must point at other content. */
const MDX_REFS = [
  { tag: 'Begrip', attr: 'id', kind: 'begrip' },
  { tag: 'Bron', attr: 'id', kind: 'bron' },
  { tag: 'Dilemma', attr: 'id', kind: 'scenario' },
  { tag: 'Contact', attr: 'wie', kind: 'contact' },
] as const;

/** Finds `<Tag attr="value"` in MDX source, with the 1-based line it stands on. */
export function findMdxRefs(body: string, tag: string, attr: string): { value: string; line: number }[] {
  const found: { value: string; line: number }[] = [];
  const re = new RegExp(`<${tag}\\b[^>]*?\\b${attr}\\s*=\\s*["']([^"']*)["']`, 'g');
  for (const m of body.matchAll(re)) {
    const line = body.slice(0, m.index).split('\n').length;
    found.push({ value: m[1] ?? '', line });
  }
  return found;
}

function ids<T extends { id: string }>(entries: Entry<T>[]): Set<string> {
  return new Set(entries.map((e) => e.data.id));
}

function duplicates<T extends { id: string }>(entries: Entry<T>[], kind: string): ContentError[] {
  const seen = new Map<string, string>();
  const errors: ContentError[] = [];
  for (const e of entries) {
    const first = seen.get(e.data.id);
    if (first)
      errors.push({
        file: e.file,
        field: 'id',
        message: `${kind} "${e.data.id}" bestaat al in ${first}`,
        line: e.locate?.('id'),
      });
    else seen.set(e.data.id, e.file);
  }
  return errors;
}

/** Checks one scenario's graph: every step reachable, every choice leads somewhere, every path ends. */
export function checkScenarioGraph(entry: Entry<Scenario>): ContentError[] {
  const { file, data } = entry;
  const errors: ContentError[] = [];
  const index = new Map(data.steps.map((s, i) => [s.id, i]));
  const err = (field: string, message: string) => errors.push({ file, field, message });

  data.steps.forEach((step, i) => {
    if (data.steps.findIndex((s) => s.id === step.id) !== i)
      err(`steps[${i}].id`, `stap "${step.id}" staat er twee keer in`);
  });
  if (!index.has(data.start)) err('start', `stap "${data.start}" bestaat niet`);

  data.steps.forEach((step, i) => {
    if (step.ending) {
      if (step.choices.length > 0) err(`steps[${i}].choices`, `stap "${step.id}" is een einde maar heeft keuzes`);
      return;
    }
    if (step.choices.length < 2) {
      err(`steps[${i}].choices`, `stap "${step.id}" is geen einde en heeft minder dan twee keuzes`);
    }
    if (!step.question) err(`steps[${i}].question`, `stap "${step.id}" is geen einde en heeft geen vraag`);
    step.choices.forEach((c, j) => {
      if (!index.has(c.next))
        err(
          `steps[${i}].choices[${j}].next`,
          `keuze "${c.id}" in stap "${step.id}" wijst naar stap "${c.next}", die niet bestaat`,
        );
      if (step.choices.findIndex((o) => o.id === c.id) !== j)
        err(`steps[${i}].choices[${j}].id`, `keuze "${c.id}" staat twee keer in stap "${step.id}"`);
    });
  });

  // Reachable from the start.
  const reachable = new Set<string>();
  const queue = index.has(data.start) ? [data.start] : [];
  while (queue.length) {
    const id = queue.shift()!;
    if (reachable.has(id)) continue;
    reachable.add(id);
    const step = data.steps[index.get(id)!];
    for (const c of step?.choices ?? []) if (index.has(c.next)) queue.push(c.next);
  }
  data.steps.forEach((step, i) => {
    if (!reachable.has(step.id) && index.has(data.start))
      err(`steps[${i}]`, `stap "${step.id}" is vanaf de start niet te bereiken`);
  });

  // Steps from which an ending can be reached; walk backwards from the endings.
  const canEnd = new Set(data.steps.filter((s) => s.ending).map((s) => s.id));
  let grew = true;
  while (grew) {
    grew = false;
    for (const s of data.steps) {
      if (!canEnd.has(s.id) && s.choices.some((c) => canEnd.has(c.next))) {
        canEnd.add(s.id);
        grew = true;
      }
    }
  }
  if (canEnd.size === 0) err('steps', 'het scenario heeft geen einde');
  data.steps.forEach((step, i) => {
    if (canEnd.size > 0 && reachable.has(step.id) && !canEnd.has(step.id)) {
      err(`steps[${i}]`, `vanaf stap "${step.id}" komt een pad nooit bij een einde`);
    }
  });
  if (data.steps.filter((s) => s.ending).length < 2) err('steps', 'het scenario heeft minder dan twee eindes');
  if (data.steps.filter((s) => !s.ending).length < 2) err('steps', 'het scenario heeft minder dan twee beslisstappen');

  data.recommended.forEach((ref, i) => {
    const [stepId, choiceId] = ref.split('/');
    const step = data.steps[index.get(stepId ?? '') ?? -1];
    if (!step) err(`recommended[${i}]`, `stap "${stepId}" bestaat niet`);
    else if (!step.choices.some((c) => c.id === choiceId))
      err(`recommended[${i}]`, `keuze "${choiceId}" bestaat niet in stap "${stepId}"`);
  });
  return errors;
}

/** Checks a question's options against its type. */
export function checkQuestion(entry: Entry<Question>): ContentError[] {
  const { file, data } = entry;
  const errors: ContentError[] = [];
  const correct = data.options.filter((o) => o.correct).length;
  const err = (field: string, message: string) => errors.push({ file, field, message });
  if (data.type === 'reflection') {
    if (data.options.length > 0) err('options', 'een reflectievraag heeft geen opties');
    return errors;
  }
  if (data.options.length < 2) err('options', 'een vraag heeft minstens twee opties');
  if ((data.type === 'single' || data.type === 'truefalse') && correct !== 1) {
    err('options', `een vraag van type "${data.type}" heeft precies één goed antwoord, maar heeft er ${correct}`);
  }
  if (data.type === 'truefalse' && data.options.length !== 2)
    err('options', 'een waar/niet waar-vraag heeft precies twee opties');
  if (data.type === 'multiple' && correct < 1)
    err('options', 'een vraag van type "multiple" heeft minstens één goed antwoord');
  // The site itself says "Kies alle antwoorden die kloppen." under a multiple-choice question.
  if (data.type === 'multiple' && /\bkies alles?\b/i.test(data.prompt)) {
    err('prompt', 'zet "Kies alle …" niet in de vraag: de site zegt dat zelf bij elke meerkeuzevraag');
  }
  data.options.forEach((o, i) => {
    if (data.options.findIndex((p) => p.id === o.id) !== i)
      err(`options[${i}].id`, `optie "${o.id}" staat er twee keer in`);
  });
  return errors;
}

/** Runs every cross-check; returns all problems (empty when the content is sound). */
export function checkContent(c: ContentSet): ContentError[] {
  const errors: ContentError[] = [];
  const moduleIds = ids(c.modules);
  const sourceIds = ids(c.sources);
  const termIds = ids(c.terms);
  const scenarioIds = ids(c.scenarios);
  const questionIds = ids(c.questions);

  errors.push(
    ...duplicates(c.modules, 'module'),
    ...duplicates(c.lessons, 'les'),
    ...duplicates(c.scenarios, 'scenario'),
    ...duplicates(c.questions, 'vraag'),
    ...duplicates(c.terms, 'begrip'),
    ...duplicates(c.sources, 'bron'),
    ...duplicates(c.sessions, 'sessie'),
    ...duplicates(c.guides, 'hoofdstuk'),
    ...duplicates(c.facts, 'kernfeit'),
  );

  const missing = (file: string, field: string, kind: string, id: string, set: Set<string>) => {
    if (!set.has(id)) errors.push({ file, field, message: `${kind} "${id}" bestaat niet` });
  };

  /**
   * The references in an MDX body (<Begrip id>, <Dilemma id>, <Contact wie>, <Bron id>). A lesson
   * passes its `sources`: a <Bron> there must also be listed in them. Lines count from the body's
   * start; the file's line adds the frontmatter.
   */
  const checkBodyRefs = (file: string, body: string, bodyLine: number, listed?: readonly string[]) => {
    for (const ref of MDX_REFS) {
      for (const { value, line } of findMdxRefs(body, ref.tag, ref.attr)) {
        const field = `<${ref.tag} ${ref.attr}>`;
        const at = errors.length;
        if (ref.kind === 'begrip') missing(file, field, 'begrip', value, termIds);
        if (ref.kind === 'scenario') missing(file, field, 'scenario', value, scenarioIds);
        if (ref.kind === 'contact' && !(CONTACT_KEYS as readonly string[]).includes(value)) {
          errors.push({ file, field, message: `contact "${value}" bestaat niet; kies uit ${CONTACT_KEYS.join(', ')}` });
        }
        if (ref.kind === 'bron') {
          if (!sourceIds.has(value)) missing(file, field, 'bron', value, sourceIds);
          else if (listed && !listed.includes(value))
            errors.push({ file, field, message: `bron "${value}" staat niet in de sources van deze les` });
        }
        for (const e of errors.slice(at)) e.line = bodyLine + line - 1;
      }
    }
  };

  const orders = new Map<string, string>();
  for (const { file, data, body = '', bodyLine = 1 } of c.lessons) {
    missing(file, 'module', 'module', data.module, moduleIds);
    const key = `${data.module}#${data.order}`;
    const other = orders.get(key);
    if (other)
      errors.push({
        file,
        field: 'order',
        message: `volgorde ${data.order} in module "${data.module}" is al gebruikt door ${other}`,
      });
    else orders.set(key, file);
    data.sources.forEach((id, i) => missing(file, `sources[${i}]`, 'bron', id, sourceIds));
    data.questions.forEach((id, i) => missing(file, `questions[${i}]`, 'vraag', id, questionIds));
    data.scenarios.forEach((id, i) => missing(file, `scenarios[${i}]`, 'scenario', id, scenarioIds));

    checkBodyRefs(file, body, bodyLine, data.sources);
  }

  for (const entry of c.scenarios) {
    const { file, data } = entry;
    missing(file, 'module', 'module', data.module, moduleIds);
    data.sources.forEach((id, i) => missing(file, `sources[${i}]`, 'bron', id, sourceIds));
    data.steps.forEach((s, i) =>
      s.choices.forEach(
        (ch, j) => ch.source && missing(file, `steps[${i}].choices[${j}].source`, 'bron', ch.source, sourceIds),
      ),
    );
    errors.push(...checkScenarioGraph(entry));
  }

  for (const entry of c.questions) {
    const { file, data } = entry;
    missing(file, 'module', 'module', data.module, moduleIds);
    if (data.source) missing(file, 'source', 'bron', data.source, sourceIds);
    errors.push(...checkQuestion(entry));
  }

  for (const { file, data } of c.terms) {
    data.sources.forEach((id, i) => missing(`${file} (${data.id})`, `sources[${i}]`, 'bron', id, sourceIds));
  }

  for (const { file, data } of c.sessions) {
    data.parts.forEach((p, i) => {
      const field = `parts[${i}]`;
      if (p.kind === 'module' || p.kind === 'dilemma') {
        if (!p.ref)
          errors.push({
            file,
            field: `${field}.ref`,
            message: `een onderdeel van soort "${p.kind}" heeft een ref nodig`,
          });
        else if (p.kind === 'module') missing(file, `${field}.ref`, 'module', p.ref, moduleIds);
        else missing(file, `${field}.ref`, 'scenario', p.ref, scenarioIds);
      } else if (p.ref)
        errors.push({
          file,
          field: `${field}.ref`,
          message: `een onderdeel van soort "${p.kind}" verwijst niet naar iets`,
        });
      if (p.kind === 'gesprek' && !p.question)
        errors.push({ file, field: `${field}.question`, message: 'een gesprek heeft een vraag nodig' });
      if (p.kind !== 'gesprek' && p.question)
        errors.push({
          file,
          field: `${field}.question`,
          message: `alleen een gesprek heeft een vraag, niet "${p.kind}"`,
        });
    });
    data.sources.forEach((id, i) => missing(file, `sources[${i}]`, 'bron', id, sourceIds));
    const total = data.parts.reduce((sum, p) => sum + p.minutes, 0);
    if (total !== data.duration) {
      errors.push({
        file,
        field: 'duration',
        message: `de onderdelen duren samen ${total} minuten, niet ${data.duration}`,
      });
    }
  }

  for (const { file, data } of c.facts) missing(`${file} (${data.id})`, 'source', 'bron', data.source, sourceIds);

  for (const { file, body = '', bodyLine = 1 } of c.guides) {
    checkBodyRefs(file, body, bodyLine);
  }

  if (c.releases) {
    errors.push(
      ...duplicates(
        c.releases.map((r) => ({ ...r, data: { ...r.data, id: r.data.version } })),
        'versie',
      ),
    );
    if (c.version && !c.releases.some((r) => r.data.version === c.version)) {
      errors.push({
        file: 'content/wijzigingen.yaml',
        field: '(bestand)',
        message: `er staat niets voor de versie in package.json (${c.version}); schrijf bovenaan wat er in deze versie veranderde`,
        // The newest release is on top: the new one goes above it.
        line: c.releases[0]?.locate?.('(bestand)') ?? 1,
      });
    }
  }

  // Give every message the line of its field in the file. Items of list files are named "file (id)".
  const byFile = new Map<string, Entry<unknown>>();
  const listed = [...c.terms, ...c.sources, ...c.facts];
  for (const e of listed) byFile.set(`${e.file} (${(e.data as { id: string }).id})`, e as Entry<unknown>);
  for (const e of [...c.modules, ...c.lessons, ...c.scenarios, ...c.questions, ...c.sessions, ...c.guides]) {
    byFile.set(e.file, e as Entry<unknown>);
  }
  for (const e of errors) e.line ??= byFile.get(e.file)?.locate?.(e.field);
  return errors;
}
