/**
 * Offline in the council chamber (issue 16). The build is served by the small static server of
 * tests/tools/ (not astro preview), because these tests switch what it serves: the network off
 * (the server drops every connection and the browser context is offline), a second version of
 * the build, and the worker of `offline: false`.
 * - After one visit, every built page opens offline, search finds (index included), a dilemma and
 *   a knowledge check play, Mijn voortgang downloads, and a ready plan runs in the control and
 *   projector views in step; nothing outside the base path is cached.
 * - A new version waits and says so politely; only the button reloads, only its own page, never the
 *   projector view; until then every page is the old version.
 * - `offline: false` reaches a browser that had the worker: it removes itself and its caches.
 * Pages, plans and answers come from the built site and the content files.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { test, expect, watchPage } from '../helpers/fixtures.ts';
import { basePath, builtPages, distDir, pagesWith } from '../helpers/site.ts';
import { content, question, scenario } from '../helpers/content.ts';
import { encodePlan, sessionToPlan, withoutNotes } from '../../src/lib/session-plan.ts';
import { projectorCatalog, slidesOf } from '../../src/lib/slides.ts';
import { nl } from '../../src/i18n/nl.ts';
import { getManifest } from 'workbox-build';
import { precacheOptions, writeWorker } from '../../src/integrations/offline.ts';
import { serve } from '../tools/static-server.mjs';

interface Server {
  origin: string;
  site: string;
  log: { path: string }[];
  use(dir: string): void;
  down: boolean;
  close(): Promise<void>;
}

/** A context of its own on a server of its own, watched like every test page (errors, foreign requests, cookies). */
async function open(browser: Browser, dir: string) {
  const server: Server = await serve(dir, { base: basePath });
  const context = await browser.newContext({ baseURL: server.site, locale: 'nl-NL', serviceWorkers: 'allow' });
  const watches: ReturnType<typeof watchPage>[] = [];
  const page = async () => {
    const p = await context.newPage();
    watches.push(watchPage(p, server.origin));
    return p;
  };
  return {
    server,
    context,
    page,
    async done() {
      for (const w of watches) await w.check(context);
      await context.close();
      await server.close();
    },
  };
}

/** Waits until a worker controls the page (it claims the page that registered it). */
const controlled = (p: Page) => p.waitForFunction(() => Boolean(navigator.serviceWorker.controller), null);

/** A copy of the build without the .br and .gz copies, to change into another version. */
const work = mkdtempSync(join(tmpdir(), 'vr-offline-'));
test.afterAll(() => rmSync(work, { recursive: true, force: true }));
function copyOfBuild(name: string) {
  const dir = join(work, name);
  cpSync(distDir, dir, { recursive: true, filter: (f) => !/\.(br|gz)$/.test(f) });
  return dir;
}
/** Every page of a folder, as files. */
const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));

test('after one visit every page, search, a dilemma, a knowledge check, the export and a ready plan work offline', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const site = await open(browser, distDir);
  const page = await site.page();
  await page.goto('./');
  await controlled(page);
  // Workbox's caches carry the scope in their name, and hold nothing outside the base path.
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    const urls = (await Promise.all(names.map(async (n) => (await (await caches.open(n)).keys()).map((r) => r.url))))
      .flat()
      .map((u) => u.split('?')[0]!);
    return { names, urls, scope: (await navigator.serviceWorker.ready).scope };
  });
  expect(cached.scope).toBe(site.server.site);
  expect(cached.names.length).toBeGreaterThan(0);
  for (const name of cached.names) expect(name.endsWith(site.server.site), name).toBe(true);
  expect(cached.urls.filter((u) => !u.startsWith(site.server.site))).toEqual([]);
  expect(cached.urls).toContain(`${site.server.site}zoeken/index.json`);

  // The network goes off: the browser is offline and the server answers nothing.
  site.server.down = true;
  await site.context.setOffline(true);

  const pages = builtPages();
  for (const path of pages) {
    const res = await page.goto(path);
    expect(res?.ok() || path === '404.html', `${path} opens offline`).toBe(true);
    await expect(page.locator('h1').first(), path).toBeAttached();
  }

  // Search: the header dialog loads its code, lunr and the index from the cache.
  await page.goto('./');
  await page.getByRole('search').getByLabel(nl.search.label).first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await page.keyboard.type('aangifte');
  await expect(dialog.locator('.vr-result').first()).toBeVisible();

  // A knowledge check: the right answer of the first single-choice question.
  await page.goto(pagesWith('data-type="single"')[0]!);
  const form = page.locator('form[data-type="single"]').first();
  await form.scrollIntoViewIfNeeded();
  await expect(page.locator('.vr-quiz[data-live="ja"]').first()).toBeVisible();
  const q = question((await form.getAttribute('data-question'))!);
  await form.getByLabel(q.options.find((o) => o.correct)!.text, { exact: true }).check();
  await form.getByRole('button', { name: 'Controleer' }).click();
  await expect(form.locator('.vr-quiz__feedback')).toContainText(q.explanation);

  // A dilemma: the first choice of its first step, with its feedback.
  await page.goto(pagesWith('data-dilemma=')[0]!);
  const box = page.locator('[data-dilemma]').first();
  await box.scrollIntoViewIfNeeded();
  const player = box.locator('.vr-scenario[data-live="ja"]');
  await expect(player).toBeVisible();
  const s = scenario((await box.getAttribute('data-dilemma'))!);
  const choice = s.steps.find((x) => x.id === s.start)!.choices[0]!;
  await player.getByLabel(choice.text, { exact: true }).check();
  await player.getByRole('button', { name: 'Kies' }).click();
  await expect(player.locator('.vr-scenario__feedback')).toContainText(choice.feedback);

  // Mijn voortgang: the download holds what was just answered.
  await page.goto('voortgang/');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download je voortgang' }).click();
  const saved = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
  expect(saved).toMatchObject({ app: 'veilig-raadswerk' });

  // A ready plan: the projector waits, the control view opens the plan, both step together.
  const plan = sessionToPlan(content.sessions.map((x) => x.data).sort((a, b) => a.duration - b.duration)[0]!);
  const catalog = projectorCatalog(
    content.modules.map((m) => m.data),
    content.scenarios.map((x) => x.data),
  );
  const steps = slidesOf(withoutNotes(plan), catalog).length;
  await page.goto('griffier/presenteren/');
  const control = await site.page();
  await control.goto(`griffier/regie/#plan=${encodePlan(plan)}`);
  const count = (p: Page) => p.locator('.vr-present__count');
  await expect(count(page)).toHaveText(`Stap 1 van ${steps}`);
  await control.getByRole('button', { name: 'Volgende →' }).click();
  await expect(count(page)).toHaveText(`Stap 2 van ${steps}`);
  await expect(count(control)).toHaveText(`Stap 2 van ${steps}`);

  await site.context.setOffline(false);
  await site.done();
});

/**
 * Version 2 of the build: one sentence more on the home page, and the worker's precache list stamped
 * again by workbox-build (getManifest, the options of the build), as a second build writes it: the
 * home page gets a new revision. (generateSW would bundle the same worker again: 5–10 s more.)
 */
async function secondVersion() {
  const dir = copyOfBuild('v2');
  const home = join(dir, 'index.html');
  writeFileSync(home, readFileSync(home, 'utf8').replace(/(<main\b[^>]*>)/, '$1<p id="vr-v2">Versie 2</p>'));
  const { manifestEntries } = await getManifest(precacheOptions(dir));
  const sw = join(dir, 'sw.js');
  let code = readFileSync(sw, 'utf8');
  let changed = 0;
  for (const { url, revision } of manifestEntries!) {
    const entry = new RegExp(`(\\{url:"${url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}",revision:)("[0-9a-f]+"|null)`);
    const before = code;
    code = code.replace(entry, `$1${revision ? JSON.stringify(revision) : 'null'}`);
    if (code !== before) changed++;
  }
  expect(changed, 'only the home page has a new revision').toBe(1);
  writeFileSync(sw, code);
  return dir;
}

test('a new version waits with a polite notice, only its button reloads (never the projector view); offline: false then removes the worker', async ({
  browser,
}) => {
  test.setTimeout(60_000);
  const site = await open(browser, distDir);
  const page = await site.page();
  await page.goto('./');
  await controlled(page);
  const projector = await site.page();
  await projector.goto('griffier/presenteren/');
  await expect(projector.locator('[data-update]')).toHaveCount(0);
  const stay = (p: Page) => p.evaluate(() => ((window as unknown as { vrStay: boolean }).vrStay = true));
  const stayed = (p: Page) => p.evaluate(() => (window as unknown as { vrStay?: boolean }).vrStay === true);
  await stay(projector);

  site.server.use(await secondVersion());
  // The next page finds the new worker: it installs and waits. The page says so, and stays as it is.
  await page.goto('begrippen/');
  await stay(page);
  const notice = page.locator('[data-update]');
  await expect(notice).toHaveAttribute('aria-live', 'polite');
  await expect(notice).toContainText(nl.offline.update);
  expect(await stayed(page), 'the notice does not reload the page').toBe(true);
  // Until the reader chooses, every page is the old version: never old and new files mixed.
  await page.goto('./');
  await expect(page.locator('#vr-v2')).toHaveCount(0);
  await expect(notice).toContainText(nl.offline.update);
  expect(
    await new AxeBuilder({ page })
      .include('[data-update]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze()
      .then((r) => r.violations.map((v) => v.id)),
  ).toEqual([]);

  await notice.getByRole('button', { name: nl.offline.reload }).click();
  await expect(page.locator('#vr-v2')).toBeVisible();
  await expect(page.locator('[data-update]')).toBeEmpty();
  expect(await stayed(projector), 'the projector view was not reloaded').toBe(true);

  // Then the intranet sets offline: false. Its build has no registration on its pages, and the
  // worker that removes itself. A browser that had the worker loses it and its caches.
  const off = copyOfBuild('off');
  for (const file of htmlFiles(off))
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(/<script type="module">[^<]*serviceWorker[^<]*<\/script>/, ''),
    );
  await writeWorker(off, { worker: 'unregister' });
  site.server.use(off);
  await page.goto('begrippen/');
  const left = () =>
    page.evaluate(async () => ({
      registrations: (await navigator.serviceWorker.getRegistrations()).length,
      caches: (await caches.keys()).length,
    }));
  await expect.poll(left).toEqual({ registrations: 0, caches: 0 });
  // The page that had the worker keeps running; the next one comes from the server.
  const res = await page.goto('modules/');
  expect(res?.fromServiceWorker()).toBe(false);
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  expect(await stayed(projector), 'the projector view was not reloaded').toBe(true);
  await site.done();
});

test('a blocked or missing service worker never breaks a page', async ({ browser }) => {
  const site = await open(browser, distDir);
  const page = await site.page();
  // Private mode or a policy: register() refuses. Then a browser without service workers at all.
  await page.addInitScript(() => {
    ServiceWorkerContainer.prototype.register = () => Promise.reject(new DOMException('blocked', 'SecurityError'));
  });
  await page.goto('./');
  await expect(page.locator('[data-update]')).toBeEmpty();
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations())).toEqual([]);
  const other = await site.page();
  await other.addInitScript(() =>
    Object.defineProperty(Navigator.prototype, 'serviceWorker', { get: () => undefined }),
  );
  await other.goto('modules/');
  await expect(other.locator('h1')).toBeVisible();
  await site.done();
});
