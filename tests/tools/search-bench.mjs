#!/usr/bin/env node
/**
 * npm run bench:search: our search beside Pagefind, on the same build, in Chromium. A benchmark, not
 * a test: it prints figures and fails only when it cannot measure.
 *
 * 1. Uses dist/ (builds it when missing; DIST_DIR and BASE_PATH are honoured), copies it to a
 *    temporary folder and indexes that copy with Pagefind (`--root-selector main`); dist/ stays as
 *    it is. A small page in the copy (pagefind-bench/) searches with Pagefind's own API.
 * 2. Builds a fixture with ten times the lessons (each lesson nine more times, with a new id, title
 *    and order, in a temporary copy of content/ through CONTENT_DIR) and does the same on that build.
 *    Nothing of it lands in the repository. `--no-fixture` skips this part.
 *
 * What it measures, the same way for both engines, without knowing how either works inside:
 * - bytes to first results: every response the browser loads for the search, from the first
 *   query until the results show, as the server sent it (gzip level 9 for text, compressed by the
 *   server of tests/tools/static-server.mjs; Pagefind's index files are compressed by Pagefind
 *   itself). The page around it (the results page without ?q=, or the Pagefind page) is not counted.
 * - cold: a new browser context (empty cache) opens our results page /zoeken/?q=…, or the Pagefind
 *   page with the same query; the time from the first request for the search to the last change in
 *   the result list before it goes quiet (so text fetched per result counts). Median of `--runs`
 *   (3) per query.
 * - warm: after that, in the same page, each query of a longer list typed into the search dialog
 *   (its debounce timer set to 0), until the list stops changing; for Pagefind search() and data()
 *   of as many results as our dialog showed for that query, drawn into a list. p50 and p95.
 * Pagefind gets as many results (with their sub-results) as our results page shows for each query.
 * Our pages are found by what a reader sees: the result list ([data-results] or .vr-results) in
 * <main> or in the open <dialog>, its status line (role="status"), Ctrl+K for the dialog.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { parse, stringify } from 'yaml';
import { serve } from './static-server.mjs';
import { chromeArgs, chromePath } from '../helpers/site.ts';

const root = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(args[runsArg + 1]) : 3;
const FIXTURE = !args.includes('--no-fixture');
const COPIES = 10;

/** The queries of the table: cold time and bytes, per query. */
const QUERIES = [
  'aangifte',
  'aangifte doen',
  'bedreigd op facebook',
  'doxing',
  'beveiliging thuis',
  'vertrouwenspersoon',
  'kritiek of belediging',
  'ik weet waar je woont',
  'verstrekkingsbeperking',
  'stappenplan',
];

/** The warm queries: realistic questions of councillors and griffiers. */
const WARM = [
  ...QUERIES,
  'aangifte zonder adres',
  'adres online',
  'melden',
  'meldpunt',
  'vpt-code',
  'domicilie',
  'aangifte onder nummer',
  'wie betaalt beveiliging',
  'regeling 2024',
  'raadslid beveiliging',
  'ondersteuningsteam',
  'nazorg',
  'griffier rol',
  'burgemeester',
  'presidium',
  'protocol',
  'inspreker',
  'belediging',
  'artikel 266',
  'strafbaar',
  'bedreiging',
  'intimidatie',
  'seksuele intimidatie',
  'discriminatie',
  'online agressie',
  'screenshot bewijs',
  'blokkeren',
  'whatsapp groep',
  'huisadres',
  'kvk adres afschermen',
  'brp',
  'kadaster',
  'gezin',
  'kinderen school',
  'partner',
  'vuurwerk brievenbus',
  'de-escalatie',
  'grens stellen',
  'voorzitter orde',
  'bode',
  'eieren',
  'demonstratie',
  'gefilmd',
  'cijfers',
  'monitor 2024',
  'hoeveel raadsleden',
  'zelfcensuur',
  'stoppen als raadslid',
  'emotie mag agressie niet',
  'in vredestijd',
  'ela afspraken',
  'strafeis',
  'gemeentesecretaris regie',
];

if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error('--runs wil een heel getal van 1 of meer, bijvoorbeeld: npm run bench:search -- --runs 5');
  process.exit(2);
}

const rawBase = process.env.BASE_PATH ?? '/';
const base = rawBase.endsWith('/') ? rawBase : `${rawBase}/`;
const dist = resolve(root, process.env.DIST_DIR ?? 'dist');
// The pagefind package exports only its Node API; its CLI (which runs the native binary) sits beside it.
const pagefindDir = join(root, 'node_modules/pagefind');
const pagefindPkg = JSON.parse(readFileSync(join(pagefindDir, 'package.json'), 'utf8'));
const pagefindBin = join(pagefindDir, pagefindPkg.bin);
const work = mkdtempSync(join(tmpdir(), 'vr-bench-'));
const quiet = process.env.BENCH_VERBOSE ? 'inherit' : 'pipe';

/** Runs `npm run build` with extra environment; stops with its output when it fails. */
function build(env, label) {
  const t = performance.now();
  const r = spawnSync('npm', ['run', 'build'], { cwd: root, env: { ...process.env, ...env }, stdio: quiet });
  if (r.status !== 0) {
    console.error(`De build van ${label} faalde:\n${r.stdout ?? ''}${r.stderr ?? ''}`);
    process.exit(1);
  }
  return performance.now() - t;
}

/** The content folder with every lesson COPIES times: new id, title and order; the rest as it is. */
function fixtureContent() {
  const content = join(work, 'content');
  cpSync(join(root, 'content'), content, { recursive: true });
  const lessons = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (e.name.endsWith('.mdx')) lessons.push(join(dir, e.name));
    }
  };
  walk(join(content, 'lessen'));
  for (const file of lessons) {
    const text = readFileSync(file, 'utf8');
    const [, yaml, body] = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
    if (!yaml) throw new Error(`geen frontmatter in ${relative(content, file)}`);
    const front = parse(yaml);
    for (let k = 2; k <= COPIES; k++) {
      const copy = { ...front, id: `${front.id}-${k}`, title: `${front.title} (${k})`, order: front.order + 100 * k };
      writeFileSync(file.replace(/\.mdx$/, `-${k}.mdx`), `---\n${stringify(copy)}---\n${body}`);
    }
  }
  return { content, lessons: lessons.length * COPIES };
}

/** Copies a build and indexes the copy with Pagefind; adds the page that searches with its API. */
function withPagefind(siteDir, name) {
  const site = join(work, name);
  cpSync(siteDir, site, { recursive: true });
  const r = spawnSync(
    process.execPath,
    [pagefindBin, ...['--site', site, '--root-selector', 'main', '--output-path', join(site, 'pagefind')]],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) {
    console.error(`Pagefind faalde:\n${r.stdout}${r.stderr}`);
    process.exit(1);
  }
  const pages = r.stdout.match(/Indexed (\d+) pages/)?.[1];
  mkdirSync(join(site, 'pagefind-bench'));
  writeFileSync(join(site, 'pagefind-bench/index.html'), PAGEFIND_PAGE);
  return { site, pages };
}

/**
 * The Pagefind page: with ?q= it searches at once, like our results page, and draws `n` results
 * (title, excerpt and up to three sub-results) into a list. window.benchSearch(q, n) searches again.
 */
const PAGEFIND_PAGE = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Pagefind</title><link rel="icon" href="data:,"></head>
<body><main><p role="status"></p><ul data-results></ul></main>
<script type="module">
const list = document.querySelector('[data-results]');
let pagefind;
async function benchSearch(q, n) {
  pagefind ??= await import('../pagefind/pagefind.js');
  const search = await pagefind.search(q);
  const data = await Promise.all(search.results.slice(0, n).map((r) => r.data()));
  const items = data.map((d) => {
    const li = document.createElement('li');
    const subs = d.sub_results.slice(0, 3).map((s) => '<li><a href="' + s.url + '">' + s.title + '</a> ' + s.excerpt + '</li>');
    li.innerHTML = '<a href="' + d.url + '">' + d.meta.title + '</a><p>' + d.excerpt + '</p><ul>' + subs.join('') + '</ul>';
    return li;
  });
  list.replaceChildren(...items);
  document.querySelector('[role="status"]').textContent = search.results.length + ' resultaten';
  return search.results.length;
}
window.benchSearch = benchSearch;
const params = new URLSearchParams(location.search);
if (params.get('q')) benchSearch(params.get('q'), Number(params.get('n') ?? 20));
</script></body></html>
`;

/** Runs in every page before its own scripts: notes the time of each change in a result list or status line. */
function instrument() {
  window.__marks = [];
  new MutationObserver((records) => {
    const t = performance.now();
    for (const r of records) {
      const el = r.target.nodeType === 1 ? r.target : r.target.parentElement;
      if (el?.closest('[data-results], .vr-results, [role="status"]')) {
        window.__marks.push(t);
        return;
      }
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Waits until the result list has results (or the status line has said something for 3 s while the
 * list stays empty: no results) and then neither the page changed nor the server sent anything for 200 ms.
 */
async function settle(page, server) {
  const deadline = Date.now() + 30_000;
  let said;
  for (;;) {
    if (Date.now() > deadline) throw new Error(`geen resultaten binnen 30 s op ${page.url()}`);
    const state = await page.evaluate(() => ({
      shown:
        window.__marks.length > 0 &&
        document.querySelector('main :is([data-results], .vr-results)')?.childElementCount > 0,
      status: Boolean(document.querySelector('main [role="status"]')?.textContent.trim()),
    }));
    if (state.shown) break;
    said = state.status ? (said ?? Date.now()) : undefined;
    if (said && Date.now() - said > 3000) break;
    await sleep(25);
  }
  for (;;) {
    const before = [await page.evaluate(() => window.__marks.length), server.log.length];
    await sleep(200);
    const after = [await page.evaluate(() => window.__marks.length), server.log.length];
    if (before[0] === after[0] && before[1] === after[1]) return;
    if (Date.now() > deadline) throw new Error(`de resultaten blijven veranderen op ${page.url()}`);
  }
}

/** Opens `url` in a new context and measures one cold search: bytes, time, results shown. */
async function cold(browser, server, url, shell) {
  const context = await browser.newContext();
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const from = server.log.length;
  await page.goto(url);
  await settle(page, server);
  const sent = server.log.slice(from).filter((r) => !shell.has(r.path));
  const firstPath = sent[0]?.path;
  const timing = await page.evaluate((first) => {
    const entry = performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname === first);
    const last = window.__marks.at(-1);
    return {
      start: entry?.startTime,
      last,
      shown: document.querySelector('main :is([data-results], .vr-results)')?.childElementCount ?? 0,
    };
  }, firstPath);
  if (!sent.length)
    throw new Error(`${url}: geen verzoek voor het zoeken gezien (laadt de pagina de index al zonder ?q=?)`);
  return {
    page,
    context,
    bytes: sent.reduce((n, r) => n + r.bytes, 0),
    requests: sent.length,
    ms: timing.start === undefined ? NaN : timing.last - timing.start,
    shown: timing.shown,
  };
}

/** The paths a page loads by itself, before any search (they are not counted). */
async function shellOf(browser, server, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const from = server.log.length;
  await page.goto(url, { waitUntil: 'networkidle' });
  await context.close();
  return new Set(server.log.slice(from).map((r) => r.path));
}

/** Our warm queries through the dialog; returns [{ q, ms, shown }]. */
async function warmOurs(page) {
  await page.keyboard.press('Control+k');
  await page.waitForSelector('dialog[open] input', { timeout: 10_000 });
  const out = [];
  for (const q of ['melding', ...WARM]) {
    const r = await page.evaluate(async (query) => {
      const input = document.querySelector('dialog[open] input[type="search"], dialog[open] input');
      const wait = setTimeout;
      const before = window.__marks.length;
      // The dialog waits a moment after each keystroke before it searches; not here.
      window.setTimeout = (f, _ms, ...rest) => wait(f, 0, ...rest);
      input.value = query;
      const t0 = performance.now();
      try {
        input.dispatchEvent(new Event('input', { bubbles: true }));
      } finally {
        window.setTimeout = wait;
      }
      const deadline = t0 + 5000;
      while (window.__marks.length === before && performance.now() < deadline) await new Promise((r) => wait(r, 5));
      if (window.__marks.length === before) return { ms: NaN, shown: 0 };
      for (;;) {
        const n = window.__marks.length;
        await new Promise((r) => wait(r, 200));
        if (window.__marks.length === n) break;
      }
      const list = document.querySelector('dialog[open] :is([data-results], .vr-results)');
      return { ms: window.__marks.at(-1) - t0, shown: list?.childElementCount ?? 0 };
    }, q);
    out.push({ q, ...r });
  }
  return out.slice(1); // the first one warms up
}

/** Pagefind's warm queries in its page, with as many results as our dialog showed. */
async function warmPagefind(page, ours) {
  const out = [];
  for (const { q, shown } of [{ q: 'melding', shown: 20 }, ...ours]) {
    const ms = await page.evaluate(
      async ([query, n]) => {
        const t0 = performance.now();
        await window.benchSearch(query, n);
        return performance.now() - t0;
      },
      [q, shown],
    );
    out.push({ q, ms, shown });
  }
  return out.slice(1);
}

const median = (xs) => {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const pct = (xs, p) => {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

/** All measurements on one build (a folder with our site and Pagefind's index beside it). */
async function measure(browser, site) {
  const server = await serve(site, { base });
  try {
    const oursShell = await shellOf(browser, server, `${server.site}zoeken/`);
    const pfShell = await shellOf(browser, server, `${server.site}pagefind-bench/`);
    const rows = [];
    let warm;
    for (const q of QUERIES) {
      const ours = [];
      const pf = [];
      for (let i = 0; i < RUNS; i++) {
        const o = await cold(browser, server, `${server.site}zoeken/?q=${encodeURIComponent(q)}`, oursShell);
        if (!warm && q === QUERIES[0] && i === 0) {
          // Warm queries on the page of the first cold search: the engine is loaded.
          const w = await warmOurs(o.page);
          const pctx = await browser.newContext();
          const ppage = await pctx.newPage();
          await ppage.goto(`${server.site}pagefind-bench/`);
          await ppage.evaluate(() => window.benchSearch('aangifte', 20));
          const wp = await warmPagefind(ppage, w);
          await pctx.close();
          warm = { ours: w, pagefind: wp };
        }
        await o.context.close();
        ours.push(o);
        const p = await cold(
          browser,
          server,
          `${server.site}pagefind-bench/?q=${encodeURIComponent(q)}&n=${o.shown}`,
          pfShell,
        );
        await p.context.close();
        pf.push(p);
      }
      rows.push({
        q,
        shown: ours[0].shown,
        pfShown: pf[0].shown,
        ours: { bytes: median(ours.map((o) => o.bytes)), ms: median(ours.map((o) => o.ms)) },
        pagefind: { bytes: median(pf.map((o) => o.bytes)), ms: median(pf.map((o) => o.ms)) },
      });
    }
    return { rows, warm };
  } finally {
    await server.close();
  }
}

// Number formats as the README writes them: decimal comma.
const num = (n, d = 0) => (Number.isNaN(n) ? '–' : n.toFixed(d).replace('.', ','));
const kb = (b) => num(b / 1024, 1);
const ratio = (a, b) => (b ? num(a / b, 2) : '–');

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ')).join('\n');
}

function report(title, { rows, warm }) {
  console.log(`\n${title}`);
  const head = ['zoekvraag', 'getoond', 'KB Lunr', 'KB Pagefind', 'Lunr/PF', 'koud Lunr', 'koud PF', 'Lunr/PF'];
  const body = rows.map((r) => [
    r.q,
    `${r.shown}/${r.pfShown}`,
    kb(r.ours.bytes),
    kb(r.pagefind.bytes),
    ratio(r.ours.bytes, r.pagefind.bytes),
    `${num(r.ours.ms)} ms`,
    `${num(r.pagefind.ms)} ms`,
    ratio(r.ours.ms, r.pagefind.ms),
  ]);
  const m = (f) => median(rows.map(f));
  const mid = [
    'mediaan',
    '',
    kb(m((r) => r.ours.bytes)),
    kb(m((r) => r.pagefind.bytes)),
    ratio(
      m((r) => r.ours.bytes),
      m((r) => r.pagefind.bytes),
    ),
    `${num(m((r) => r.ours.ms))} ms`,
    `${num(m((r) => r.pagefind.ms))} ms`,
    ratio(
      m((r) => r.ours.ms),
      m((r) => r.pagefind.ms),
    ),
  ];
  console.log(table([head, ...body, mid]));
  const o = warm.ours.map((w) => w.ms);
  const p = warm.pagefind.map((w) => w.ms);
  console.log(
    `warm (${o.length} zoekvragen in de zoekdialoog; Pagefind haalt evenveel resultaten op als de dialoog toont):\n ` +
      ` Lunr p50 ${num(pct(o, 50), 1)} ms, p95 ${num(pct(o, 95), 1)} ms;` +
      ` Pagefind p50 ${num(pct(p, 50), 1)} ms, p95 ${num(pct(p, 95), 1)} ms;` +
      ` Lunr/PF p50 ${ratio(pct(o, 50), pct(p, 50))}, p95 ${ratio(pct(o, 95), pct(p, 95))}`,
  );
  const failed = warm.ours.filter((w) => Number.isNaN(w.ms)).map((w) => w.q);
  if (failed.length) console.log(`  (geen verandering in de dialoog bij: ${failed.join(', ')})`);
}

const started = performance.now();
if (!existsSync(join(dist, 'zoeken/index.html'))) {
  console.log(`Geen build in ${relative(root, dist) || dist}: npm run build…`);
  build({}, 'de site');
}
console.log(`Pagefind indexeert een kopie van ${relative(root, dist) || dist}…`);
const one = withPagefind(dist, 'site');
const builds = [{ title: `De site (${one.pages} pagina's)`, site: one.site }];
if (FIXTURE) {
  const { content, lessons } = fixtureContent();
  console.log(`Fixture met ${lessons} lessen (${COPIES}×) bouwen…`);
  const ms = build(
    { CONTENT_DIR: content, DIST_DIR: join(work, 'dist-10x'), ASTRO_CACHE_DIR: join(work, 'cache') },
    `de fixture (${COPIES}×)`,
  );
  const ten = withPagefind(join(work, 'dist-10x'), 'site-10x');
  builds.push({
    title: `${COPIES}× de lessen: ${lessons} lessen, ${ten.pages} pagina's (build ${num(ms / 1000)} s)`,
    site: ten.site,
  });
}

const browser = await chromium.launch({
  executablePath: chromePath,
  args: ['--headless', ...chromeArgs],
});
const results = [];
try {
  for (const b of builds) {
    console.log(`Meten: ${b.title}…`);
    results.push({ title: b.title, ...(await measure(browser, b.site)) });
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}

console.log(
  `\nZoeken: Lunr (deze site, de resultatenpagina /zoeken/?q=) naast Pagefind ${pagefindPkg.version} (--root-selector main), Chromium, koud: mediaan van ${RUNS}.`,
);
console.log(
  'KB: gzip (niveau 9) zoals de server het stuurde, alles wat de zoekopdracht laadt, zonder de pagina eromheen.',
);
console.log(
  "Koud: nieuwe context, eerste verzoek voor het zoeken tot de laatste wijziging in de resultatenlijst. 'getoond': resultaten op onze pagina / bij Pagefind (die er evenveel ophaalt, als hij ze vindt).",
);
for (const r of results) report(r.title, r);
console.log(`\nKlaar in ${num((performance.now() - started) / 1000)} s.`);
process.exit(0);
