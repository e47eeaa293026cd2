/**
 * The browser side of search, with fetch and the scheduler stubbed: it finds what the index finds,
 * and it spreads its work over tasks so a slow phone never waits long (issue 15). Starting a fetch
 * costs some 5 ms on such a phone, so no two start in the same task, and the entry of the index is
 * fetched in a task after the one that evaluated the search code.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildIndex, searchBuilt, type SearchPage } from '../../src/lib/search.ts';

const page = (n: number, title: string, text: string): SearchPage => ({
  url: `les-${n}/`,
  kind: 'les',
  title,
  titleText: title,
  module: 'M',
  sections: [
    { anchor: '', heading: '', text },
    { anchor: 'meer', heading: `Meer over ${title.toLowerCase()}`, text: `${text} Nog een keer: ${text}` },
  ],
});
// Many pages about aangifte and melding, so a query shows ten results, each with its own text file.
const pages = Array.from({ length: 24 }, (_, n) =>
  page(
    n,
    n % 2 ? `Aangifte doen ${n}` : `Melding maken ${n}`,
    `Je doet aangifte of een melding bij de politie (${n}).`,
  ),
);
const built = buildIndex(pages, [['aangifte', 'melding']], 400);

/** The task the code runs in: every pause (scheduler.yield) starts a new one. */
let task = 0;
const fetched: { url: string; task: number }[] = [];

beforeAll(() => {
  vi.stubGlobal('location', { href: 'https://intranet.example/vpt/zoeken/' });
  vi.stubGlobal('scheduler', { yield: () => Promise.resolve().then(() => void task++) });
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push({ url, task });
    const path = new URL(url, 'https://intranet.example/').pathname.replace('/vpt/zoeken/', '');
    const body =
      path === 'index.json'
        ? built.meta
        : path.startsWith('woorden/')
          ? built.shards[Number(path.slice(8, -5))]
          : path.startsWith('tekst/')
            ? built.texts[Number(path.slice(6, -5))]
            : undefined;
    return { ok: body !== undefined, status: body ? 200 : 404, json: async () => body };
  });
});
afterAll(() => vi.unstubAllGlobals());

describe('the search in the browser', () => {
  it('finds what the index finds, and starts no two fetches in one task', async () => {
    const { searcher } = await import('../../src/islands/search-client.ts');
    const evaluated = task;
    const search = await searcher('/vpt/zoeken/index.json');
    // The entry: not in the task that evaluated the module (lunr and the stemmer are work enough there).
    expect(fetched[0]!.url).toBe('/vpt/zoeken/index.json');
    expect(fetched[0]!.task).toBeGreaterThan(evaluated);

    const ranked = await search.find('aangifte');
    const shown = await search.show(ranked, 0, 10);
    expect(shown.map((r) => r.url)).toEqual(searchBuilt(built, 'aangifte').urls.slice(0, 10));
    expect(shown).toHaveLength(10);

    const shards = fetched.filter((f) => f.url.includes('/woorden/'));
    const texts = fetched.filter((f) => f.url.includes('/tekst/'));
    // A query over synonyms loads several shards, and ten results load ten texts.
    expect(shards.length).toBeGreaterThan(1);
    expect(texts).toHaveLength(10);
    const perTask = new Map<number, number>();
    for (const f of fetched) perTask.set(f.task, (perTask.get(f.task) ?? 0) + 1);
    expect(
      [...perTask.values()].every((n) => n === 1),
      JSON.stringify(fetched),
    ).toBe(true);
  });
});
