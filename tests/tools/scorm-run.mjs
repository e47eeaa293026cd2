#!/usr/bin/env node
/**
 * npm run test:scorm: makes the SCORM 1.2 package as npm run package:scorm does (the build in
 * dist-scorm/, the zip in a temporary folder), unpacks it, serves it the way a learning platform
 * does (under a deep path nobody knew at build time, /pluginfile.php/<random>/mod_scorm/content/1/,
 * and without an index page for a folder), and runs the Playwright specs in tests/scorm/ against it.
 *
 * The specs get (environment): SCORM_RUN=1, SCORM_SITE (the URL of the package's root, ending in
 * "/"), SCORM_DIR (the unpacked package) and SCORM_ZIP (the zip). The server is only a file server:
 * a spec that plays the LMS (an API object for the launch page) does so with page.route or an init
 * script on the same origin.
 *
 *   npm run test:scorm                        # build, package, test
 *   npm run test:scorm -- --no-build          # package and test the build already in dist-scorm/
 *   npm run test:scorm -- tests/scorm/x.spec.ts   # only these specs (Playwright arguments)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { serve } from './static-server.mjs';

const root = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const noBuild = args.includes('--no-build');
const playwrightArgs = args.filter((a) => a !== '--no-build');
const work = mkdtempSync(join(tmpdir(), 'vr-scorm-'));

const run = (cmd, cmdArgs, env) =>
  new Promise((ok) => {
    const child = spawn(cmd, cmdArgs, { cwd: root, env: { ...process.env, ...env }, stdio: 'inherit' });
    child.on('close', (code) => ok(code ?? 1));
  });

// The flag lets Node before 22.18 import src/lib/target.ts (later versions strip the types by themselves).
const scorm = ['--experimental-strip-types', '--no-warnings', join(root, 'src/release/scorm.mjs')];
let status = await run(process.execPath, [...scorm, ...(noBuild ? ['--no-build'] : [])], {
  DIST_DIR: 'dist-scorm',
  OUT_DIR: join(work, 'out'),
});
let server;
if (status === 0) {
  const zipName = readdirSync(join(work, 'out')).find((f) => f.endsWith('.zip'));
  const zip = join(work, 'out', zipName);
  const pkg = join(work, 'pakket');
  for (const [name, data] of Object.entries(unzipSync(readFileSync(zip)))) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(pkg, name)), { recursive: true });
    writeFileSync(join(pkg, name), data);
  }
  const base = `/pluginfile.php/${Math.floor(Math.random() * 1e6)}/mod_scorm/content/1/`;
  server = await serve(pkg, { base, folders: false });
  console.log(`SCORM-pakket op ${server.site}`);
  status = await run(
    process.execPath,
    [
      join(root, 'node_modules/@playwright/test/cli.js'),
      'test',
      '--config',
      'tests/playwright.config.ts',
      ...playwrightArgs,
    ],
    { SCORM_RUN: '1', SCORM_SITE: server.site, SCORM_DIR: pkg, SCORM_ZIP: zip },
  );
}
await server?.close();
rmSync(work, { recursive: true, force: true });
process.exit(status);
