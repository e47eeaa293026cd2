/**
 * Code lives by where it runs. Each folder of src/ may import only from the folders listed for it,
 * so the pure core (src/lib/) never depends on the browser, Astro's content layer or Node's files:
 * lib ← stores ← islands, and lib ← load ← pages. A wrong import fails here with file and line.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = resolve(import.meta.dirname, '../../src');

/** Folder → the folders of src/ it may import from (itself included). */
const allowed: Record<string, string[]> = {
  lib: ['lib'],
  i18n: ['i18n'],
  stores: ['stores', 'lib', 'i18n'],
  islands: ['islands', 'stores', 'lib', 'i18n'],
  load: ['load', 'lib'],
  integrations: ['integrations', 'load', 'lib'],
  components: ['components', 'islands', 'load', 'lib', 'i18n', 'stores', 'styles'],
  layouts: ['layouts', 'components', 'islands', 'load', 'lib', 'i18n', 'styles'],
  pages: ['pages', 'layouts', 'components', 'islands', 'load', 'lib', 'i18n', 'styles'],
  // Release scripts run in plain Node; the pure core is fine for them (src/lib/target.ts: the SCORM launch page).
  release: ['release', 'lib'],
  // The SCORM launch page (lms/index.html, SCORM build only) and its script.
  scorm: ['scorm', 'islands', 'load', 'lib', 'i18n'],
};

/** Packages and globals that tie code to one place it runs; src/lib/ must use none of them. */
const notInLib: [RegExp, string][] = [
  [/from ['"](astro:[^'"]+)['"]/, 'Astro-module'],
  [/from ['"](node:[^'"]+)['"]/, 'Node-module'],
  [/from ['"](preact[^'"]*|nanostores|@nanostores\/[^'"]+)['"]/, 'UI-bibliotheek'],
  [/\b(document|window|localStorage|sessionStorage|navigator)\s*[.[]/, 'browser-object'],
  [/\b(fetch)\s*\(/, 'netwerkverzoek'],
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|tsx|mjs|astro)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every relative import in a file, static or dynamic, with its line. */
function imports(text: string): { spec: string; line: number }[] {
  const found: { spec: string; line: number }[] = [];
  const re = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm;
  for (const m of text.matchAll(re)) found.push({ spec: m[1]!, line: text.slice(0, m.index).split('\n').length });
  return found;
}

/** Comments say why; they may name anything. Lines of code only. */
const code = (text: string) =>
  text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[^:])\/\/.*$/gm, '$1');

const folderOf = (path: string) => relative(src, path).split(/[\\/]/)[0]!;
const all = files(src).filter((f) => statSync(f).isFile() && f !== join(src, 'content.config.ts'));

describe('import direction', () => {
  it('knows every folder of src/', () => {
    const folders = new Set(all.map(folderOf).filter((f) => !f.includes('.')));
    for (const f of folders)
      if (!['styles', 'themes', 'hosting', 'types'].includes(f))
        expect(allowed, `map ${f}/ heeft geen regel`).toHaveProperty(f);
  });

  it.each(Object.keys(allowed))('src/%s/ imports only from the folders it may use', (folder) => {
    const wrong: string[] = [];
    for (const file of all.filter((f) => folderOf(f) === folder)) {
      const text = readFileSync(file, 'utf8');
      for (const { spec, line } of imports(code(text))) {
        const target = resolve(dirname(file), spec);
        if (!target.startsWith(src)) continue; // package.json and the like, outside src/
        const to = folderOf(target);
        if (!allowed[folder]!.includes(to))
          wrong.push(`${relative(src, file)}:${line}: ${folder}/ mag niet uit ${to}/ importeren (${spec})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps src/lib/ pure: no browser, network, Node files, Astro content or UI library', () => {
    const wrong: string[] = [];
    for (const file of all.filter((f) => folderOf(f) === 'lib')) {
      const lines = code(readFileSync(file, 'utf8')).split('\n');
      lines.forEach((l, i) => {
        for (const [re, what] of notInLib)
          if (re.test(l)) wrong.push(`${relative(src, file)}:${i + 1}: ${what} in src/lib/: ${l.trim()}`);
      });
    }
    expect(wrong).toEqual([]);
  });

  it('keeps src/stores/ free of UI: Preact hooks live beside the islands', () => {
    const wrong = all
      .filter((f) => folderOf(f) === 'stores')
      .flatMap((f) => (/from ['"]preact/.test(code(readFileSync(f, 'utf8'))) ? [relative(src, f)] : []));
    expect(wrong).toEqual([]);
  });

  it('islands do not import from each other except shared hooks and helpers', () => {
    // An island (a .tsx component loaded on its own) takes shared types from src/lib/, not from another island.
    const wrong: string[] = [];
    for (const file of all.filter((f) => folderOf(f) === 'islands' && f.endsWith('.tsx'))) {
      for (const { spec, line } of imports(code(readFileSync(file, 'utf8')))) {
        if (/^import type/.test(readFileSync(file, 'utf8').split('\n')[line - 1] ?? '') && spec.endsWith('.tsx'))
          wrong.push(`${relative(src, file)}:${line}: type uit een ander eiland (${spec}); zet het type in src/lib/`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('the rule itself', () => {
  it('finds a wrong import and a browser global in a sample', () => {
    const sample = `import { a } from '../stores/progress.ts';\n// window.x in a comment is fine\nconst y = window.innerWidth;\n`;
    expect(imports(code(sample))).toEqual([{ spec: '../stores/progress.ts', line: 1 }]);
    expect(
      code(sample)
        .split('\n')
        .filter((l) => notInLib.some(([re]) => re.test(l))),
    ).toEqual(['const y = window.innerWidth;']);
  });
});
