/**
 * Every kind of content error, proven with a broken fixture: each folder in tests/fixtures/broken/
 * is laid over the real content/ and must produce the message in its expected.txt, which names
 * the file, the field and the missing id.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatError } from '../../src/lib/checks.ts';
import { loadContentDir } from '../../src/lib/content-files.ts';

const root = join(import.meta.dirname, '../..');
const broken = join(root, 'tests/fixtures/broken');

function messages(...overlay: string[]): string[] {
  const { set, errors } = loadContentDir(join(root, 'content'), ...overlay);
  return [...errors, ...checkContent(set)].map(formatError);
}

describe('the real content', () => {
  it('has no errors', () => {
    expect(messages()).toEqual([]);
  });
});

describe('each broken fixture fails with its message', () => {
  const cases = readdirSync(broken).sort();
  it('covers at least 20 kinds of error', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });
  for (const name of cases) {
    it(name, () => {
      const expected = readFileSync(join(broken, name, 'expected.txt'), 'utf8').trim();
      const found = messages(join(broken, name));
      expect(found.some((m) => m.startsWith(expected)), `expected "${expected}" in:\n${found.join('\n')}`).toBe(true);
    });
  }
});
