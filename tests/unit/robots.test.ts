/** robots.txt from the setting `zoekmachines` (src/lib/robots.ts, served by src/pages/robots.txt.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { robotsTxt } from '../../src/lib/robots.ts';
import { settingsSchema } from '../../src/lib/schemas.ts';
import { nl } from '../../src/i18n/nl.ts';

/** The rules of a robots.txt: its lines without comments and blank lines. */
const rules = (text: string) => text.split('\n').filter((l) => l.trim() && !l.startsWith('#'));

describe('robots.txt', () => {
  it('closed (zoekmachines: false): every crawler is asked to stay out of every page', () => {
    expect(rules(robotsTxt(false))).toEqual(['User-agent: *', 'Disallow: /']);
  });

  it('open (zoekmachines: true): every crawler may read every page, nothing is disallowed', () => {
    const text = robotsTxt(true, nl.robots.open);
    expect(rules(text)).toEqual(['User-agent: *', 'Allow: /']);
    expect(text).not.toMatch(/Disallow/);
  });

  it('the comment from the dictionary becomes comment lines, one per line, and the file ends with a newline', () => {
    const text = robotsTxt(false, nl.robots.closed);
    const comments = text.split('\n').filter((l) => l.startsWith('#'));
    expect(comments).toHaveLength(nl.robots.closed.split('\n').length);
    expect(comments.join('\n')).toContain(nl.robots.closed.split('\n')[0]);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('the setting is false unless the settings file says true', () => {
    const shipped = parse(readFileSync(join(import.meta.dirname, '../../content/gemeente.yaml'), 'utf8'));
    const { zoekmachines: _z, ...without } = shipped;
    expect(settingsSchema.parse(without).zoekmachines).toBe(false);
    expect(settingsSchema.parse({ ...shipped, zoekmachines: true }).zoekmachines).toBe(true);
    expect(settingsSchema.safeParse({ ...shipped, zoekmachines: 'ja' }).success).toBe(false);
  });
});
