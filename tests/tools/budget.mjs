#!/usr/bin/env node
/**
 * Page-weight budget of the built site (npm run budget, after a build).
 * Prints HTML, CSS and JS bytes (gzip) per page and fails past the gates in BUDGET below.
 * JS counts scripts, module preloads, island components and renderers, what they import
 * statically, and the inline scripts (Astro's island bootstrap); dynamic imports (the search
 * dialog, lunr and the index, loaded on first use) are left out on purpose and printed apart.
 *
 * The gates of issue 15 ("Light and fast"):
 * - a page with nothing to do but read (no Preact island, no progress) ships at most 2 KB of JS;
 * - the header search's first part (the loader in src/components/Search.astro) at most 0.6 KB;
 * - a lesson with a dilemma and a knowledge check at most 16 KB of JS in all;
 * - CSS on a lesson at most 16 KB.
 * And of issue 16 ("Works offline"): the service worker's registration, on every page, at most 1 KB;
 * the precache (what sw.js keeps after one visit) is printed: files and gzip bytes.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = resolve(process.env.DIST_DIR ?? 'dist');
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const BUDGET = {
  /** A page that only reads: the search loader and nothing else (issue 15). */
  jsReading: 2 * 1024,
  /** The first part of the header search: the loader on every page. */
  jsSearchFirst: 0.6 * 1024,
  /** A lesson with a dilemma and a knowledge check (issue 15); other pages with islands get the same gate. */
  jsWithIsland: 16 * 1024,
  jsTool: 25 * 1024,
  /** The SCORM package's launch page (lms/, issue 17): the LMS connection (pipwerks) and the progress it reports. */
  jsLaunch: 6.5 * 1024,
  /** CSS on a lesson (issue 15); every page gets the same gate, the griffier's pages one of their own. */
  css: 16 * 1024,
  cssTool: 20 * 1024,
  html: 30 * 1024,
  /** The service worker's registration and update notice (src/components/Offline.astro), inline on every page. */
  jsOffline: 1024,
};
// The griffier's tools (builder, control view, projector, agreements, under /griffier/) are no
// lesson: they run on the griffier's laptop and carry the whole session (steps, sync, timer,
// tallies, agreements, the plan link). They get a gate of their own, again just above what ships.
const isTool = (page) => page.startsWith('/griffier/');
// The launch page of the SCORM build (src/scorm/lms.astro) has no island, but a script of its own:
// it loads once per LMS session, around the site's pages, and gets a gate of its own.
const isLaunch = (page) => page === '/lms/';

if (!existsSync(dist)) {
  console.error(`Geen build gevonden in ${dist}. Draai eerst: npm run build`);
  process.exit(1);
}

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const pages = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.html')) pages.push(p);
  }
})(dist);
pages.sort();

/** Maps a URL in the page to a file in dist. */
function fileOf(url, pageFile) {
  if (/^[a-z]+:/i.test(url)) return null;
  const clean = url.split(/[?#]/)[0];
  if (clean.startsWith(base)) return join(dist, clean.slice(base.length));
  if (clean.startsWith('/')) return join(dist, clean);
  return resolve(dirname(pageFile), clean);
}

/** A JS file and every file it imports statically, each counted once. */
function jsClosure(file, seen) {
  if (seen.has(file) || !existsSync(file)) return;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  const re = /(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g;
  for (const m of code.matchAll(re)) jsClosure(resolve(dirname(file), m[1]), seen);
}

const attr = (html, tag, name) =>
  [...html.matchAll(new RegExp(`<${tag}\\b[^>]*?\\b${name}="([^"]+)"`, 'g'))].map((m) => m[1].replaceAll('&amp;', '&'));

const rows = [];
const failures = [];
for (const file of pages) {
  const html = readFileSync(file, 'utf8');
  const page = '/' + relative(dist, file).replace(/index\.html$/, '');
  // An island: a Preact island, or one of our small custom elements marked data-island (search).
  const hasIsland = html.includes('<astro-island') || html.includes('data-island=');
  // Something to do beyond reading: a Preact island, progress to show or record, or a page script
  // of its own (results page, Mijn voortgang, proof, print kit). Else only the header search loads.
  const scripts = attr(html, 'script', 'src');
  const reading = !html.includes('<astro-island') && scripts.every((u) => /\/Search\.astro_/.test(u));

  const cssFiles = new Set(
    [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)]
      .flatMap((m) => attr(m[0], 'link', 'href'))
      .map((u) => fileOf(u, file))
      .filter(Boolean),
  );
  const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  const css =
    [...cssFiles].reduce((n, f) => n + (existsSync(f) ? gz(readFileSync(f)) : 0), 0) + (inlineCss ? gz(inlineCss) : 0);

  const jsFiles = new Set();
  const entries = [
    ...attr(html, 'script', 'src'),
    ...[...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*>/g)].flatMap((m) => attr(m[0], 'link', 'href')),
    ...attr(html, 'astro-island', 'component-url'),
    ...attr(html, 'astro-island', 'renderer-url'),
  ];
  for (const u of entries) {
    const f = fileOf(u, file);
    if (f) jsClosure(f, jsFiles);
  }
  const inlineJs = [...html.matchAll(/<script\b(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .join('');
  const js = [...jsFiles].reduce((n, f) => n + gz(readFileSync(f)), 0) + (inlineJs.trim() ? gz(inlineJs) : 0);
  const htmlSize = gz(html);

  const problems = [];
  if (isLaunch(page)) {
    if (js > BUDGET.jsLaunch) problems.push(`JS ${js} B > ${BUDGET.jsLaunch} B`);
  } else if (!hasIsland && js > 0) problems.push(`ships ${js} B JS without an island`);
  const jsGate = isTool(page) ? BUDGET.jsTool : reading ? BUDGET.jsReading : BUDGET.jsWithIsland;
  if (hasIsland && js > jsGate) problems.push(`JS ${js} B > ${jsGate} B`);
  const cssGate = isTool(page) ? BUDGET.cssTool : BUDGET.css;
  if (css > cssGate) problems.push(`CSS ${css} B > ${cssGate} B`);
  if (htmlSize > BUDGET.html) problems.push(`HTML ${htmlSize} B > ${BUDGET.html} B`);
  rows.push({
    page,
    html: htmlSize,
    css,
    js,
    island: reading ? 'lezen' : hasIsland ? 'ja' : 'nee',
    ok: problems.length ? 'TE ZWAAR' : 'ok',
  });
  for (const p of problems) failures.push(`${page}: ${p}`);
}

// Search: the first part (the loader on every page, with what it imports statically) is gated;
// what loads on first use (the dialog on focus, Ctrl/⌘+K or "/", then lunr and the index at the
// first search: every dynamic import, followed all the way) is printed apart.
const searchScript = readdirSync(join(dist, '_astro')).find((f) => f.startsWith('Search.astro') && f.endsWith('.js'));
let searchReport = '';
if (!searchScript) failures.push('het script van het zoekveld (Search.astro) is niet gevonden');
else {
  const first = new Set();
  jsClosure(join(dist, '_astro', searchScript), first);
  const firstJs = [...first].reduce((n, f) => n + gz(readFileSync(f)), 0);
  if (firstJs > BUDGET.jsSearchFirst)
    failures.push(`zoekveld: eerste deel ${firstJs} B > ${Math.round(BUDGET.jsSearchFirst)} B`);
  /** Every file reachable through static and dynamic imports, each counted once. */
  const lazy = new Set();
  const follow = (file) => {
    if (lazy.has(file) || first.has(file) || !existsSync(file)) return;
    lazy.add(file);
    const code = readFileSync(file, 'utf8');
    const re = /(?:import\(\s*|(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?)[`"']([^`"']+\.js)[`"']/g;
    for (const m of code.matchAll(re)) follow(resolve(dirname(file), m[1]));
  };
  for (const f of first)
    for (const m of readFileSync(f, 'utf8').matchAll(/import\(\s*[`"']([^`"']+\.js)[`"']\s*\)/g))
      follow(resolve(dirname(f), m[1]));
  const lazyJs = [...lazy].reduce((n, f) => n + gz(readFileSync(f)), 0);
  const indexFile = join(dist, 'zoeken/index.json');
  const index = existsSync(indexFile) ? readFileSync(indexFile) : Buffer.alloc(0);
  searchReport =
    `\nZoekveld: eerste deel (op elke pagina) ${(firstJs / 1024).toFixed(2)} KB gzip (≤ ${BUDGET.jsSearchFirst / 1024}); ` +
    `bij de eerste focus, Ctrl/⌘+K of "/" en de eerste zoekopdracht: ${(lazyJs / 1024).toFixed(1)} KB code` +
    (index.length
      ? ` + index ${(gz(index) / 1024).toFixed(1)} KB gzip (${(index.length / 1024).toFixed(0)} KB ruw).`
      : '.');
}

// Offline (issue 16): the precache that sw.js lists (Workbox's manifest: url and revision per file),
// and the registration script that comes with every page but the projector view.
let offlineReport = '\nOffline: geen service worker in deze build.';
const sw = join(dist, 'sw.js');
if (existsSync(sw)) {
  const code = readFileSync(sw, 'utf8');
  const urls = [...code.matchAll(/\burl:\s*"([^"]+)"/g)].map((m) => m[1]);
  if (!urls.length) offlineReport = '\nOffline: sw.js precachet niets (offline: false: de worker ruimt zichzelf op).';
  else {
    const files = urls.map((u) => join(dist, u));
    const missing = files.filter((f) => !existsSync(f));
    if (missing.length) failures.push(`sw.js noemt ${missing.length} bestand(en) die niet bestaan: ${missing[0]}`);
    const present = files.filter((f) => existsSync(f));
    const raw = present.reduce((n, f) => n + statSync(f).size, 0);
    const zipped = present.reduce((n, f) => n + gz(readFileSync(f)), 0);
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    const reg = [...home.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].find((m) => m[1].includes('serviceWorker'));
    const regBytes = reg ? gz(reg[1]) : 0;
    if (!reg) failures.push('de registratie van sw.js staat niet op de startpagina');
    if (regBytes > BUDGET.jsOffline) failures.push(`registratie sw.js: ${regBytes} B > ${BUDGET.jsOffline} B`);
    offlineReport =
      `\nOffline: precache ${urls.length} bestanden, ${(zipped / 1024).toFixed(0)} KB gzip (${(raw / 1024).toFixed(0)} KB ruw); ` +
      `sw.js ${(gz(code) / 1024).toFixed(1)} KB gzip; registratie op elke pagina ${regBytes} B gzip (≤ ${BUDGET.jsOffline}).`;
  }
}

const kb = (n) => (n / 1024).toFixed(1).padStart(6);
const width = Math.max(...rows.map((r) => r.page.length), 6);
console.log(
  `Budget (gzip, KB) van ${relative(process.cwd(), dist) || '.'}: JS ≤ ${BUDGET.jsReading / 1024} op een leespagina ("lezen"), ≤ ${BUDGET.jsWithIsland / 1024} met eilanden (hulpmiddelen griffier ≤ ${BUDGET.jsTool / 1024}); CSS ≤ ${BUDGET.css / 1024} (griffier ≤ ${BUDGET.cssTool / 1024}); HTML ≤ ${BUDGET.html / 1024}`,
);
console.log(`${'pagina'.padEnd(width)}   HTML    CSS     JS  eiland  oordeel`);
for (const r of rows)
  console.log(`${r.page.padEnd(width)} ${kb(r.html)} ${kb(r.css)} ${kb(r.js)}  ${r.island.padEnd(6)}  ${r.ok}`);
if (searchReport) console.log(searchReport);
console.log(offlineReport);
if (failures.length) {
  console.error(`\n${failures.length} pagina('s) boven budget:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`\n${rows.length} pagina's binnen budget.`);
