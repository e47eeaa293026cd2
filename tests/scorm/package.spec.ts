/**
 * The real zip of npm run test:scorm: imsmanifest.xml at its root is a SCORM 1.2 manifest whose
 * files are exactly the files of the zip (tests/helpers/scorm.ts readManifest), and the mastery
 * score is the one of the settings (content/gemeente.yaml, scorm.beheersingsscore) or absent.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { parse } from 'yaml';
import { expect, test } from '../helpers/fixtures.ts';
import { root } from '../helpers/site.ts';
import { readManifest, scormZip } from '../helpers/scorm.ts';
import { scormLaunch } from '../../src/lib/target.ts';

test('the zip holds imsmanifest.xml at its root, listing exactly the files of the zip', () => {
  const zip = unzipSync(readFileSync(scormZip));
  const names = Object.keys(zip).filter((n) => !n.endsWith('/'));
  expect(names).toContain('imsmanifest.xml');
  const m = readManifest(new TextDecoder().decode(zip['imsmanifest.xml']), names);
  expect(m.problems).toEqual([]);
  // The launch page that holds the LMS session (src/scorm/lms.astro).
  expect(names).toContain(scormLaunch);
  expect(m.launch).toBe(scormLaunch);
  expect(
    names.filter((n) => /\.(br|gz)$/.test(n)),
    'compressed copies are for web servers only',
  ).toEqual([]);
  const settings = parse(readFileSync(join(process.env.CONTENT_DIR ?? join(root, 'content'), 'gemeente.yaml'), 'utf8'));
  const score = settings?.scorm?.beheersingsscore;
  expect(m.masteryScore).toBe(score === undefined ? undefined : String(score));
});

// Issue 16: a package that runs inside someone else's site registers no service worker.
test('the package has no service worker, no web app manifest and no code that registers one', () => {
  const zip = unzipSync(readFileSync(scormZip));
  const names = Object.keys(zip).filter((n) => !n.endsWith('/'));
  expect(names.filter((n) => /(^|\/)(sw\.js|workbox-[^/]*\.js|manifest\.webmanifest)$/.test(n))).toEqual([]);
  const code = names.filter((n) => /\.(html|js)$/.test(n));
  expect(code.length).toBeGreaterThan(10);
  const registers = code.filter((n) => new TextDecoder().decode(zip[n]).includes('serviceWorker'));
  expect(registers).toEqual([]);
});
