#!/usr/bin/env node
/**
 * Valid HTML: the Nu Html Checker (the W3C's checker, npm package vnu-jar) reads every built page of a
 * dist folder in one Java run and must find no error. Prints "file:line:column: message" per error.
 *
 *   npm run test:html                 # dist/ (or DIST_DIR)
 *   node tests/tools/html-check.mjs dist-vpt
 *
 * vnu needs Java 11 or newer: JAVA_HOME, `java` on the PATH, or the runtime vnu-jar's own install
 * script may have put in node_modules/.cache. As root on Debian it installs default-jre-headless
 * with apt (like ensure-chromium.mjs); otherwise it says what to install.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { aptInstall, canApt } from './apt.mjs';

const root = resolve(import.meta.dirname, '../..');
const dist = resolve(root, process.argv[2] ?? process.env.DIST_DIR ?? 'dist');
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

/** The major version of a java binary, or 0 when it does not run. */
function javaVersion(java) {
  const run = spawnSync(java, ['-version'], { encoding: 'utf8' });
  const match = `${run.stderr ?? ''}${run.stdout ?? ''}`.match(/version "(\d+)(?:\.(\d+))?/);
  if (!match) return 0;
  return match[1] === '1' ? Number(match[2]) : Number(match[1]);
}

function findJava() {
  const candidates = [];
  if (process.env.JAVA_HOME) candidates.push(join(process.env.JAVA_HOME, 'bin', 'java'));
  candidates.push('java');
  const cache = join(root, 'node_modules/.cache/vnu-jar/java');
  if (existsSync(cache)) {
    for (const name of readdirSync(cache)) candidates.push(join(cache, name, 'bin', 'java'));
  }
  return candidates.find((java) => javaVersion(java) >= 11) ?? null;
}

let java = findJava();
if (!java && canApt()) {
  aptInstall('default-jre-headless', 'Geen Java gevonden (de HTML-controle vnu heeft het nodig)');
  java = findJava();
}
if (!java) {
  console.error(
    'Geen Java 11 of nieuwer gevonden: de HTML-controle (vnu) heeft het nodig. Installeer Java (op Debian of Ubuntu: sudo apt-get install default-jre-headless) of zet JAVA_HOME.',
  );
  process.exit(1);
}

if (!existsSync(dist)) {
  console.error(`${relative(root, dist) || dist} bestaat niet: bouw eerst de site (npm run build).`);
  process.exit(1);
}
const pages = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.html')) pages.push(path);
  }
};
walk(dist);
if (!pages.length) {
  console.error(`Geen HTML-pagina's in ${relative(root, dist)}: bouw eerst de site (npm run build).`);
  process.exit(1);
}

// One JVM for all pages. --exit-zero-always: the exit code is ours, from the parsed messages, so a
// crash of the checker itself (no JSON) is told apart from errors in the pages.
const run = spawnSync(
  java,
  ['-Xss4m', '-jar', vnuJar, '--errors-only', '--format', 'json', '--exit-zero-always', ...pages],
  { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
);
let report;
try {
  report = JSON.parse(run.stderr || run.stdout);
} catch {
  console.error(`vnu gaf geen leesbaar antwoord (exit ${run.status}):\n${run.stderr}${run.stdout}`);
  process.exit(1);
}

const errors = report.messages.filter((m) => m.type === 'error' || m.subType === 'fatal');
for (const m of errors) {
  const file = relative(root, decodeURIComponent(m.url.replace(/^file:/, '')));
  const where = m.lastLine ? `${file}:${m.lastLine}:${m.firstColumn ?? m.lastColumn}` : file;
  console.log(`${where}: ${m.message}`);
  if (m.extract) console.log(`    ${m.extract.replace(/\s+/g, ' ').trim()}`);
}
const withErrors = new Set(errors.map((m) => m.url)).size;
const where = relative(root, dist);
if (errors.length) {
  console.log(
    `\nhtml: ${errors.length} fout(en) op ${withErrors} van ${pages.length} pagina's in ${where}/ (Nu Html Checker).`,
  );
  process.exit(1);
}
console.log(`html: ${pages.length} pagina's in ${where}/ zijn geldige HTML (Nu Html Checker, 0 fouten).`);
