/**
 * The SCORM package as a learning platform serves it (npm run test:scorm): unpacked under a deep
 * path nobody knew at build time (/pluginfile.php/<random>/mod_scorm/content/1/) by a server that,
 * like Moodle's pluginfile.php, serves files only, no index page for a folder.
 *
 * - every page of the package: loads, every request stays under the package's path and succeeds,
 *   every link, asset, form and island URL points at a file of the package, the CSP is there and
 *   holds (a violation is a console error: the guard fixture fails on it), and islands hydrate;
 * - search: the header dialog and the results page find a lesson and their links open it;
 * - axe on a sample of pages; lessons read without JavaScript.
 * The launch page (lms/) is the LMS runtime's, tested with an LMS API of its own.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../helpers/fixtures.ts';
import { content } from '../helpers/content.ts';
import { filesIn, scormDir, scormSite } from '../helpers/scorm.ts';

const files = filesIn(scormDir);
const inPackage = new Set(files);
const pages = files.filter((f) => f.endsWith('.html') && !f.startsWith('lms/'));
const html = (file: string) => readFileSync(join(scormDir, file), 'utf8');
const lessons = pages.filter((p) => /^modules\/[^/]+\/[^/]+\/index\.html$/.test(p));

/** Fails on any request that leaves the package's path, and on any failed response. */
function watchRequests(page: Page) {
  const outside: string[] = [];
  const failed: string[] = [];
  page.on('request', (r) => {
    const u = r.url();
    if (!/^(data|blob|about):/.test(u) && !u.startsWith(scormSite)) outside.push(u);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  return () => {
    expect(outside, 'requests outside the package path').toEqual([]);
    expect(failed, 'failed requests').toEqual([]);
  };
}

/** Every URL a page refers to: links, assets, forms and the islands' scripts, resolved against the page. */
const refsOf = (page: Page) =>
  page.evaluate(() => {
    const abs = (v: string | null) => (v === null ? [] : [new URL(v, document.baseURI).href]);
    return [
      ...[...document.querySelectorAll('a[href], link[href]')].flatMap((e) => abs(e.getAttribute('href'))),
      ...[...document.querySelectorAll('script[src], img[src]')].flatMap((e) => abs(e.getAttribute('src'))),
      ...[...document.querySelectorAll('form[action]')].flatMap((e) => abs(e.getAttribute('action'))),
      ...[...document.querySelectorAll('astro-island')].flatMap((e) => [
        ...abs(e.getAttribute('component-url')),
        ...abs(e.getAttribute('renderer-url')),
      ]),
    ];
  });

test('the package is served under a deep path, with no index page for a folder', async ({ page }) => {
  expect(new URL(scormSite).pathname).toMatch(/^\/pluginfile\.php\/\d+\/mod_scorm\/content\/1\/$/);
  expect(pages.length).toBeGreaterThan(20);
  expect((await page.request.get('modules/')).status(), 'a folder URL is not served').toBe(404);
});

// Two halves, one per worker.
for (const half of [0, 1]) {
  test(`every page loads under the package path, and its links and islands work (part ${half + 1})`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const check = watchRequests(page);
    // A page this tall shows every island at once, so those that wait until they are seen (client:visible) hydrate too.
    await page.setViewportSize({ width: 1280, height: 20_000 });
    const origin = new URL(scormSite).origin;
    for (const file of pages.filter((_, i) => i % 2 === half)) {
      const response = await page.goto(file);
      expect(response?.status(), file).toBe(200);
      const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(csp, `CSP on ${file}`).toMatch(/script-src 'self'/);
      await expect(page.locator('astro-island[ssr]'), `${file}: islands not hydrated`).toHaveCount(0);
      // Then every URL of the page, those the islands drew included. A link to another site (a source) is no request.
      const wrong = (await refsOf(page))
        .filter((ref) => ref.startsWith(origin))
        .filter((ref) => {
          const target = decodeURIComponent(ref.slice(scormSite.length).replace(/[#?].*$/, ''));
          return !ref.startsWith(scormSite) || !inPackage.has(target);
        });
      expect(wrong, `${file}: URLs outside the package path or not a file of the package`).toEqual([]);
    }
    check();
  });
}

/** A word of a lesson's title that search surely finds: its longest. */
const lesson = content.lessons[0]!.data;
const query = lesson.title
  .split(/\s+/)
  .sort((a, b) => b.length - a.length)[0]!
  .replace(/[^\p{L}-]/gu, '');

test('search: the header dialog and the results page find a lesson, and their links open it', async ({ page }) => {
  const check = watchRequests(page);
  await page.goto('index.html');
  await page.getByRole('search').getByLabel('Zoeken').first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await page.keyboard.type(query);
  const first = dialog.locator('.vr-result a').first();
  await expect(first).toBeVisible();
  await first.click();
  await expect(page).toHaveURL(new RegExp(`^${scormSite.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.+\\.html(#.*)?$`));
  await expect(page.locator('h1')).toBeVisible();

  // The results page: reached by the form (its action names zoeken/index.html), from a page two levels deep.
  await page.goto(lessons[0]!);
  await page.goto(`zoeken/index.html?q=${encodeURIComponent(query)}`);
  const result = page.locator('.vr-results .vr-result a').first();
  await expect(result).toBeVisible();
  const href = await result.getAttribute('href');
  expect(href, 'a result links to a page file, relative to the results page').toMatch(/^\.\.\/.+index\.html(#.*)?$/);
  await result.click();
  await expect(page.locator('h1')).toBeVisible();
  check();
});

test('axe finds nothing on a sample of pages', async ({ page }) => {
  test.setTimeout(60_000);
  // The pages differ from the web build's only in their URLs (tests/a11y/pages.spec.ts runs axe on every page there).
  for (const file of ['index.html', lessons[0]!, 'zoeken/index.html']) {
    await page.goto(file);
    const { violations } = await new AxeBuilder({ page })
      .options({ resultTypes: ['violations'] })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(
      violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
      file,
    ).toEqual([]);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a lesson reads, with its questions as text and the answer behind <details>', async ({ page }) => {
    const file = lessons.find((p) => html(p).includes('data-type="single"'))!;
    await page.goto(file);
    await expect(page.locator('h1')).toBeVisible();
    const item = page.locator('[data-question][data-type="single"]').first();
    const id = (await item.getAttribute('data-question'))!;
    const question = content.questions.find((x) => x.data.id === id)!.data;
    await expect(item).toContainText(question.prompt);
    await item.locator('summary').click();
    await expect(item).toContainText(question.explanation);
    // Its links still lead to files of the package.
    for (const ref of await refsOf(page))
      if (ref.startsWith(scormSite))
        expect(inPackage.has(ref.slice(scormSite.length).replace(/[#?].*$/, ''))).toBe(true);
  });
});
