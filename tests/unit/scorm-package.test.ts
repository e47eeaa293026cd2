/**
 * The SCORM 1.2 package's parts that need no build: imsmanifest.xml (src/release/scorm-manifest.mjs)
 * on a small file list, the settings field for the mastery score, and the relative URLs step
 * (src/integrations/relative-urls.ts) on small pages. The real package is checked by npm run
 * test:scorm (tests/scorm/).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileHref, scormManifest } from '../../src/release/scorm-manifest.mjs';
import { relativizeFolder, rewriteHtml, rewriteText, rootPrefix } from '../../src/integrations/relative-urls.ts';
import { settingsSchema } from '../../src/lib/schemas.ts';
import { pageFile, scormBase, scormLaunch } from '../../src/lib/target.ts';
import { readManifest } from '../helpers/scorm.ts';

const files = [scormLaunch, 'index.html', 'modules/a b/index.html', '_astro/x&y.js', 'favicon.svg'];
const make = (masteryScore?: number) =>
  scormManifest({
    identifier: 'veilig-raadswerk-0.1.0',
    title: 'Veilig Raadswerk',
    version: '0.1.0',
    launch: scormLaunch,
    files,
    masteryScore,
  });

describe('scormManifest', () => {
  it('is a SCORM 1.2 manifest: one organization, one SCO that launches the launch page, every file listed', () => {
    const m = readManifest(make(), ['imsmanifest.xml', ...files]);
    expect(m.problems).toEqual([]);
    expect(m.launch).toBe('lms/index.html');
    expect([...m.files].sort()).toEqual([...files].sort());
    expect(m.masteryScore).toBeUndefined();
    expect(make()).not.toContain('masteryscore');
  });

  it('writes adlcp:masteryscore only when a score is set', () => {
    expect(readManifest(make(80), ['imsmanifest.xml', ...files]).masteryScore).toBe('80');
    expect(readManifest(make(0), ['imsmanifest.xml', ...files]).masteryScore).toBe('0');
    expect(() => make(101)).toThrow(/0 tot 100/);
    expect(() => make(12.5)).toThrow(/0 tot 100/);
  });

  it('encodes file names as URIs and escapes them for XML', () => {
    expect(fileHref('modules/a b/index.html')).toBe('modules/a%20b/index.html');
    expect(make()).toContain('href="_astro/x%26y.js"');
  });

  it('refuses a launch page that is not in the package', () => {
    expect(() =>
      scormManifest({ identifier: 'x', title: 't', version: '1', launch: 'lms/index.html', files: ['index.html'] }),
    ).toThrow(/startpagina/);
  });

  it('the check finds a missing file, a file not listed and a second organization', () => {
    expect(readManifest(make(), ['imsmanifest.xml', ...files, 'extra.html']).problems).toEqual([
      'not listed: extra.html',
    ]);
    expect(readManifest(make(), ['imsmanifest.xml', ...files.slice(1)]).problems).toContain(
      'listed but not in the package: lms/index.html',
    );
    const two = make().replace(
      '</organizations>',
      '<organization identifier="b"><title>b</title></organization></organizations>',
    );
    expect(readManifest(two, ['imsmanifest.xml', ...files]).problems).toContain('expected one organization, found 2');
    const asset = make().replace('adlcp:scormtype="sco"', 'adlcp:scormtype="asset"');
    expect(readManifest(asset, ['imsmanifest.xml', ...files]).problems).toContain(
      'the resource is not adlcp:scormtype="sco"',
    );
  });
});

describe('settings: scorm.beheersingsscore', () => {
  const base = settingsSchema.shape;
  it('is optional and takes a whole number from 0 to 100', () => {
    const scorm = base.scorm;
    expect(scorm.safeParse(undefined).success).toBe(true);
    expect(scorm.safeParse({}).success).toBe(true);
    expect(scorm.safeParse({ beheersingsscore: 80 }).success).toBe(true);
    expect(scorm.safeParse({ beheersingsscore: 101 }).success).toBe(false);
    expect(scorm.safeParse({ beheersingsscore: 7.5 }).success).toBe(false);
    expect(scorm.safeParse({ masteryscore: 80 }).success).toBe(false);
  });
});

describe('relative URLs for the SCORM package', () => {
  const m = scormBase;
  it('pageFile: a link to a page names its file, other links stay', () => {
    expect(pageFile('')).toBe('index.html');
    expect(pageFile('modules/waarom/')).toBe('modules/waarom/index.html');
    expect(pageFile('begrippen/#melden')).toBe('begrippen/index.html#melden');
    expect(pageFile('zoeken/?q=x')).toBe('zoeken/index.html?q=x');
    expect(pageFile('_astro/a.css')).toBe('_astro/a.css');
    expect(pageFile('404.html')).toBe('404.html');
  });

  it('rootPrefix: the way back to the root from a file', () => {
    expect(rootPrefix('index.html')).toBe('./');
    expect(rootPrefix('_astro/a.css')).toBe('../');
    expect(rootPrefix('modules/a/b/index.html')).toBe('../../../');
  });

  it('rewrites attributes, island URLs and the props JSON of a page', () => {
    const html =
      `<a href="${m}">home</a><a href="${m}bronnen/#b1">b</a><form action="${m}zoeken/">` +
      `<astro-island component-url="${m}_astro/K.js" renderer-url="${m}_astro/client.js" ` +
      `props="{&quot;url&quot;:[0,&quot;${m}griffier/bouwer/&quot;]}"></astro-island>` +
      `<div data-base="${m}"></div><a href="#inhoud">skip</a><a href="https://example.org/">x</a>`;
    expect(rewriteHtml(html, m, '../../')).toBe(
      `<a href="../../index.html">home</a><a href="../../bronnen/index.html#b1">b</a><form action="../../zoeken/index.html">` +
        `<astro-island component-url="../../_astro/K.js" renderer-url="../../_astro/client.js" ` +
        `props="{&quot;url&quot;:[0,&quot;../../griffier/bouwer/index.html&quot;]}"></astro-island>` +
        `<div data-base="../../"></div><a href="#inhoud">skip</a><a href="https://example.org/">x</a>`,
    );
  });

  it('keeps the CSP valid: a changed inline script or style gets its new hash in the policy', () => {
    const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
    const script = `import("${m}_astro/a.js")`;
    const style = `@font-face{src:url(${m}_astro/f.woff2)}`;
    const same = 'console.log(1)';
    const html =
      `<meta http-equiv="content-security-policy" content="script-src 'self' ${sha(script)} ${sha(same)}; style-src 'self' ${sha(style)}">` +
      `<script type="module">${script}</script><script>${same}</script><style>${style}</style>`;
    const out = rewriteHtml(html, m, './');
    const newScript = `import("./_astro/a.js")`;
    const newStyle = `@font-face{src:url(./_astro/f.woff2)}`;
    expect(out).toContain(`<script type="module">${newScript}</script>`);
    expect(out).toContain(`script-src 'self' ${sha(newScript)} ${sha(same)};`);
    expect(out).toContain(`style-src 'self' ${sha(newStyle)}`);
    expect(out).not.toContain(sha(script));
  });

  it('rewrites CSS relative to the CSS file, and stops on a script that holds the marker', async () => {
    expect(rewriteText(`a{background:url(${m}_astro/i.svg)}`, m, '../')).toBe('a{background:url(../_astro/i.svg)}');
    const dir = mkdtempSync(join(tmpdir(), 'vr-relative-'));
    mkdirSync(join(dir, '_astro'));
    writeFileSync(join(dir, '_astro/a.css'), `@font-face{src:url(${m}_astro/f.woff2)}`);
    writeFileSync(join(dir, 'index.html'), `<a href="${m}hulp/">hulp</a>`);
    expect(await relativizeFolder(dir, m)).toBe(2);
    expect(readFileSync(join(dir, '_astro/a.css'), 'utf8')).toBe('@font-face{src:url(../_astro/f.woff2)}');
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe('<a href="./hulp/index.html">hulp</a>');
    writeFileSync(join(dir, '_astro/b.js'), `fetch("${m}zoeken/index.json")`);
    await expect(relativizeFolder(dir, m)).rejects.toThrow(/_astro\/b\.js/);
  });
});
