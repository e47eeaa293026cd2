#!/usr/bin/env node
/**
 * npm run bench:search (after a build): a benchmark, not a test. Serves dist/ with astro preview,
 * opens it in Chromium and prints:
 *   - the time from the first keystroke in the search dialog to the first result shown
 *     (index download and load included, cold);
 *   - p50 and p95 query time over 60 realistic queries, warm;
 *   - the index size, raw and gzip.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const root = resolve(import.meta.dirname, '../..');
const port = 4390;
const QUERIES = [
  'aangifte',
  'aangifte zonder adres',
  'bedreigd op facebook',
  'doxing',
  'adres online',
  'melden',
  'meldpunt',
  'vpt-code',
  'domicilie',
  'aangifte onder nummer',
  'beveiliging thuis',
  'wie betaalt beveiliging',
  'regeling 2024',
  'raadslid beveiliging',
  'vertrouwenspersoon',
  'ondersteuningsteam',
  'nazorg',
  'griffier rol',
  'burgemeester',
  'presidium',
  'protocol',
  'inspreker',
  'belediging',
  'kritiek of belediging',
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
  'verstrekkingsbeperking',
  'gezin',
  'kinderen school',
  'partner',
  'vuurwerk brievenbus',
  'ik weet waar je woont',
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
  'stappenplan',
  'ela afspraken',
  'strafeis',
  'gemeentesecretaris regie',
];

const index = readFileSync(join(root, 'dist/zoeken/index.json'));
const chrome = process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const server = spawn('npm', ['run', 'preview', '--', '--host', '127.0.0.1', '--port', String(port)], {
  cwd: root,
  detached: true,
  stdio: 'ignore',
});
const stop = () => {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
};
process.on('exit', stop);

const base = `http://127.0.0.1:${port}/`;
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(base)).ok) break;
  } catch {
    await new Promise((r) => setTimeout(r, 200));
  }
}

const browser = await chromium.launch({
  executablePath: chrome,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const page = await browser.newPage();
await page.goto(base);

// Cold: first keystroke to first result, through the real dialog.
await page.keyboard.press('/');
const cold = await page.evaluate(async () => {
  const input = document.querySelector('#zoek-dialoog');
  const list = document.querySelector('.vr-search__dialog [data-results]');
  const start = performance.now();
  input.value = 'a';
  input.dispatchEvent(new Event('input'));
  input.value = 'aangifte';
  input.dispatchEvent(new Event('input'));
  await new Promise((resolve) => {
    const obs = new MutationObserver(() => list.childElementCount && (obs.disconnect(), resolve()));
    obs.observe(list, { childList: true });
  });
  return performance.now() - start;
});

// Warm: query time of the search itself, in the page, over the fixed list (3 rounds).
const times = await page.evaluate(
  async ({ queries, url }) => {
    const src = [...document.scripts].find((s) => s.src.includes('Search.astro'))?.src;
    const code = await (await fetch(src)).text();
    const chunk = new URL(code.match(/import\(\s*[`"']([^`"']+search-client[^`"']+)[`"']\s*\)/)[1], src).href;
    const client = await import(chunk);
    const find = await client.searcher(url);
    const out = [];
    for (let round = 0; round < 3; round++) {
      for (const q of queries) {
        const t = performance.now();
        find(q);
        out.push(performance.now() - t);
      }
    }
    return out;
  },
  { queries: QUERIES, url: `${base}zoeken/index.json` },
);
await browser.close();
stop();

times.sort((a, b) => a - b);
const pct = (p) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))];
console.log(`Zoeken (Chromium, ${QUERIES.length} zoekvragen × 3):`);
console.log(`  eerste toetsaanslag tot eerste resultaat (koud, met laden van de index): ${cold.toFixed(0)} ms`);
console.log(`  zoektijd p50: ${pct(50).toFixed(1)} ms, p95: ${pct(95).toFixed(1)} ms`);
console.log(
  `  index: ${(index.length / 1024).toFixed(0)} KB ruw, ${(gzipSync(index, { level: 9 }).length / 1024).toFixed(1)} KB gzip`,
);
process.exit(0);
