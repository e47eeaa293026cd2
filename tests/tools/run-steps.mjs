#!/usr/bin/env node
/**
 * `npm test`: runs the npm scripts below in order, stops at the first that fails, and ends with a
 * table of how long each step took (and which one failed), so a slow CI run shows where the time went.
 *
 *   npm test                      # every step
 *   npm test -- build test:html   # only the steps named, in this order
 *
 * The output of the steps in QUIET is also read: a line in it that looks like a warning and is not
 * on the allow-list of tests/tools/quiet-log.mjs fails the step (a newcomer's build prints nothing
 * to wonder about).
 */
import { spawn } from 'node:child_process';
import { reportNoise } from './quiet-log.mjs';

/** The steps of `npm test`, in order: npm script names. Add a step by adding its name. */
const STEPS = [
  'check', //          astro check: TypeScript and .astro files
  'lint', //           ESLint and knip (exports nobody imports)
  'format:check', //   Prettier: the code is formatted as npm run format leaves it
  'lint:content', //   the content's own checks, as the build runs them
  'test:unit', //      Vitest
  'build', //          the site in dist/
  'test:html', //      the Nu Html Checker on every page of dist/
  'budget', //         page weight
  'test:hosting', //   the nginx and Apache examples against dist/
  'test:e2e', //       Playwright on dist/
  'test:base', //      the same under the sub-path /vpt/ (dist-vpt/)
  'test:theme', //     another municipality and theme
  'test:scorm', //     the SCORM 1.2 package, served under a deep path as an LMS does
];

/** Steps whose output must hold no unexplained warning (tests/tools/quiet-log.mjs). */
const QUIET = { build: 'build' };

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const only = process.argv.slice(2);
const unknown = only.filter((s) => !STEPS.includes(s));
if (unknown.length) {
  console.error(`Onbekende stap: ${unknown.join(', ')}. De stappen: ${STEPS.join(', ')}.`);
  process.exit(2);
}
const steps = only.length ? only : STEPS;

function run(step) {
  return new Promise((resolve) => {
    const quiet = QUIET[step];
    const child = spawn(npm, ['run', step], {
      stdio: quiet ? ['inherit', 'pipe', 'pipe'] : 'inherit',
      shell: process.platform === 'win32',
    });
    let log = '';
    if (quiet) {
      child.stdout.on('data', (d) => {
        process.stdout.write(d);
        log += d;
      });
      child.stderr.on('data', (d) => {
        process.stderr.write(d);
        log += d;
      });
    }
    child.on('close', (code, signal) => {
      if (code === 0 && quiet && !reportNoise(log, quiet)) resolve({ ok: false, why: 'waarschuwing in de uitvoer' });
      else resolve({ ok: code === 0, why: signal ? `gestopt (${signal})` : `exit ${code}` });
    });
  });
}

const times = [];
let failed = null;
const start = performance.now();
for (const step of steps) {
  console.log(`\n▶ npm run ${step}`);
  const t0 = performance.now();
  const result = await run(step);
  times.push([step, (performance.now() - t0) / 1000]);
  if (!result.ok) {
    failed = { step, why: result.why };
    break;
  }
}
const total = (performance.now() - start) / 1000;

const width = Math.max(...steps.map((s) => s.length), 'totaal'.length);
const row = (name, seconds, note = '') => `  ${name.padEnd(width)}  ${seconds}${note}`;
console.log('\nnpm test, tijd per stap (seconden):');
for (const [step, s] of times)
  console.log(row(step, s.toFixed(1).padStart(7), failed?.step === step ? `  MISLUKT (${failed.why})` : ''));
for (const step of steps.slice(times.length)) console.log(row(step, '      -', '  niet gedraaid'));
console.log(
  row(
    'totaal',
    total.toFixed(1).padStart(7),
    ` (${Math.floor(total / 60)}m${String(Math.floor(total % 60)).padStart(2, '0')}s)`,
  ),
);
if (failed) {
  console.log(`\nnpm test: stap "${failed.step}" mislukte.`);
  process.exit(1);
}
console.log(`\nnpm test: alle ${steps.length} stappen geslaagd.`);
