#!/usr/bin/env node
/**
 * npm run test:theme: builds the site as another municipality would (tests/fixtures/gemeente-test:
 * another name, no example data, the test-only theme) into dist-theme/, then runs the Playwright
 * specs in tests/theme/ against that build: the name everywhere, the old name nowhere, other
 * colours, and axe still clean.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'vr-theme-'));
const content = join(work, 'content');
cpSync(join(root, 'content'), content, { recursive: true });
cpSync(join(root, 'tests/fixtures/gemeente-test/gemeente.yaml'), join(content, 'gemeente.yaml'));

const env = {
  ...process.env,
  CONTENT_DIR: content,
  DIST_DIR: 'dist-theme',
  ASTRO_CACHE_DIR: join(work, 'cache'),
  THEME_RUN: '1',
};
const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit' }).status ?? 1;

let status = run(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build']);
if (status === 0)
  status = run(process.execPath, [
    join(root, 'node_modules/@playwright/test/cli.js'),
    'test',
    '--config',
    'tests/playwright.config.ts',
  ]);
rmSync(work, { recursive: true, force: true });
process.exit(status);
