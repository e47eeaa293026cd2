/** One result's title, link and text per section: loaded only when the result is shown. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { json, searchIndex } from '../_index.ts';

export const getStaticPaths = (async () =>
  (await searchIndex()).texts.map((_, n) => ({ params: { n: String(n) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => json((await searchIndex()).texts[Number(params.n)]);
