/**
 * A quiet start for a newcomer: the build log may hold no line a newcomer has to wonder about.
 * `noise(log)` returns the lines that look like a warning (or an error, a deprecation, Astro's
 * telemetry notice) and are not on the allow-list below. tests/tools/run-steps.mjs applies it to the
 * output of `npm run build`; `.ci/run` applies it to `npm ci` (node tests/tools/quiet-log.mjs npm-ci < log).
 *
 * Before adding a line to an allow-list: fix the cause if you can (see how astro.config.mjs and
 * src/styles/global.css did it). Every entry says why it is harmless.
 */

import { pathToFileURL } from 'node:url';

/** What counts as noise: anything that looks like a warning, an error or a notice to act on. */
const SUSPECT = [/warn/i, /\berror\b/i, /deprecat/i, /telemetry/i, /\bEBAD/];

/** Known harmless lines, per log. Keep this short. */
export const ALLOWED = {
  build: [
    // (empty: the build prints no warning. Add { pattern, why } entries only for what you cannot fix.)
  ],
  'npm-ci': [
    {
      // npm itself runs under the system Node. On Node 20 every package that asks for Node 22 (Astro,
      // its integrations, undici, this project) is named once; npm ci still installs Node 22 into
      // node_modules (the npm package "node") and every npm script runs on that. README.md says so.
      // On Node 22.12 or newer the lines must not appear.
      pattern: /^npm warn EBADENGINE/,
      when: () => !nodeAtLeast(22, 12),
      why: 'Node older than 22.12 runs npm; the scripts use the Node 22 in node_modules',
    },
  ],
};

function nodeAtLeast(major, minor) {
  const [a, b] = process.versions.node.split('.').map(Number);
  return a > major || (a === major && b >= minor);
}

/** Strips terminal colours, so "\x1b[33mwarn" is seen as "warn". */
// eslint-disable-next-line no-control-regex -- the ANSI colour codes are the point: strip them before matching
const plain = (line) => line.replace(/\x1b\[[0-9;]*m/g, '');

/** The suspect lines of `log` that no allow-list entry of `kind` explains. */
export function noise(log, kind) {
  const allowed = (ALLOWED[kind] ?? []).filter((a) => !a.when || a.when());
  return log
    .split(/\r?\n/)
    .map(plain)
    .filter((line) => SUSPECT.some((re) => re.test(line)))
    .filter((line) => !allowed.some((a) => a.pattern.test(line)));
}

/** Prints the noise, if any, and says whether the log was quiet. */
export function reportNoise(log, kind) {
  const lines = noise(log, kind);
  if (!lines.length) return true;
  console.error(
    `\n${kind}: ${lines.length} regel(s) in de uitvoer die op een waarschuwing lijken (tests/tools/quiet-log.mjs):`,
  );
  for (const line of lines) console.error(`  ${line}`);
  console.error(
    'Los de oorzaak op, of zet een bekende onschuldige melding met uitleg op de lijst in tests/tools/quiet-log.mjs.',
  );
  return false;
}

// CLI: node tests/tools/quiet-log.mjs <kind> < log
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const kind = process.argv[2] ?? 'build';
  let log = '';
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) log += chunk;
  process.exit(reportNoise(log, kind) ? 0 : 1);
}
