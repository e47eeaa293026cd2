/**
 * Every UI string in one keyed dictionary (src/i18n/nl.ts): no Dutch text for a reader typed in
 * src/ elsewhere, no key that no code uses, and islands that get their strings handed to them
 * instead of importing the dictionary (their bundles would carry the whole site's text).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { format, plural, verdictLabel } from '../../src/i18n/format.ts';
import { nl } from '../../src/i18n/nl.ts';
import { pick } from '../../src/i18n/pick.ts';
import { findUiText, root, scanText, sourceFiles } from '../helpers/ui-text.ts';

/**
 * Text in src/ that is not the site's UI, so it may stay where it is: messages for the content's
 * editors and for developers, in Dutch because the editors are, and read in the build log or the
 * lint and review reports (npm run lint:content, npm run review), never on the site.
 */
const NOT_UI: Record<string, string> = {
  'src/lib/checks.ts': 'content checks: errors for editors in the build log',
  'src/lib/lint.ts': 'content lint (npm run lint:content): advice for editors',
  'src/lib/review.ts': 'content review (npm run review): report for editors',
  'src/lib/schemas.ts': 'zod messages: content errors for editors at build time',
  'src/load/': 'content loading: errors for editors at build time',
  'src/integrations/content-check.ts': 'content errors in the build log',
  'src/release/': 'the installation notes in the release zip, for municipal IT',
  'src/lib/offline.ts': 'the source of sw.js for offline: false (its comment is for municipal IT), never on a page',
  'src/integrations/offline.ts': 'what the offline step writes in the build log',
};

const skipped = (path: string) => Object.keys(NOT_UI).some((p) => (p.endsWith('/') ? path.startsWith(p) : path === p));

describe('UI text lives in src/i18n/nl.ts', () => {
  it('no Dutch text for a reader is typed in src/ outside src/i18n/', () => {
    const found = findUiText(skipped).map((f) => `${f.file}:${f.line}: ${f.text}`);
    expect(found, 'zet deze tekst in src/i18n/nl.ts en geef hem door (pick, dataStrings)').toEqual([]);
  });

  it('the check finds Dutch in code, JSX and .astro templates, and leaves code alone', () => {
    const ts = [
      "el.textContent = done ? 'klaar' : '';", // a single word, written into the page
      'const m = `${n} van ${total} lessen klaar`;', // a sentence with values
      "const KIND = { les: 'Les', scenario: 'Dilemma' };", // capitalised labels
      // Not UI: content keys, selectors, class lists, paths, ids with values, errors for developers.
      "if (v === 'goed' || kind === 'les') el.querySelector('a[data-lesson]');",
      "a.className = 'utrecht-link vr-result__link'; const k = `les:${id}`; const u = `bronnen/#${id}`;",
      'throw new Error(`geen migratie van versie ${v}`);',
      "import x from './Dilemma.astro'; type V = 'kan' | 'riskant';",
    ].join('\n');
    expect(scanText('src/islands/x.ts', ts).map((f) => f.text)).toEqual([
      'klaar',
      '… van … lessen klaar',
      'Les',
      'Dilemma',
    ]);
    const tsx = 'export const A = () => <p class="vr-meta" aria-label="Sluit het venster">Probeer opnieuw {n}</p>;';
    expect(scanText('src/islands/x.tsx', tsx).map((f) => f.text)).toEqual(['Sluit het venster', 'Probeer opnieuw']);
    const astro = [
      '---',
      'const label = `Tabel: ${headers}`;',
      '---',
      '<Base title="Pagina niet gevonden" class="vr-prose">',
      '  <h1 class="utrecht-heading-1">{t.heading}</h1>',
      '  {items.map((i) => <li>{i.title} (klopt niet)</li>)}',
      '  <nav aria-label="Lessen"></nav>',
      '</Base>',
      '<script>const x = "Niet hier: scripts zijn eilanden";</script>',
    ].join('\n');
    expect(scanText('src/pages/x.astro', astro).map((f) => `${f.line}: ${f.text}`)).toEqual([
      '2: Tabel: …',
      '6: (klopt niet)',
      '4: Pagina niet gevonden',
      '7: Lessen',
    ]);
  });
});

/** Dotted keys of the dictionary's leaves: strings, lists and plurals ({ one, other }). */
function leaves(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'string' || Array.isArray(v) || (v && 'one' in v && 'other' in v)
      ? [`${prefix}${k}`]
      : leaves(v as object, `${prefix}${k}.`),
  );
}

/**
 * The keys code refers to: `nl.a.b` (also through `const t = nl.a; t.b`), 'a.b' as a string (pick,
 * an island's t['a.b']).
 */
function usedKeys(): string[] {
  const used: string[] = [];
  const config = { path: 'astro.config.mjs', text: readFileSync(join(root, 'astro.config.mjs'), 'utf8') };
  for (const { path, text } of [...sourceFiles(), config]) {
    if (path.startsWith('src/i18n/')) continue;
    const aliases: [string, string][] = [['nl', '']];
    for (const m of text.matchAll(/const (\w+) = nl((?:\.\w+)+);/g)) aliases.push([m[1]!, m[2]!.slice(1) + '.']);
    for (const [name, prefix] of aliases) {
      for (const m of text.matchAll(new RegExp(`(?<![\\w.])${name}((?:\\.\\w+)+)(?! = nl)`, 'g')))
        used.push(prefix + m[1]!.slice(1));
    }
    for (const m of text.matchAll(/['"`]([a-z]\w*(?:\.\w+)+)['"`]/gi)) used.push(m[1]!);
  }
  return used;
}

describe('the dictionary', () => {
  const keys = leaves(nl);

  it('has no key that no code uses', () => {
    const used = usedKeys();
    // A key is used when code names it, a group it is in (nl.scenario.verdict[v]), or a method on it (.map).
    const isUsed = (key: string) =>
      used.some((u) => u === key || u.startsWith(`${key}.`) || (u.includes('.') && key.startsWith(`${u}.`)));
    expect(keys.filter((k) => !isUsed(k))).toEqual([]);
  });

  it('the unused-key check would see a key nobody uses', () => {
    expect(keys.length).toBeGreaterThan(100);
    expect(usedKeys()).not.toContain('quiz.nonexistent');
  });

  it('islands, stores and lib code do not import the dictionary', () => {
    // Only the server (pages, components, layouts) imports nl.ts and pick.ts; islands get strings
    // as props or data-strings and import only types and format.ts.
    const wrong = sourceFiles()
      .filter((f) => /^src\/(islands|stores|lib)\//.test(f.path))
      .flatMap((f) =>
        [...f.text.matchAll(/^import (?!type )[^;]*from '[./]*i18n\/(nl|pick)\.ts'/gm)].map(
          (m) => `${f.path}: ${m[0]}`,
        ),
      );
    expect(wrong).toEqual([]);
  });
});

describe('format, plural and pick', () => {
  it('fills placeholders and chooses the plural form', () => {
    expect(format(nl.quiz.score, { right: 2, total: 3 })).toBe('Je hebt 2 van de 3 vragen goed.');
    expect(format('{a} en {b}', { a: 1 })).toBe('1 en {b}');
    expect(plural(nl.module.count, 1)).toBe('1 les');
    expect(plural(nl.module.count, 4)).toBe('4 lessen');
    expect(plural(nl.search.count, 0, { q: 'x' })).toBe('Geen resultaten voor "x".');
    expect(plural(nl.progress.count, 4, { done: 2 })).toBe('2 van 4 lessen klaar');
  });

  it('labels a verdict by the kind of dilemma', () => {
    expect(verdictLabel(nl.scenario, 'open', 'goed')).toBe(nl.scenario.weighing.goed);
    expect(verdictLabel(nl.scenario, 'graded', 'goed')).toBe(nl.scenario.verdict.goed);
    expect(verdictLabel(nl.scenario, 'open')).toBe('');
  });

  it('picks only the keys asked for', () => {
    expect(pick(['quiz.check', 'scenario.verdict'])).toEqual({
      'quiz.check': nl.quiz.check,
      'scenario.verdict': nl.scenario.verdict,
    });
    expect(() => pick(['quiz.nope' as 'quiz.check'])).toThrow(/quiz\.nope/);
  });
});
