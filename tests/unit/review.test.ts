/** npm run review (src/lib/review.ts): old dates, sources without an address, figures without <Bron>. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentDir } from '../../src/load/content-fs.ts';
import { formatReview, monthsBetween, review } from '../../src/lib/review.ts';

const root = join(import.meta.dirname, '../..');
const fixture = join(root, 'tests/fixtures/review');
const { set } = loadContentDir(fixture);
const today = new Date('2026-11-30');

describe('review', () => {
  const r = review(set, today);

  it('flags what was last checked 12 months ago or more, and nothing newer', () => {
    expect(r.stale.map((s) => `${s.kind} ${s.id} ${s.months}`).sort()).toEqual([
      'bron oude-bron 29',
      'kernfeit oud-feit 13',
      'les oude-les 17',
    ]);
  });

  it('names the file and line of the old date', () => {
    const lesson = r.stale.find((s) => s.id === 'oude-les')!;
    expect(lesson.file).toBe('content/lessen/oud/01-oude-les.mdx:10');
    expect(r.stale.find((s) => s.id === 'oude-bron')!.file).toBe('content/bronnen.yaml:7');
  });

  it('lists sources without an address', () => {
    expect(r.noUrl.map((s) => s.id)).toEqual(['bron-zonder-adres']);
  });

  it('finds a figure without <Bron> with the line in the file (the lint rule)', () => {
    expect(r.uncited).toEqual([{ file: 'content/lessen/oud/01-oude-les.mdx', line: 14, text: '12 procent' }]);
  });

  it('counts whole months', () => {
    expect(monthsBetween(new Date('2025-11-30'), today)).toBe(12);
    expect(monthsBetween(new Date('2025-12-01'), today)).toBe(11);
  });

  it('prints every finding', () => {
    const text = formatReview(r, (d) => d.toISOString().slice(0, 10)).join('\n');
    for (const s of [...r.stale, ...r.noUrl]) expect(text).toContain(s.id);
    expect(text).toContain('01-oude-les.mdx:14: "12 procent"');
  });
});

describe('npm run review', () => {
  const run = (...args: string[]) =>
    spawnSync(
      process.execPath,
      ['--experimental-strip-types', '--no-warnings', join(root, 'tests/tools/review.ts'), ...args],
      {
        encoding: 'utf8',
        env: { ...process.env, REVIEW_DATE: '2026-11-30' },
      },
    );

  it('reports but passes without --strict: time passing never breaks a release', () => {
    const plain = run();
    expect(plain.status).toBe(0);
    expect(plain.stdout).toContain('Langer dan 12 maanden niet gecontroleerd');
  });

  it('fails with --strict when it finds something (the real content has sources without an address)', () => {
    const strict = run('--strict');
    expect(strict.status).toBe(1);
  });

  it('finds nothing old in the real content on the day it was checked', () => {
    const { set: real } = loadContentDir(join(root, 'content'));
    expect(review(real, today).stale).toEqual([]);
  });
});
