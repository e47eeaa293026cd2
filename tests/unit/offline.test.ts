/**
 * Offline use (issue 16), without a full build: what each kind of build emits (offlinePlan), the
 * worker that workbox-build writes over a small built folder (revisions, no .br/.gz copies, nothing
 * from elsewhere), the worker of `offline: false`, the SCORM package (no worker at all), the
 * registration script (only where the plan says so, never in the projector view), the manifest's
 * name and colours, and the schema's default.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { writeWorker } from '../../src/integrations/offline.ts';
import {
  BACKGROUND_TOKEN,
  THEME_TOKEN,
  UNREGISTER_WORKER,
  WORKER_FILE,
  cssTokens,
  manifestIcons,
  offlinePlan,
  resolveToken,
  webManifest,
} from '../../src/lib/offline.ts';
import { settingsSchema } from '../../src/lib/schemas.ts';
import { buildTarget } from '../../src/lib/target.ts';

const root = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'vr-offline-unit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The small built site of tests/fixtures/site-mini, with a page, a search part and compressed copies. */
function miniSite(name: string) {
  const dir = join(work, name);
  cpSync(join(root, 'tests/fixtures/site-mini'), dir, { recursive: true });
  writeFileSync(join(dir, 'index.html.gz'), 'gz');
  writeFileSync(join(dir, 'index.html.br'), 'br');
  cpSync(join(dir, 'index.html'), join(dir, 'zoeken.json'));
  writeFileSync(join(dir, 'robots.txt'), 'User-agent: *\n');
  return dir;
}

describe('offlinePlan: what a build emits', () => {
  it('web with offline: true precaches, registers and links the manifest', () => {
    expect(offlinePlan('web', { offline: true })).toEqual({ worker: 'precache', register: true, manifest: true });
  });
  it('web with offline: false registers nothing and ships the worker that removes itself', () => {
    expect(offlinePlan('web', { offline: false })).toEqual({ worker: 'unregister', register: false, manifest: true });
  });
  it('the SCORM package (inside someone else’s site) has no worker, no registration, no manifest, whatever the setting', () => {
    for (const offline of [true, false])
      expect(offlinePlan('scorm', { offline })).toEqual({ worker: 'none', register: false, manifest: false });
    expect(offlinePlan(buildTarget({ BUILD_TARGET: 'scorm' }), { offline: true }).register).toBe(false);
  });
  it('gemeente.yaml: offline is on unless the municipality turns it off', () => {
    const raw = parse(readFileSync(join(root, 'content/gemeente.yaml'), 'utf8'));
    expect(settingsSchema.parse(raw).offline).toBe(true);
    delete raw.offline;
    expect(settingsSchema.parse(raw).offline).toBe(true);
    expect(settingsSchema.parse({ ...raw, offline: false }).offline).toBe(false);
    expect(settingsSchema.safeParse({ ...raw, offline: 'nee' }).success).toBe(false);
  });
});

describe('the worker', () => {
  const dir = miniSite('precache');
  it('precaches every built file with a revision, not the .br/.gz copies, robots.txt or itself', async () => {
    const result = await writeWorker(dir, { worker: 'precache' });
    const sw = readFileSync(join(dir, WORKER_FILE), 'utf8');
    const urls = [...sw.matchAll(/\{url:"([^"]+)",revision:("[0-9a-f]+"|null)\}/g)].map((m) => [m[1], m[2]]);
    expect(urls.map(([u]) => u).sort()).toEqual(['_astro/site.css', 'index.html', 'zoeken.json']);
    expect(result?.count).toBe(3);
    // A hashed asset is its own revision; a page gets the MD5 of its bytes.
    expect(Object.fromEntries(urls)['_astro/site.css']).toBe('null');
    expect(Object.fromEntries(urls)['index.html']).toMatch(/^"[0-9a-f]{32}"$/);
    // One self-contained file: no importScripts, no URL of another origin, skipWaiting only on request.
    expect(sw).not.toMatch(/importScripts\(/);
    // The one address in it is in the text of a console warning Workbox never gives for these entries.
    expect(sw.match(/https?:\/\/[^\s"`]+/g)).toEqual(['https://bit.ly/wb-precache']);
    expect(sw).toContain('SKIP_WAITING');
    expect(sw).toContain('"veilig-raadswerk"');
  });

  it('a new version of a page gets a new revision: the browser installs it as a whole next to the old one', async () => {
    const before = readFileSync(join(dir, WORKER_FILE), 'utf8');
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Test</title><p>Versie 2</p>');
    await writeWorker(dir, { worker: 'precache' });
    const after = readFileSync(join(dir, WORKER_FILE), 'utf8');
    expect(after).not.toBe(before);
    const rev = (sw: string) => /\{url:"index.html",revision:"([0-9a-f]+)"\}/.exec(sw)?.[1];
    expect(rev(after)).not.toBe(rev(before));
  });

  it('offline: false writes the worker that deletes only this scope’s caches, unregisters and handles no request', async () => {
    const dir = miniSite('off');
    expect(await writeWorker(dir, { worker: 'unregister' })).toBeNull();
    const sw = readFileSync(join(dir, WORKER_FILE), 'utf8');
    expect(sw).toBe(UNREGISTER_WORKER);
    expect(sw).toContain('self.registration.unregister()');
    expect(sw).toContain('name.endsWith(scope)');
    expect(sw).not.toMatch(/addEventListener\('fetch'/);
    expect(sw).not.toMatch(/navigate|reload/);
  });

  it('the SCORM package gets no sw.js, even over a folder that had one', async () => {
    const dir = miniSite('scorm');
    writeFileSync(join(dir, WORKER_FILE), '// old');
    expect(await writeWorker(dir, { worker: 'none' })).toBeNull();
    expect(existsSync(join(dir, WORKER_FILE))).toBe(false);
  });
});

describe('the pages', () => {
  const base = readFileSync(join(root, 'src/layouts/Base.astro'), 'utf8');
  const component = readFileSync(join(root, 'src/components/Offline.astro'), 'utf8');
  it('the registration and the manifest link only where the plan says so; never in the projector view (bare)', () => {
    expect(base).toMatch(/offlinePlan\(buildTarget\(\), settings\)/);
    expect(base).toMatch(/\{offline\.manifest && <link rel="manifest"/);
    expect(base).toMatch(/\{offline\.register && <Offline \/>\}/);
    // <Offline /> sits in the branch for normal pages, after the bare (projector) branch.
    expect(base.indexOf('<Offline />')).toBeGreaterThan(base.indexOf('bare ? ('));
    expect(base.indexOf('<Offline />')).toBeGreaterThan(base.indexOf(') : ('));
  });
  it('the registration swallows a refused registration and reloads only on the button', () => {
    expect(component).toMatch(/__VR_OFFLINE__ && sw/);
    expect(component).toMatch(/\.catch\(Boolean\),\n/);
    expect(component).toMatch(/update\(\)\.catch\(Boolean\)/);
    const reloads = [...component.matchAll(/location\.reload\(\)/g)].length;
    expect(reloads).toBe(2);
    expect(component.indexOf('location.reload()')).toBeGreaterThan(component.indexOf('.onclick ='));
    expect(component).toMatch(/<div class="vr-update" aria-live="polite" data-update><\/div>/);
  });
});

describe('the web app manifest', () => {
  it('takes its colours from the theme tokens, through var() chains', () => {
    const tokens = cssTokens(
      `.t { --a: #123456; ${THEME_TOKEN}: var(--b); --b: var(--a); ${BACKGROUND_TOKEN}: var(--x, #fff); }`,
    );
    expect(resolveToken(tokens, THEME_TOKEN)).toBe('#123456');
    expect(resolveToken(tokens, BACKGROUND_TOKEN)).toBe('#fff');
    expect(resolveToken(tokens, '--missing')).toBeUndefined();
  });
  it('the voorbeeld theme gives both colours', () => {
    const css = readFileSync(
      join(root, 'node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css'),
      'utf8',
    );
    const tokens = cssTokens(css);
    expect(resolveToken(tokens, THEME_TOKEN)).toMatch(/^#[0-9a-f]{6}$/i);
    expect(resolveToken(tokens, BACKGROUND_TOKEN)).toMatch(/^#[0-9a-f]{6}$/i);
  });
  it('has the name, relative URLs (any base path) and the icons of public/', () => {
    const m = webManifest({
      name: 'Veilig Raadswerk · Gemeente Test',
      shortName: 'Veilig Raadswerk',
      description: 'd',
      base: '/vpt/',
      themeColor: '#000000',
      icons: ['favicon.svg', 'icon-512.png', 'icon-192.png', 'logo.svg', 'robots.txt'],
    });
    expect(m).toMatchObject({ name: 'Veilig Raadswerk · Gemeente Test', start_url: './', scope: './', id: '/vpt/' });
    expect(m.icons.map((i) => i.sizes)).toEqual(['any', '192x192', '512x512']);
    expect(m).not.toHaveProperty('background_color');
    expect(manifestIcons([])).toEqual([]);
  });
});
