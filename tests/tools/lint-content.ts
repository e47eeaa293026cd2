#!/usr/bin/env node
/**
 * npm run lint:content: prints per lesson the average sentence length, the share of words of four
 * or more syllables and the Flesch-Douma score, and fails on the rules in src/lib/lint.ts
 * (plain language, at least two sources, every glossary term used, no phone numbers or
 * municipality names in lessons) and on any schema or cross-check error.
 */
import { join } from 'node:path';
import { checkContent, formatError } from '../../src/lib/checks.ts';
import { loadContentDir } from '../../src/load/content-fs.ts';
import { lintContent, MAX_AVERAGE_SENTENCE } from '../../src/lib/lint.ts';

const root = join(import.meta.dirname, '../..');
const dir = process.env.CONTENT_DIR ?? join(root, 'content');
const { set, errors } = loadContentDir(dir);
const { rows, problems } = lintContent(set);
const all = [...[...errors, ...checkContent(set)].map(formatError), ...problems];

const width = Math.max(...rows.map((r) => r.file.length), 4);
console.log(`Leesbaarheid per les en hoofdstuk (B1: gemiddeld hoogstens ${MAX_AVERAGE_SENTENCE} woorden per zin)`);
console.log(`${'les'.padEnd(width)}  zinnen  woorden  gem.zin  lange woorden  Flesch-Douma`);
for (const r of rows) {
  console.log(
    `${r.file.padEnd(width)}  ${String(r.sentences).padStart(6)}  ${String(r.words).padStart(7)}  ${r.averageSentence.toFixed(1).padStart(7)}  ${(r.longWords * 100).toFixed(1).padStart(12)}%  ${r.fleschDouma.toFixed(0).padStart(12)}`,
  );
}
const total = rows.reduce((n, r) => n + r.words, 0);
console.log(
  `\n${set.lessons.length} lessen, ${set.guides?.length ?? 0} hoofdstukken voor griffiers, ${set.sessions.length} sessieplannen, ${total} woorden, ${set.terms.length} begrippen, ${set.questions.length} vragen, ${set.scenarios.length} scenario's.`,
);
if (all.length) {
  console.error(`\n${all.length} probleem/problemen:\n  ${all.join('\n  ')}`);
  process.exit(1);
}
console.log('Geen problemen.');
