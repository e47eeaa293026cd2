/**
 * The content lint behind `npm run lint:content`: plain language per lesson and the house rules
 * the schemas cannot see. Pure: it takes loaded content and returns rows and problems.
 */
import type { ContentSet, Entry } from './checks.ts';
import { findMdxRefs } from './checks.ts';
import { measure, mdxToProse, type Readability } from './readability.ts';
import { PHONE } from './phone.ts';

/** B1: a lesson's average sentence may not be longer than this. */
export const MAX_AVERAGE_SENTENCE = 15;

export interface LessonRow extends Readability {
  file: string;
  id: string;
}

export interface LintResult {
  rows: LessonRow[];
  problems: string[];
}

/** A figure, a year or a legal article: each needs a <Bron> in the same paragraph. */
const FACT = /\d+(?:,\d+)?\s?(?:procent|%)|\b(?:19|20)\d{2}\b|\bart(?:ikel|\.)\s?\d+/i;

/**
 * Paragraphs, lists and tables of an MDX body that state a fact without a <Bron>. A list that
 * follows a cited sentence ending in ":" counts as cited by it. Lines count from the body's start.
 */
export function uncitedFacts(body: string): { line: number; text: string }[] {
  const found: { line: number; text: string }[] = [];
  let previous = { cited: false, colon: false };
  for (const m of body.matchAll(/[^\n](?:[^\n]|\n(?!\s*\n))*/g)) {
    const text = m[0].trim();
    const line = body.slice(0, m.index).split('\n').length;
    const cited = /<Bron\b/.test(text);
    const isList = /^(?:[-*+]|\d+[.)])\s/.test(text);
    const skip = /^#{1,6}\s/.test(text) || /^<\/?(BespreekInDeRaad|Dilemma|Contact|Protocol)\b/.test(text);
    const fact = FACT.exec(text.replace(/<[^>]+>/g, ' '));
    if (!skip && fact && !cited && !(isList && previous.cited && previous.colon)) found.push({ line, text: fact[0] });
    previous = { cited, colon: /:\s*(<Bron[^>]*\/>)?\s*$/.test(text) };
  }
  return found;
}

/** A named municipality ("gemeente Utrecht", "Gemeente Den Haag"); "de gemeente" stays fine. */
const MUNICIPALITY = /\b[Gg]emeente\s+(?:[A-Z][a-z]+|['’]s-[A-Z])/;

/** "file:line" of a field when the loader knows lines (src/lib/lines.ts), else just the file. */
export function fieldAt(entry: Entry<unknown>, field: string, file = entry.file): string {
  const line = entry.locate?.(field);
  return line ? `${file}:${line}` : file;
}

export function lintContent(set: ContentSet): LintResult {
  const problems: string[] = [];
  const rows: LessonRow[] = [];
  const used = new Set<string>();

  /** Rules for any MDX text: plain language, cited facts, contacts on their own line, no local details. */
  const prose = (file: string, id: string, body: string, bodyLine: number) => {
    const at = (line: number) => `${file}:${line + bodyLine - 1}`;
    const r = measure(mdxToProse(body));
    rows.push({ file, id, ...r });
    if (r.averageSentence > MAX_AVERAGE_SENTENCE) {
      problems.push(
        `${file}: gemiddeld ${r.averageSentence.toFixed(1)} woorden per zin (hoogstens ${MAX_AVERAGE_SENTENCE}). Langste zin: "${r.longest}"`,
      );
    }
    for (const { value } of findMdxRefs(body, 'Begrip', 'id')) used.add(value);
    for (const { line, text } of uncitedFacts(body)) {
      problems.push(
        `${at(line)}: "${text}" staat in een alinea zonder <Bron>; elk cijfer, jaartal en wetsartikel noemt zijn bron`,
      );
    }
    body.split('\n').forEach((line, i) => {
      // <Contact> renders a block; inside a sentence it would break the paragraph.
      if (/<Contact\b/.test(line) && !/^\s*<Contact\b[^>]*\/>\s*$/.test(line)) {
        problems.push(`${at(i + 1)}: zet <Contact> op een eigen regel, met een lege regel ervoor en erna`);
      }
      localDetails(line, at(i + 1));
    });
  };
  const localDetails = (text: string, where: string) => {
    // 112 is the one number that is the same everywhere: safety advice may name it outright.
    const phone = [...text.matchAll(new RegExp(PHONE.source, 'g'))].find((m) => m[0] !== '112');
    if (phone) problems.push(`${where}: telefoonnummer "${phone[0]}" in de inhoud; gebruik <Contact wie="…" />`);
    const town = MUNICIPALITY.exec(text);
    if (town) problems.push(`${where}: gemeentenaam "${town[0]}" in de inhoud; de naam komt uit content/gemeente.yaml`);
  };

  for (const entry of set.lessons) {
    const { file, data, body = '', bodyLine = 1 } = entry;
    prose(file, data.id, body, bodyLine);
    if (new Set(data.sources).size < 2)
      problems.push(
        `${fieldAt(entry, 'sources')}: noemt ${new Set(data.sources).size} bron(nen); een les noemt er minstens twee`,
      );
    const discuss = /<BespreekInDeRaad>([\s\S]*?)<\/BespreekInDeRaad>\s*$/.exec(body);
    if (!discuss) problems.push(`${file}: eindigt niet met <BespreekInDeRaad>`);
    else {
      const items = (discuss[1] ?? '').split('\n').filter((l) => /^\s*(?:[-*+]|\d+[.)])\s+/.test(l)).length;
      const where = entry.bodyLine ? `${file}:${body.slice(0, discuss.index).split('\n').length + bodyLine - 1}` : file;
      if (items < 2 || items > 3) problems.push(`${where}: <BespreekInDeRaad> heeft ${items} vragen (2 of 3)`);
    }
  }

  for (const { file, data, body = '', bodyLine = 1 } of set.guides) {
    prose(file, data.id, body, bodyLine);
    // The chapter's title is the h2 on the "Voor griffiers" page, so its own headings start at h3.
    body.split('\n').forEach((line, i) => {
      if (/^#{1,2}\s/.test(line))
        problems.push(`${file}:${i + bodyLine}: een hoofdstuk voor griffiers begint tussenkoppen met ###`);
    });
  }

  for (const entry of set.sessions) {
    const { data } = entry;
    data.parts.forEach((p, i) => {
      const text = [p.title, p.text, p.question, p.notes].filter(Boolean).join(' ');
      const where = `${fieldAt(entry, `parts[${i}]`)} parts[${i}]`;
      localDetails(text, where);
      // YAML has no <Bron>: a plan names the sources of its figures and articles in "sources".
      const fact = FACT.exec(text);
      if (fact && !data.sources.length)
        problems.push(`${where}: "${fact[0]}" zonder bron; zet de bron in "sources" van het plan`);
    });
  }

  for (const entry of set.questions) {
    if (!entry.data.source) problems.push(`${fieldAt(entry, 'source')}: de vraag noemt geen bron (veld "source")`);
  }

  for (const entry of set.terms) {
    const { data } = entry;
    if (!used.has(data.id))
      problems.push(
        `${fieldAt(entry, 'id', 'content/begrippen.yaml')}: begrip "${data.id}" wordt in geen enkele les gebruikt (<Begrip id="${data.id}">)`,
      );
  }
  return { rows, problems };
}
