#!/usr/bin/env node
/**
 * npm run package:scorm: the SCORM 1.2 package for a learning platform (LMS) such as Moodle. Builds
 * the site with BUILD_TARGET=scorm (relative URLs, a launch page at lms/index.html, see
 * src/lib/target.ts) into dist-scorm/, then zips it with imsmanifest.xml at the root and writes a
 * SHA-256 checksum beside it. Output: dist-release/veilig-raadswerk-scorm12-<version>.zip and .zip.sha256.
 *
 *   node src/release/scorm.mjs             # build and zip
 *   node src/release/scorm.mjs --no-build  # zip the build already in DIST_DIR
 *
 * DIST_DIR, OUT_DIR, CONTENT_DIR and ASTRO_CACHE_DIR choose other folders (npm run test:scorm uses them).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { scormLaunch } from '../lib/target.ts';
import { scormManifest } from './scorm-manifest.mjs';
import { filesIn, writeZip } from './zip.mjs';

const root = resolve(import.meta.dirname, '../..');
const dist = resolve(root, process.env.DIST_DIR ?? 'dist-scorm');
const out = resolve(root, process.env.OUT_DIR ?? 'dist-release');
const contentDir = resolve(root, process.env.CONTENT_DIR ?? 'content');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const name = `veilig-raadswerk-scorm12-${version}`;

if (!process.argv.includes('--no-build')) {
  // A clean folder: a file left from an earlier build must not end up in the package.
  rmSync(dist, { recursive: true, force: true });
  const env = {
    ...process.env,
    BUILD_TARGET: 'scorm',
    DIST_DIR: dist,
    // Its own cache, apart from the web build's.
    ASTRO_CACHE_DIR: process.env.ASTRO_CACHE_DIR ?? join(root, 'node_modules/.astro-scorm'),
  };
  const { status } = spawnSync(process.execPath, [join(root, 'src/release/astro.mjs'), 'build'], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  if (status !== 0) process.exit(status ?? 1);
}
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`Geen SCORM-build in ${dist}: draai npm run package:scorm.`);
  process.exit(1);
}
if (!existsSync(join(dist, scormLaunch))) {
  console.error(
    `${scormLaunch} ontbreekt in ${dist}: die startpagina houdt de sessie met de leeromgeving vast. Bouw met BUILD_TARGET=scorm.`,
  );
  process.exit(1);
}

/** Every file of the build; compressed copies (.br, .gz) are for web servers only. */
const files = filesIn(dist).filter((f) => !['.br', '.gz'].includes(extname(f)));

// The settings were checked by the build; only the mastery score is read here.
const settings = parse(readFileSync(join(contentDir, 'gemeente.yaml'), 'utf8'));
const manifest = scormManifest({
  identifier: `veilig-raadswerk-${version}`.replace(/[^\w.-]/g, '-'),
  title: 'Veilig Raadswerk',
  version,
  launch: scormLaunch,
  files,
  masteryScore: settings?.scorm?.beheersingsscore,
});

const entries = { 'imsmanifest.xml': new TextEncoder().encode(manifest) };
for (const f of files) entries[f] = readFileSync(join(dist, f));
writeZip(root, out, name, entries);
