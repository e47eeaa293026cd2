/**
 * Every kind of content error, proven with a broken fixture: each folder in tests/fixtures/broken/
 * is laid over the real content/ and must produce the message in its expected.txt, which names
 * the file, the line in that file, the field and the missing id.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatError } from '../../src/lib/checks.ts';
import { loadContentDir } from '../../src/load/content-fs.ts';

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
      expect(
        found.some((m) => m.startsWith(expected)),
        `expected "${expected}" in:\n${found.join('\n')}`,
      ).toBe(true);
    });
  }
});

describe('each message names the line in the file', () => {
  // Fixture, and what stands on the faulty line of its file. The line comes from the message itself.
  const cases: [string, string][] = [
    ['les-onbekend-begrip', '<Begrip id="geen-begrip">'], // body error: body line plus the frontmatter
    ['les-bron-niet-genoemd', '<Bron id="monitor-2022"'],
    ['les-onbekende-module', 'module: bestaat-niet'], // frontmatter field
    ['les-te-lang', 'duration:'], // schema error in frontmatter
    ['les-zonder-reviewed', 'id: kapotte-les'], // missing field: the object it belongs in
    ['module-onbekend-veld', 'duur:'], // unknown key: the key itself
    ['bron-kapotte-url', 'url: geen-adres'], // item in a list file
    ['kernfeit-zonder-reviewed', '- id: weinig-aangifte'],
    ['scenario-ontbrekende-stap', 'next: bestaat-niet'], // nested path
    ['sessie-onbekende-module', 'ref: geen-module'],
    ['vraag-onbekende-bron', 'source: geen-bron'],
  ];
  for (const [name, onLine] of cases) {
    it(name, () => {
      const expected = readFileSync(join(broken, name, 'expected.txt'), 'utf8').trim();
      const message = messages(join(broken, name)).find((m) => m.startsWith(expected));
      const m = /^content\/(\S+?):(\d+)[: ]/.exec(message ?? '');
      expect(m, `no line in "${message}"`).not.toBeNull();
      const [, path, line] = m!;
      const inFixture = join(broken, name, path!);
      const text = readFileSync(existsSync(inFixture) ? inFixture : join(root, 'content', path!), 'utf8');
      expect(text.split('\n')[Number(line) - 1]).toContain(onLine);
    });
  }
});
