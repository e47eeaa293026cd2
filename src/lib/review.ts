/**
 * `npm run review`: what a host or editor should look at again. Pure: content and a date in,
 * findings out. Three kinds:
 * - a source, lesson, key fact or griffier chapter last checked more than MAX_AGE_MONTHS ago
 *   (a flag to look again, not an error: time passing never breaks the build);
 * - a source without an address (`url`), so a reader cannot open it;
 * - a figure, year or article in a lesson or chapter without <Bron> (the lint's rule, uncitedFacts).
 */
import type { ContentSet, Entry } from './checks.ts';
import { fieldAt, uncitedFacts } from './lint.ts';

/** A date older than this many months is flagged. */
const MAX_AGE_MONTHS = 12;

export interface Stale {
  kind: 'bron' | 'les' | 'kernfeit' | 'hoofdstuk';
  file: string;
  id: string;
  /** The `checked` or `reviewed` date. */
  date: Date;
  /** Whole months between the date and today. */
  months: number;
}

export interface ReviewReport {
  stale: Stale[];
  noUrl: { file: string; id: string; title: string }[];
  uncited: { file: string; line: number; text: string }[];
}

/** Whole months from `from` to `to` (UTC), rounded down. */
export function monthsBetween(from: Date, to: Date): number {
  const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
  return to.getUTCDate() < from.getUTCDate() ? months - 1 : months;
}

export function review(set: ContentSet, today: Date, maxMonths = MAX_AGE_MONTHS): ReviewReport {
  const stale: Stale[] = [];
  const check = (kind: Stale['kind'], e: Entry<unknown>, id: string, date: Date, field: string) => {
    const months = monthsBetween(date, today);
    if (months >= maxMonths && date < today) stale.push({ kind, file: fieldAt(e, field), id, date, months });
  };
  for (const e of set.sources) check('bron', e, e.data.id, e.data.checked, 'checked');
  for (const e of set.lessons) check('les', e, e.data.id, e.data.reviewed, 'reviewed');
  for (const e of set.facts) check('kernfeit', e, e.data.id, e.data.reviewed, 'reviewed');
  for (const e of set.guides) check('hoofdstuk', e, e.data.id, e.data.reviewed, 'reviewed');

  const noUrl = set.sources
    .filter((s) => !s.data.url)
    .map((e) => ({ file: fieldAt(e, 'id'), id: e.data.id, title: e.data.title }));

  const uncited = [...set.lessons, ...set.guides].flatMap(({ file, body = '', bodyLine = 1 }) =>
    uncitedFacts(body).map(({ line, text }) => ({ file, line: line + bodyLine - 1, text })),
  );
  return { stale, noUrl, uncited };
}

/** Dutch lines for the terminal, one block per kind of finding. */
export function formatReview(r: ReviewReport, format: (d: Date) => string): string[] {
  const out: string[] = [];
  out.push(`Langer dan ${MAX_AGE_MONTHS} maanden niet gecontroleerd (${r.stale.length}):`);
  for (const s of r.stale)
    out.push(`  ${s.file}: ${s.kind} "${s.id}" gecontroleerd op ${format(s.date)}, ${s.months} maanden geleden`);
  out.push(`Bronnen zonder adres (${r.noUrl.length}):`);
  for (const s of r.noUrl) out.push(`  ${s.file}: bron "${s.id}", ${s.title}`);
  out.push(`Cijfers zonder <Bron> (${r.uncited.length}):`);
  for (const u of r.uncited) out.push(`  ${u.file}:${u.line}: "${u.text}"`);
  return out;
}
