/** One shard of the search index: the postings of a range of words, loaded for a query's words. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { json, searchIndex } from '../_index.ts';

export const getStaticPaths = (async () =>
  (await searchIndex()).shards.map((_, n) => ({ params: { n: String(n) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => json((await searchIndex()).shards[Number(params.n)]);
