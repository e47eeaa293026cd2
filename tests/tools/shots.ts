#!/usr/bin/env node
/**
 * npm run shots: screenshots of every built page, to look at before and after a visual change.
 * Not part of npm test: it proves nothing by itself, the geometry tests do that.
 *
 * Writes to tests/.output/shots/:
 * - desktop/ (1366×768) and phone/ (390×844): every built page, full length;
 * - projector/ (1920×1080): every step of each ready plan in the projector view, and its control view;
 * - print/: each ready plan's print kit as a PDF from Chromium, one PNG per sheet (pdftoppm);
 * - index.html: a contact sheet that shows them all side by side, one row per page.
 *
 * It builds nothing: run `npm run build` first (BASE_PATH and DIST_DIR are honoured).
 * It serves dist/ itself on a free local port, so no preview server has to be running.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { basePath, builtPages, chromeArgs, chromePath, distDir, root } from '../helpers/site.ts';

const out = join(root, 'tests/.output/shots');
const sizes = { desktop: { width: 1366, height: 768 }, phone: { width: 390, height: 844 } };
const projector = { width: 1920, height: 1080 };
/** More steps than this per plan are left out: the first screens show the kinds of step, the rest repeat them. */
const MAX_STEPS = 40;

if (!existsSync(join(distDir, 'index.html'))) {
  console.error(`Geen build gevonden in ${distDir}. Draai eerst: npm run build`);
  process.exit(1);
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain',
  '.xml': 'application/xml',
};

/** A static server for dist/ under the base path, as a web server on an intranet would serve it. */
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  let file = path.startsWith(basePath) ? join(distDir, path.slice(basePath.length)) : '';
  if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  const found = file && existsSync(file);
  res.writeHead(found ? 200 : 404, {
    'content-type': types[extname(found ? file : '.html')] ?? 'application/octet-stream',
  });
  res.end(readFileSync(found ? file : join(distDir, '404.html')));
});
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const site = `${origin}${basePath}`;

const name = (path: string) => path.replace(/\/$/, '').replace(/[/.#=]+/g, '_') || 'start';

rmSync(out, { recursive: true, force: true });
for (const dir of ['desktop', 'phone', 'projector', 'print']) mkdirSync(join(out, dir), { recursive: true });

const browser: Browser = await chromium.launch({
  executablePath: chromePath,
  args: chromeArgs,
});

/** Opens `path`, waits until islands have hydrated and fonts are in, then takes the shot. */
async function shoot(page: Page, url: string, file: string, fullPage: boolean) {
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  await page
    .waitForFunction(() => !document.querySelector('astro-island[ssr]:not([client="visible"])'), null, {
      timeout: 5000,
    })
    .catch(() => undefined);
  await page.screenshot({ path: file, fullPage });
}

const pages = builtPages();
const rows: { path: string; shots: Record<string, string> }[] = pages.map((path) => ({ path, shots: {} }));

// Two pages at a time: the machine has two cores.
for (const [kind, viewport] of Object.entries(sizes)) {
  const context = await browser.newContext({ viewport, locale: 'nl-NL', deviceScaleFactor: 1 });
  const queue = [...rows];
  await Promise.all(
    [0, 1].map(async () => {
      const page = await context.newPage();
      for (let row = queue.shift(); row; row = queue.shift()) {
        const file = `${kind}/${name(row.path)}.png`;
        await shoot(page, `${site}${row.path}`, join(out, file), true);
        row.shots[kind] = file;
      }
    }),
  );
  await context.close();
  console.log(`${kind}: ${rows.length} pagina's`);
}

// The griffier's screens: every step of each ready plan on the projector, and the control view.
const planPages = pages.filter((p) => /^griffier\/sessies\/[^/]+\/$/.test(p));
const projectorRows: { plan: string; shots: string[] }[] = [];
const printRows: { plan: string; shots: string[] }[] = [];
{
  const context = await browser.newContext({ viewport: projector, locale: 'nl-NL', deviceScaleFactor: 1 });
  const page = await context.newPage();
  for (const planPage of planPages) {
    await page.goto(`${site}${planPage}`);
    const href = await page.locator('a[href*="regie/#plan="]').first().getAttribute('href');
    if (!href) continue;
    const hash = href.slice(href.indexOf('#'));
    const id = planPage.split('/')[2] ?? planPage;
    const shots: string[] = [];
    await shoot(page, `${site}griffier/regie/${hash}`, join(out, `projector/${id}-regie.png`), true);
    shots.push(`projector/${id}-regie.png`);
    await shoot(page, `${site}griffier/presenteren/${hash}`, join(out, `projector/${id}-01.png`), false);
    shots.push(`projector/${id}-01.png`);
    const total = Number((await page.locator('.vr-present__count').textContent())?.match(/(\d+)\D*$/)?.[1] ?? 1);
    for (let step = 2; step <= Math.min(total, MAX_STEPS); step++) {
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(
        (n) => document.querySelector('.vr-present__count')?.textContent?.match(/\d+/)?.[0] === String(n),
        step,
      );
      const file = `projector/${id}-${String(step).padStart(2, '0')}.png`;
      await page.screenshot({ path: join(out, file) });
      shots.push(file);
    }
    projectorRows.push({ plan: id, shots });

    // The print kit as Chromium prints it, one PNG per sheet.
    await page.goto(`${site}${planPage}printset/`);
    await page.evaluate(() => document.fonts.ready);
    const pdf = join(out, `print/${id}.pdf`);
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    execFileSync('pdftoppm', ['-png', '-r', '40', pdf, join(out, `print/${id}`)]);
    printRows.push({
      plan: id,
      shots: readdirSync(join(out, 'print'))
        .filter((f) => f.startsWith(`${id}-`) && f.endsWith('.png'))
        .sort()
        .map((f) => `print/${f}`),
    });
  }
  await context.close();
  console.log(
    `projector: ${projectorRows.reduce((n, r) => n + r.shots.length, 0)} schermen; print: ${printRows.reduce((n, r) => n + r.shots.length, 0)} vellen`,
  );
}
await browser.close();
server.close();

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const img = (file: string | undefined, label: string) =>
  !file
    ? ''
    : `<figure><a href="${esc(file)}"><img src="${esc(file)}" alt="" loading="lazy"></a><figcaption>${esc(label)}</figcaption></figure>`;
const html = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Schermafbeeldingen · Veilig Raadswerk</title>
<style>
  body { font: 14px system-ui, sans-serif; margin: 1rem; }
  section { display: flex; gap: 1rem; align-items: flex-start; border-top: 1px solid #ccc; padding: .5rem 0; overflow-x: auto; }
  h2 { font-size: 1rem; min-width: 12rem; margin: 0; }
  figure { margin: 0; }
  figure img { display: block; border: 1px solid #999; max-height: 480px; }
  section.page figure:first-of-type img { width: 400px; object-fit: cover; object-position: top; }
  section.page figure:nth-of-type(2) img { width: 160px; object-fit: cover; object-position: top; }
  section.projector img { width: 320px; } section.print img { width: 160px; }
</style></head><body>
<h1>Schermafbeeldingen (${esc(basePath)}, ${new Date().toISOString().slice(0, 16).replace('T', ' ')})</h1>
<p>Desktop ${sizes.desktop.width}×${sizes.desktop.height} en telefoon ${sizes.phone.width}×${sizes.phone.height} (hele pagina), projectie ${projector.width}×${projector.height} (scherm), print (PDF per vel). Klik een afbeelding voor het origineel.</p>
${rows.map((r) => `<section class="page"><h2>/${esc(r.path)}</h2>${img(r.shots.desktop, 'desktop')}${img(r.shots.phone, 'telefoon')}</section>`).join('\n')}
${projectorRows.map((r) => `<section class="projector"><h2>projectie: ${esc(r.plan)}</h2>${r.shots.map((s, i) => img(s, i === 0 ? 'regiescherm' : `stap ${i}`)).join('')}</section>`).join('\n')}
${printRows.map((r) => `<section class="print"><h2>printset: ${esc(r.plan)}</h2>${r.shots.map((s, i) => img(s, `vel ${i + 1}`)).join('')}</section>`).join('\n')}
</body></html>`;
writeFileSync(join(out, 'index.html'), html);
console.log(`Overzicht: ${join(out, 'index.html')}`);
