/**
 * Plain-language measures for Dutch lesson text (B1): sentence length, long words and the
 * Flesch-Douma reading ease. Used by `npm run lint:content`; pure, so unit tests pin it down.
 *
 * Flesch-Douma (Douma 1960): 206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence.
 * Higher is easier; about 60–70 reads as plain Dutch.
 */

/** Turns an MDX lesson body into plain prose: components, tables, code and Markdown marks removed. */
export function mdxToProse(body: string): string {
  return (
    body
      // Imports/exports and code blocks are not prose.
      .replace(/^(import|export)\s.*$/gm, '')
      .replace(/```[\s\S]*?```/g, '')
      // Self-closing components (<Bron />, <Contact />, <Dilemma />) carry no prose of their own.
      .replace(/<[A-Z][\w.]*\b[^>]*\/>/g, '')
      // Keep the words inside other components (<Begrip>woord</Begrip>, <Kader titel="…">…</Kader>).
      .replace(/<\/?[A-Za-z][\w.]*\b[^>]*>/g, ' ')
      // Tables are data, not sentences.
      .replace(/^\s*\|.*\|\s*$/gm, '')
      // Headings and list items end where their line ends.
      .replace(/^\s{0,3}#{1,6}\s+(.*)$/gm, '$1.')
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+(.*)$/gm, (_m, item: string) =>
        /[.!?:]$/.test(item.trim()) ? item : `${item}.`,
      )
      .replace(/\*\*|__|[*_`>]/g, '')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/[ \t]+/g, ' ')
  );
}

/** Splits prose into sentences: at . ! ? or : followed by white space, and at blank lines. */
export function sentences(prose: string): string[] {
  return prose
    .split(/(?<=[.!?])\s+|\n\s*\n/)
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0);
}

/** The words of a sentence: runs of letters, digits and inner hyphens or apostrophes. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * Syllables in a Dutch word, counted as vowel groups: "aa", "ie", "ij", "eeu" are one sound;
 * a diaeresis (ë, ï) starts a new one. Numbers count as one syllable per digit group.
 */
export function syllables(word: string): number {
  const w = word.toLowerCase();
  if (/^\d/.test(w)) return Math.max(1, (w.match(/\d+/g) ?? []).length);
  // "ij" before a vowel closes its syllable: bij-een-komst.
  const groups = w.replace(/ij/g, 'y').match(/y(?=[aeiou])|[aeiouyáéíóúàèâêôû]+|[ëïöü][aeiouy]*/g);
  return Math.max(1, groups?.length ?? 0);
}

export interface Readability {
  sentences: number;
  words: number;
  /** Average words per sentence. */
  averageSentence: number;
  /** Share of words with four or more syllables, from 0 to 1. */
  longWords: number;
  /** Flesch-Douma reading ease. */
  fleschDouma: number;
  /** The longest sentence, for a writer to look at. */
  longest: string;
}

export function measure(prose: string): Readability {
  const list = sentences(prose);
  const all = list.flatMap(words);
  const syl = all.reduce((n, w) => n + syllables(w), 0);
  const averageSentence = list.length ? all.length / list.length : 0;
  const perHundred = all.length ? (syl / all.length) * 100 : 0;
  return {
    sentences: list.length,
    words: all.length,
    averageSentence,
    longWords: all.length ? all.filter((w) => syllables(w) >= 4).length / all.length : 0,
    fleschDouma: 206.84 - 0.77 * perHundred - 0.93 * averageSentence,
    longest: list.reduce((a, b) => (words(b).length > words(a).length ? b : a), ''),
  };
}
