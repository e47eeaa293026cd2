/**
 * What the islands share stays shared (issue 14, "easy to carry on"): the plan limits come from
 * LIMITS, progress keys from progressKeys, "the text version until the island runs" from
 * useMounted, and plans are compared with samePlan, never as JSON text. A copy that creeps back
 * fails here with file and line.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { progressKeys } from '../../src/lib/progress-keys.ts';
import { LIMITS } from '../../src/lib/session-plan.ts';

const src = resolve(import.meta.dirname, '../../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|tsx|astro)$/.test(name) ? [path] : [];
  });
}

/** Lines of code (comments blanked) in `dirs` that match `re`, as "file:line: code". */
function find(dirs: string[], re: RegExp, except: string[] = []): string[] {
  return dirs
    .flatMap((d) => files(join(src, d)))
    .flatMap((file) => {
      const rel = relative(src, file);
      if (except.includes(rel)) return [];
      const code = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
        .replace(/(^|[^:])\/\/.*$/gm, '$1');
      return code.split('\n').flatMap((line, i) => (re.test(line) ? [`${rel}:${i + 1}: ${line.trim()}`] : []));
    });
}

describe('shared, not copied', () => {
  it('the builder takes the plan limits from LIMITS, not as numbers of its own', () => {
    const numbers = Object.values(LIMITS).join('|');
    expect(find(['islands/session'], new RegExp(`(maxLength|max)=\\{(${numbers})\\}|[<>]=? ?(${numbers})\\b`))).toEqual(
      [],
    );
  });

  it('progress keys come from progressKeys, not from strings built by hand', () => {
    expect(progressKeys.lesson('a')).toBe('les:a');
    expect(
      find(
        ['islands', 'pages', 'components', 'layouts', 'stores'],
        /[`'"](les|vraag|scenario|reflectie):(\$\{|['"`] *\+)/,
      ),
    ).toEqual([]);
  });

  it('"show the text version until the island runs" is useMounted, written once', () => {
    expect(
      find(['islands'], /useEffect\(\(\) => set\w+\(true\), \[\]\)|useState\(false\);.*useEffect/, [
        'islands/use-mounted.ts',
      ]),
    ).toEqual([]);
    expect(find(['islands'], /useMounted\(/, ['islands/use-mounted.ts']).length).toBeGreaterThanOrEqual(5);
  });

  it('plans are compared with samePlan, not as JSON text', () => {
    expect(find(['islands', 'lib', 'stores'], /JSON\.stringify\([^)]*\)\s*[!=]==/)).toEqual([]);
  });
});
