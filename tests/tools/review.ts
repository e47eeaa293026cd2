#!/usr/bin/env node
/**
 * npm run review: what to check again (src/lib/review.ts). Prints every source, lesson, key fact
 * and griffier chapter last checked more than 12 months ago, every source without an address and
 * every figure in a lesson without <Bron>. Exits 0 (age alone never breaks a release) unless
 * `--strict` is given and something was found. REVIEW_DATE=YYYY-MM-DD pretends another day;
 * CONTENT_DIR reads another content folder.
 */
import { join } from 'node:path';
import { checkContent, formatError } from '../../src/lib/checks.ts';
import { loadContentDir } from '../../src/load/content-fs.ts';
import { formatReview, review } from '../../src/lib/review.ts';
import { formatDate } from '../../src/i18n/dates.ts';

const root = join(import.meta.dirname, '../..');
const dir = process.env.CONTENT_DIR ?? join(root, 'content');
const strict = process.argv.includes('--strict');
const today = process.env.REVIEW_DATE ? new Date(process.env.REVIEW_DATE) : new Date();

const { set, errors } = loadContentDir(dir);
const broken = [...errors, ...checkContent(set)].map(formatError);
if (broken.length) {
  console.error(`De inhoud heeft fouten; herstel die eerst (npm run lint:content):\n  ${broken.join('\n  ')}`);
  process.exit(1);
}
const report = review(set, today);
console.log(`Controle op ${formatDate(today)}\n`);
console.log(formatReview(report, formatDate).join('\n'));
const found = report.stale.length + report.noUrl.length + report.uncited.length;
if (strict && found) {
  console.error(`\n--strict: ${found} punt(en) om na te kijken.`);
  process.exit(1);
}
