#!/usr/bin/env node
/**
 * npm run lighthouse: Lighthouse (mobile preset: a mid-range phone on a slow 4G line, simulated)
 * on five pages of the built site: the home page, a lesson with a dilemma, the results page
 * (/zoeken/?q=aangifte), the projector view with a ready plan and Mijn voortgang. Prints the four
 * category scores and LCP, TBT and CLS per page, and what cost points outside performance.
 *
 * Fails (exit 1, with the pages and scores named) when TBT is over 100 ms, performance is below 95 or accessibility or
 * best practices below 100 on any page. Not part of npm test: Lighthouse takes about 15 s a page.
 *
 *   npm run lighthouse                  one run per page
 *   npm run lighthouse -- --runs 3      the median of three runs per page (each figure on its own)
 *   npm run lighthouse -- --no-gate     print only, never fail
 *   npm run lighthouse -- --tasks       only the search's long tasks on the results page (below)
 *
 * It builds the site when dist/ is missing (BASE_PATH and DIST_DIR are honoured) and serves it
 * itself (tests/tools/static-server.mjs: compressed like the hosting examples, .br/.gz beside a
 * file when the build wrote them). Chromium: CHROME_PATH, else /usr/bin/chromium, else Playwright's.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { serve } from './static-server.mjs';
import { chromeArgs, chromePath } from '../helpers/site.ts';
import { loadContentDir } from '../../src/load/content-fs.ts';

const root = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const runs = runsArg >= 0 ? Number(args[runsArg + 1]) : 1;
const gate = !args.includes('--no-gate');
const tasksOnly = args.includes('--tasks');
if (!Number.isInteger(runs) || runs < 1) {
  console.error('--runs wil een heel getal van 1 of meer, bijvoorbeeld: npm run lighthouse -- --runs 3');
  process.exit(2);
}
const GATE = { performance: 95, accessibility: 100, 'best-practices': 100 };

const rawBase = process.env.BASE_PATH ?? '/';
const base = rawBase.endsWith('/') ? rawBase : `${rawBase}/`;
const dist = resolve(root, process.env.DIST_DIR ?? 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.log(`Geen build in ${dist}: eerst npm run build.`);
  const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

/** The first lesson (in module and lesson order) with a dilemma: its page path. */
function lessonWithDilemma() {
  // The content as the build's own loader reads it (src/load/content-fs.ts), not parsed again here.
  const { set } = loadContentDir(join(root, 'content'));
  const order = new Map(set.modules.map((m) => [m.data.id, m.data.order]));
  const found = set.lessons
    .filter((l) => l.data.scenarios.length > 0 || /<Dilemma\s/.test(l.body ?? ''))
    .sort((a, b) => order.get(a.data.module) - order.get(b.data.module) || a.data.order - b.data.order)[0];
  if (!found) throw new Error('geen les met een dilemma gevonden in content/lessen/');
  return `modules/${found.data.module}/${found.data.id}/`;
}

/** The projector link of the first ready plan, as its plan page builds it (#plan=… without notes). */
function projectorLink() {
  const plans = join(dist, 'griffier/sessies');
  for (const id of readdirSync(plans).sort()) {
    const file = join(plans, id, 'index.html');
    if (!existsSync(file)) continue;
    const href = readFileSync(file, 'utf8').match(/href="([^"]*griffier\/presenteren\/#plan=[^"]+)"/)?.[1];
    if (href) return href.replaceAll('&amp;', '&').slice(base.length);
  }
  throw new Error(`geen link naar het projectiescherm gevonden in ${plans}`);
}

const PAGES = [
  ['startpagina', ''],
  ['les met dilemma', lessonWithDilemma()],
  ['zoeken', 'zoeken/?q=aangifte'],
  ['projectiescherm', projectorLink()],
  ['Mijn voortgang', 'voortgang/'],
];

const chrome = chromePath ?? chromium.executablePath();
const lighthouse = join(dirname(createRequire(import.meta.url).resolve('lighthouse/package.json')), 'cli/index.js');
const flags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
].join(' ');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const LABEL = {
  performance: 'prestaties',
  accessibility: 'toegankelijkheid',
  'best-practices': 'goede praktijken',
  seo: 'SEO',
};

/** Runs a command and collects its output; kills it after three minutes. */
function run(cmd, argv, env) {
  return new Promise((done) => {
    const child = spawn(cmd, argv, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      done({ status, output });
    });
  });
}

const server = await serve(dist, { base, precompressed: true });
const work = mkdtempSync(join(tmpdir(), 'vr-lighthouse-'));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

console.log(
  `Lighthouse (mobiel) op ${server.site}, ${runs === 1 ? '1 ronde' : `mediaan van ${runs} rondes`} per pagina…`,
);
const results = [];
try {
  for (const [label, path] of tasksOnly ? [] : PAGES) {
    const reports = [];
    for (let i = 0; i < runs; i++) {
      const out = join(work, `${results.length}-${i}.json`);
      // Not spawnSync: the server runs in this process and must keep answering.
      const r = await run(
        process.execPath,
        [
          lighthouse,
          server.site + path,
          `--chrome-flags=${flags}`,
          `--only-categories=${CATEGORIES.join(',')}`,
          '--locale=nl',
          '--output=json',
          `--output-path=${out}`,
          '--quiet',
        ],
        { ...process.env, CHROME_PATH: chrome },
      );
      if (r.status !== 0 || !existsSync(out)) throw new Error(`Lighthouse faalde op /${path}:\n${r.output}`);
      reports.push(JSON.parse(readFileSync(out, 'utf8')));
    }
    const lost = new Map();
    for (const lhr of reports) {
      if (lhr.runtimeError) throw new Error(`Lighthouse op /${path}: ${lhr.runtimeError.message}`);
      // What cost points outside performance (performance is about speed: its audits are listed by Lighthouse itself).
      for (const cat of CATEGORIES.slice(1)) {
        for (const ref of lhr.categories[cat].auditRefs) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit.score !== null && audit.score < 1)
            lost.set(ref.id, `${LABEL[cat]}: ${audit.title}`);
        }
      }
    }
    const pick = (f) => median(reports.map(f));
    results.push({
      label,
      path,
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(pick((l) => l.categories[c].score * 100))])),
      lcp: pick((l) => l.audits['largest-contentful-paint'].numericValue),
      tbt: pick((l) => l.audits['total-blocking-time'].numericValue),
      cls: pick((l) => l.audits['cumulative-layout-shift'].numericValue),
      lost: [...lost.values()],
    });
  }
} finally {
  await server.close();
  rmSync(work, { recursive: true, force: true });
}

const nl = (n, d = 0) => n.toFixed(d).replace('.', ',');
const rows = [
  ['pagina', ...CATEGORIES.map((c) => LABEL[c]), 'LCP', 'TBT', 'CLS'],
  ...results.map((r) => [
    r.label,
    ...CATEGORIES.map((c) => String(r.scores[c])),
    `${nl(r.lcp / 1000, 2)} s`,
    `${nl(r.tbt)} ms`,
    nl(r.cls, 3),
  ]),
];
const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
console.log('');
for (const row of rows)
  console.log(row.map((cell, i) => (i ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  '));
console.log('');
for (const r of results) console.log(`${r.label}: /${r.path.length > 60 ? `${r.path.slice(0, 57)}…` : r.path}`);
const lost = results.filter((r) => r.lost.length);
if (lost.length) {
  console.log('\nPunten verloren buiten prestaties:');
  for (const r of lost) for (const l of r.lost) console.log(`  ${r.label}: ${l}`);
}

/**
 * The results page's long tasks, seen by the browser itself: Lighthouse only simulates a slow phone,
 * so here Chromium runs the page with its CPU slowed 4× (the mobile preset's factor), with a trace.
 * From the moment the page asks for the index (zoeken/index.json) until it is quiet, the main
 * thread runs only the search: parsing the entry and the shards, putting them into lunr's index,
 * the query, the ranking and the snippets. Per task of that stretch, its time minus the browser's
 * own drawing (style, layout, paint of the new results) is the search's blocking time. Issue 15 asks
 * for at most 50 ms at a time; printed only, not gated yet: the trace itself slows the page, and the
 * figures vary too much between runs to gate on (see the issue's note). The tasks before it (the page itself, and the search code's own
 * first run) and the drawing are printed beside it.
 */
const DRAWING = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'ParseHTML']);

async function searchTasks(rounds) {
  const server = await serve(dist, { base, precompressed: true });
  const browser = await chromium.launch({ executablePath: chrome, args: ['--headless', ...chromeArgs] });
  const index = [];
  const before = [];
  try {
    for (let round = 0; round < rounds; round++) {
      // The worker's first install (issue 16) fetches the whole site beside the page; here only the search is measured.
      const page = await browser.newPage({ serviceWorkers: 'block' });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
      await page.goto(`${server.site}zoeken/?q=aangifte`);
      // A plain wait: Playwright's own waiting runs scripts in the page, which would show in the trace.
      await page.waitForTimeout(3000);
      const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
      if (!(await page.locator('[data-results] li').count())) throw new Error('geen resultaten na 3 s');
      const asked = events.find(
        (e) => e.name === 'ResourceSendRequest' && e.args?.data?.url?.includes('/zoeken/index.json'),
      );
      if (!asked) throw new Error('de resultatenpagina vroeg zoeken/index.json niet op');
      // The page's main thread: the renderer thread that sent that request.
      const main = events.filter((e) => e.pid === asked.pid && e.tid === asked.tid && e.ph === 'X');
      for (const task of main.filter((e) => e.name === 'RunTask' && e.dur > 50_000)) {
        const end = task.ts + task.dur;
        const inside = main.filter((e) => e.ts >= task.ts && e.ts + e.dur <= end && DRAWING.has(e.name));
        // Drawing events may nest: count only those not inside another.
        const drawing = inside
          .filter((e) => !inside.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur))
          .reduce((a, e) => a + e.dur, 0);
        const item = { task: task.dur / 1000, blocking: (task.dur - drawing) / 1000 };
        (task.ts + task.dur > asked.ts ? index : before).push(item);
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const order = (a, b) => b.blocking - a.blocking;
  return { index: index.sort(order), before: before.sort(order) };
}

const taskRounds = Math.max(5, runs);
const tasks = await searchTasks(taskRounds);
const ms = (list) =>
  list.length
    ? list.map((t) => `${Math.round(t.blocking)} ms (taak ${Math.round(t.task)} ms)`).join(', ')
    : 'geen taak boven 50 ms';
console.log(
  `\nLange taken op /zoeken/?q=aangifte, processor 4× vertraagd, ${taskRounds} keer geladen (zonder het tekenen):\n` +
    `  vanaf het opvragen van de index (index lezen, lunr, rangschikken, fragmenten): ${ms(tasks.index)}\n` +
    `  daarvoor (de pagina zelf en de eerste run van de zoekcode): ${ms(tasks.before)}`,
);

// Issue 15: no page may block the main thread for more than 100 ms in all (TBT), the results page included.
const TBT_MAX = 100;
const below = results.flatMap((r) => [
  ...Object.entries(GATE)
    .filter(([c, min]) => r.scores[c] < min)
    .map(([c, min]) => `${r.label}: ${LABEL[c]} ${r.scores[c]} (minimaal ${min})`),
  ...(r.tbt > TBT_MAX ? [`${r.label}: TBT ${Math.round(r.tbt)} ms (hoogstens ${TBT_MAX})`] : []),
]);
if (below.length) {
  console.log(`\n${gate ? 'Onder de grens' : 'Onder de grens (--no-gate: geen fout)'}:\n  ${below.join('\n  ')}`);
  if (gate) process.exit(1);
} else
  console.log(
    '\nAlle pagina’s halen de grens: prestaties ≥ 95, toegankelijkheid en goede praktijken 100, TBT ≤ 100 ms.',
  );
