/**
 * Lighter JS (issue 15, point 7). A page with nothing to do but read loads only the header search's
 * first part; the dialog's code loads on first use, and the keystroke or typing that asked for it
 * still reaches the dialog, however long the code takes to arrive.
 */
import type { Page, Route } from '@playwright/test';
import { test, expect } from '../helpers/fixtures.ts';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, distDir, pagesWith } from '../helpers/site.ts';

/** Holds the dialog's code until `release` is called, so the test acts before it is there. */
async function holdDialog(page: Page) {
  const held: Route[] = [];
  let holding = true;
  await page.route('**/search-dialog*.js', (r) => (holding ? held.push(r) : r.continue()));
  return {
    requested: () => held.length,
    release: async () => {
      holding = false;
      for (const r of held.splice(0)) await r.continue();
    },
  };
}

test('a reading page loads one small script; the search dialog comes on first use and gets the first keystroke', async ({
  page,
}) => {
  // Reading pages: no island, no progress, no script of their own (the glossary, the sources …).
  const islands = new Set([...pagesWith('<astro-island'), ...pagesWith('<vr-done-count'), ...pagesWith('<vr-resume')]);
  const reading = builtPages().filter((p) => ['begrippen/', 'bronnen/', 'colofon/'].includes(p) && !islands.has(p));
  expect(reading, 'Begrippen, Bronnen and the colofon are reading pages').toHaveLength(3);

  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const path of reading) {
    scripts.length = 0;
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(scripts, `${path}: only the search field's first part`).toHaveLength(1);
    expect(scripts[0], path).toMatch(/Search\.astro/);
    expect(await page.evaluate(() => !!customElements.get('vr-search')), `${path}: no dialog code yet`).toBe(false);
  }

  // "/" before the dialog's code is there: it opens once the code arrives.
  const dialog = page.locator('vr-search dialog');
  let hold = await holdDialog(page);
  await page.goto(reading[0]!);
  await page.locator('body').press('/');
  await expect.poll(hold.requested, 'the "/" asked for the dialog').toBe(1);
  await expect(dialog).not.toHaveAttribute('open');
  await hold.release();
  await expect(dialog).toHaveAttribute('open');
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.unrouteAll();

  // Ctrl+K, the same.
  hold = await holdDialog(page);
  await page.goto(reading[1]!);
  await page.keyboard.press('Control+k');
  await expect.poll(hold.requested).toBe(1);
  await hold.release();
  await expect(dialog).toHaveAttribute('open');
  await page.unrouteAll();

  // Focus on the header field loads the code; what the reader typed meanwhile reaches the dialog.
  hold = await holdDialog(page);
  await page.goto(reading[2]!);
  const field = page.locator('vr-search form').getByRole('searchbox');
  await field.focus();
  await expect.poll(hold.requested, 'focus asked for the dialog').toBe(1);
  await page.keyboard.type('aangifte');
  await expect(dialog).not.toHaveAttribute('open');
  await hold.release();
  await expect(dialog).toHaveAttribute('open');
  await expect(dialog.getByRole('searchbox')).toHaveValue('aangifte');
});

// Issue 17: the SCORM adapter loads only in the SCORM build; the web build has no launch page and no
// code that talks to a learning platform (the SCORM package test checks the other side).
test('the web build carries no SCORM code: no launch page, no LMS calls in any script', () => {
  expect(existsSync(join(distDir, 'lms'))).toBe(false);
  const scripts = readdirSync(join(distDir, '_astro')).filter((f) => f.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(5);
  const talking = scripts.filter((f) =>
    /LMSInitialize|LMSSetValue|cmi\.core/.test(readFileSync(join(distDir, '_astro', f), 'utf8')),
  );
  expect(talking).toEqual([]);
});
