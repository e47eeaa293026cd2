/**
 * The settings integration (src/integrations/settings.ts): content/gemeente.yaml is read once,
 * through its schema, before Astro starts; the theme alias follows the file; a broken file stops
 * with file, line and field instead of falling back silently.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { settings } from '../../src/integrations/settings.ts';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'vr-settings-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the hook as Astro would and returns the config it adds. */
function setup(contentDir: string) {
  const updates: { vite?: { resolve?: { alias?: Record<string, string> } } }[] = [];
  const hook = settings(contentDir).hooks['astro:config:setup'] as (o: unknown) => void;
  hook({ command: 'build', updateConfig: (c: (typeof updates)[number]) => updates.push(c) });
  return updates;
}

describe('settings integration', () => {
  it('uses the voorbeeld theme when the settings name no css', () => {
    const alias = setup(join(root, 'content'))[0]?.vite?.resolve?.alias;
    expect(alias?.['vr-theme']).toBe('@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css');
  });

  it('points the theme alias at the css named in the settings, from the project folder', () => {
    const alias = setup(join(root, 'tests/fixtures/gemeente-test'))[0]?.vite?.resolve?.alias;
    expect(alias?.['vr-theme']).toBe(resolve('./tests/fixtures/theme/test-theme.css'));
  });

  it('stops on a settings file that breaks the schema, naming file, line and field', () => {
    const dir = join(work, 'zonder-naam');
    cpSync(join(root, 'tests/fixtures/broken/instellingen-zonder-naam'), dir, { recursive: true });
    expect(() => setup(dir)).toThrow(/content\/gemeente\.yaml:1: veld "naam"/);
  });

  it('stops on a typo in the theme, where a plain YAML read would have ignored it', () => {
    const dir = join(work, 'tikfout');
    cpSync(join(root, 'tests/fixtures/gemeente-test'), dir, { recursive: true });
    const file = join(dir, 'gemeente.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('  css: ', '  ccs: '));
    expect(() => setup(dir)).toThrow(/content\/gemeente\.yaml:\d+: veld "thema(\.ccs)?"/);
  });

  it('stops on a missing settings file', () => {
    expect(() => setup(join(work, 'leeg'))).toThrow(/content\/gemeente\.yaml.*ontbreekt/);
  });
});
