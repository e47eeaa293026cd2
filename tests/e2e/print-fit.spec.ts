/**
 * Paper shows everything: the print kit of every ready plan, a lesson with a dilemma, the proof of
 * participation and the agreements, printed by Chromium itself. No text box outside the page's
 * content box (in print emulation at the width of that box, and in the PDF's word positions), no
 * page with fewer than three lines, margins on the A5 cards, external addresses printed and
 * internal links gone, e-mail addresses broken only after "@" or ".". One page reused throughout.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from '../helpers/fixtures.ts';
import { content } from '../helpers/content.ts';
import { pagesWith, root } from '../helpers/site.ts';
import { loadContentDir } from '../../src/load/content-fs.ts';
import { nl } from '../../src/i18n/nl.ts';

const settings = loadContentDir(join(root, 'content')).settings!;
const emails = Object.values(settings.contacten).flatMap((c) => (c?.email ? [c.email] : []));
const mm = (n: number) => (n * 72) / 25.4; // PDF points
const px = (n: number) => Math.floor((n * 96) / 25.4); // CSS pixels
/** Page sizes and margins (mm) from the @page rules in global.css and griffier.css. */
const A4 = { width: 210, height: 297, margin: 15 };
const A5 = { width: 148, height: 210, margin: 10 };

interface PdfPage {
  width: number;
  height: number;
  lines: number;
  words: { x0: number; y0: number; x1: number; y1: number; text: string }[];
  text: string;
}

/** Each page of a PDF: its size, its lines of text (pdftotext -layout) and its words' boxes. */
function readPdf(pdf: Buffer): PdfPage[] {
  const dir = mkdtempSync(join(tmpdir(), 'vr-print-'));
  const file = join(dir, 'print.pdf');
  writeFileSync(file, pdf);
  const run = (...args: string[]) => execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' });
  const bbox = run('-bbox');
  return [...bbox.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((m, i) => ({
    width: Number(m[1]),
    height: Number(m[2]),
    words: [
      ...m[3]!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g),
    ].map((w) => ({
      x0: Number(w[1]),
      y0: Number(w[2]),
      x1: Number(w[3]),
      y1: Number(w[4]),
      text: w[5]!,
    })),
    lines: run('-layout', '-f', String(i + 1), '-l', String(i + 1))
      .split('\n')
      .filter((l) => l.trim()).length,
    text: run('-f', String(i + 1), '-l', String(i + 1)),
  }));
}

/** Text in `scope` whose line boxes reach outside the viewport (the page's content box). */
const outside = (page: Page, scope: string) =>
  page.evaluate((scope) => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const root of document.querySelectorAll(scope)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        for (const r of range.getClientRects()) {
          if (r.width > 0 && (r.left < -0.5 || r.right > width + 0.5))
            out.push(`${n.textContent.trim().slice(0, 40)} (${Math.round(r.left)}–${Math.round(r.right)} of ${width})`);
        }
      }
    }
    return out;
  }, scope);

/** Prints the page (print emulation at the A4 content width, then Chromium's PDF) and checks the paper rules. */
async function checkPaper(page: Page, name: string) {
  await page.setViewportSize({ width: px(A4.width - 2 * A4.margin), height: 1000 });
  await page.emulateMedia({ media: 'print' });
  expect(await outside(page, 'body'), `${name}: text outside the A4 content box`).toEqual([]);
  if (await page.locator('.vr-kit-card').count()) {
    await page.setViewportSize({ width: px(A5.width - 2 * A5.margin), height: 1000 });
    expect(await outside(page, '.vr-kit-card'), `${name}: card text outside the A5 content box`).toEqual([]);
  }
  // Links: the way to the sources page and the site's navigation mean nothing on paper.
  await expect(
    page.locator('a:visible', { hasText: nl.lesson.sourceMore }),
    `${name}: "${nl.lesson.sourceMore}"`,
  ).toHaveCount(0);
  await expect(page.locator('nav:visible'), `${name}: navigation`).toHaveCount(0);

  const pages = readPdf(await page.pdf({ preferCSSPageSize: true }));
  expect(pages.length, name).toBeGreaterThan(0);
  for (const [i, p] of pages.entries()) {
    const where = `${name}, page ${i + 1} of ${pages.length}`;
    expect(p.lines, `${where}: lines of text`).toBeGreaterThanOrEqual(3);
    const a5 = Math.round(p.width) === Math.round(mm(A5.width));
    const size = a5 ? A5 : A4;
    const [left, right, top, bottom] = [
      mm(size.margin),
      p.width - mm(size.margin),
      mm(size.margin),
      p.height - mm(size.margin),
    ];
    // Across: to the point. Down: a word's box is the font's ascent to descent, which in a large
    // heading reaches a little above its line; a quarter of its height is allowed for that.
    const slack = (w: { y0: number; y1: number }) => Math.max(1, (w.y1 - w.y0) / 4);
    const out = p.words.filter(
      (w) => w.x0 < left - 1 || w.x1 > right + 1 || w.y0 < top - slack(w) || w.y1 > bottom + slack(w),
    );
    expect(
      out.map((w) => `${w.text} [${Math.round(w.x0)}–${Math.round(w.x1)}, ${Math.round(w.y0)}–${Math.round(w.y1)}]`),
      `${where}: words outside the margins`,
    ).toEqual([]);
  }
  // An e-mail address breaks only after "@" or "." (never mid-word).
  const text = pages.map((p) => p.text).join('\n');
  for (const email of emails) {
    const loose = new RegExp([...email].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*'), 'g');
    for (const m of text.matchAll(loose)) {
      const breaks = [...m[0].matchAll(/\s+/g)].map((b) => m[0][b.index! - 1]);
      expect(
        breaks.every((c) => c === '@' || c === '.'),
        `${name}: "${m[0].replace(/\s+/g, '⏎')}"`,
      ).toBe(true);
    }
  }
  await page.emulateMedia({ media: 'screen' });
  return pages;
}

test.describe('paper shows everything', () => {
  test('the print kit of every ready plan', async ({ page }) => {
    test.setTimeout(90_000);
    const plans = content.sessions.map((s) => s.data);
    expect(plans.length).toBeGreaterThan(0);
    for (const plan of plans) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`griffier/sessies/${plan.id}/printset/`);
      // The hand-out says what it is; "Bronnen bij deze les" belongs to lessons.
      await expect(page.locator('#kit-bronnen')).toHaveText(nl.printKit.sources);
      const pages = await checkPaper(page, plan.id);
      const dilemmas = new Set(plan.parts.filter((p) => p.kind === 'dilemma').map((p) => p.ref));
      expect(
        pages.filter((p) => Math.round(p.width) === Math.round(mm(A5.width))).length,
        `${plan.id}: A5 cards`,
      ).toBeGreaterThanOrEqual(dilemmas.size);
    }
    // The plan page names its own sources.
    const withSources = plans.find((p) => p.sources.length > 0);
    if (withSources) {
      await page.goto(`griffier/sessies/${withSources.id}/`);
      await expect(page.locator('#bronnen-plan')).toHaveText(nl.griffier.planSources);
    }
  });

  test('a lesson with a dilemma: external source addresses print, internal links do not', async ({ page }) => {
    const sources = content.sources.map((s) => s.data);
    const sourcesOf = (path: string) => {
      const lesson = content.lessons.find((l) => l.data.id === path.split('/').filter(Boolean).at(-1))!;
      return sources.filter((s) => s.url && lesson.data.sources.includes(s.id));
    };
    // A lesson with a dilemma and, where there is one, a source with a web address.
    const candidates = pagesWith('data-dilemma=');
    const path = candidates.find((p) => sourcesOf(p).length > 0) ?? candidates[0]!;
    const withUrl = sourcesOf(path);
    await page.goto(path);
    await checkPaper(page, path);
    await page.emulateMedia({ media: 'print' });
    for (const s of withUrl) {
      await expect(page.locator(`#bron-${s.id} .vr-print-url`)).toBeVisible();
      await expect(page.locator(`#bron-${s.id} .vr-print-url`)).toHaveText(s.url!);
    }
    await page.emulateMedia({ media: 'screen' });
    for (const s of withUrl) await expect(page.locator(`#bron-${s.id} .vr-print-url`)).toBeHidden();
  });

  test('the proof of participation and the agreements', async ({ page }) => {
    const ids = content.lessons.map((l) => l.data.id);
    await page.addInitScript((ids) => {
      for (const id of ids)
        localStorage.setItem(
          `vr:les:${id}`,
          JSON.stringify({ geopend: '2026-11-01T10:00:00.000Z', klaar: '2026-11-02T10:00:00.000Z' }),
        );
      localStorage.setItem('vr:naam', JSON.stringify('Sam de Vries'));
      localStorage.setItem(
        'vr-sessie:afspraken',
        JSON.stringify([
          {
            id: 'a1',
            actie: 'Elk incident melden bij de griffie, ook als het klein lijkt.',
            wie: 'Alle raadsleden',
            wanneer: 'Vanaf nu',
          },
          { id: 'a2', actie: 'Het protocol bespreken in het presidium.', wie: 'Griffier', wanneer: 'Voor 1 maart' },
          {
            id: 'a3',
            actie: 'Adressen van raadsleden afschermen waar dat kan.',
            wie: 'Burgemeester',
            wanneer: 'Binnen drie maanden',
          },
        ]),
      );
    }, ids);
    await page.goto('bewijs/');
    await expect(page.locator('.vr-proof')).toBeVisible();
    await checkPaper(page, 'bewijs');
    await page.goto('griffier/afspraken/');
    await expect(page.getByText('Adressen van raadsleden afschermen')).toBeVisible();
    await checkPaper(page, 'afspraken');
  });
});
