/**
 * The entry of the search index: which shard holds which words, the kind of every result, and
 * the synonyms (see src/lib/search.ts). The browser loads it when a reader starts a search.
 */
import type { APIRoute } from 'astro';
import { json, searchIndex } from './_index.ts';

export const GET: APIRoute = async () => json((await searchIndex()).meta);
