/**
 * publiccode.yml (standard 0.4) at the root: the keys the standard makes mandatory, in the form it
 * asks, and the version and date of this release (package.json, content/wijzigingen.yaml).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const pc = parse(readFileSync(join(root, 'publiccode.yml'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string; license: string };
const releases = parse(readFileSync(join(root, 'content/wijzigingen.yaml'), 'utf8')) as {
  version: string;
  date: string;
}[];

describe('publiccode.yml', () => {
  it('has every mandatory key of standard 0.4', () => {
    expect(pc.publiccodeYmlVersion).toBe('0.4');
    for (const key of [
      'name',
      'url',
      'releaseDate',
      'platforms',
      'categories',
      'developmentStatus',
      'softwareType',
      'description',
      'legal',
      'maintenance',
      'localisation',
    ]) {
      expect(pc, key).toHaveProperty(key);
    }
    expect(pc.url).toMatch(/^https:\/\//);
    expect(pc.platforms).toEqual(['web']);
    expect(pc.categories).toContain('e-learning');
    expect(['concept', 'development', 'beta', 'stable', 'obsolete']).toContain(pc.developmentStatus);
    expect(pc.softwareType).toBe('standalone/web');
  });

  it('describes the software in Dutch and English, within the lengths of the standard', () => {
    for (const lang of ['nl', 'en']) {
      const d = pc.description[lang];
      expect(d.shortDescription.length, `${lang} shortDescription`).toBeLessThanOrEqual(150);
      expect(d.longDescription.length, `${lang} longDescription`).toBeGreaterThanOrEqual(150);
      expect(d.longDescription.length).toBeLessThanOrEqual(10000);
      expect(d.features.length, `${lang} features`).toBeGreaterThan(0);
    }
  });

  it('names the licence, the maintenance and the languages', () => {
    expect(pc.legal.license).toBe('EUPL-1.2');
    expect(pc.legal.license).toBe(pkg.license);
    expect(['internal', 'contract', 'community', 'none']).toContain(pc.maintenance.type);
    if (['internal', 'community'].includes(pc.maintenance.type))
      expect(pc.maintenance.contacts.length).toBeGreaterThan(0);
    for (const c of pc.maintenance.contacts ?? [])
      expect(c, 'no phone numbers in a public file').not.toHaveProperty('phone');
    expect(pc.localisation.localisationReady).toBeTypeOf('boolean');
    expect(pc.localisation.availableLanguages).toEqual(['nl']);
  });

  it('carries the version of package.json and the date of its entry in wijzigingen.yaml', () => {
    expect(pc.softwareVersion).toBe(pkg.version);
    const release = releases.find((r) => r.version === pkg.version);
    expect(release, `content/wijzigingen.yaml has ${pkg.version}`).toBeDefined();
    expect(pc.releaseDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(pc.releaseDate).toBe(String(release!.date));
  });
});
