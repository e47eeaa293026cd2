/**
 * Content collections: Astro's loaders for the folders in content/. Which folder holds what, and
 * its schema, is the table `contentFolders` in src/lib/schemas.ts (with a comment per field). Zod
 * checks every file here; the checks across files (does the module exist, is the source listed …)
 * run in src/load/content.ts.
 *
 * CONTENT_DIR points the build at another content folder; tests use it for broken fixtures.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { contentFolders as f } from './lib/schemas.ts';

const dir = (process.env.CONTENT_DIR ?? './content').replace(/\/$/, '');

/** Entry ids follow the file path; the stable id is the `id` field, checked for duplicates later. */
const folder = (c: { path: string; form: 'yaml' | 'mdx' }) =>
  glob({ pattern: `**/*.${c.form}`, base: `${dir}/${c.path}` });
const list = (c: { path: string }, parser?: (text: string) => unknown) =>
  file(`${dir}/${c.path}`, parser ? { parser: parser as never } : undefined);

export const collections = {
  modules: defineCollection({ loader: folder(f.modules), schema: f.modules.schema }),
  lessen: defineCollection({ loader: folder(f.lessen), schema: f.lessen.schema }),
  scenarios: defineCollection({ loader: folder(f.scenarios), schema: f.scenarios.schema }),
  vragen: defineCollection({ loader: folder(f.vragen), schema: f.vragen.schema }),
  sessies: defineCollection({ loader: folder(f.sessies), schema: f.sessies.schema }),
  griffier: defineCollection({ loader: folder(f.griffier), schema: f.griffier.schema }),
  kernfeiten: defineCollection({ loader: list(f.kernfeiten), schema: f.kernfeiten.schema }),
  begrippen: defineCollection({ loader: list(f.begrippen), schema: f.begrippen.schema }),
  bronnen: defineCollection({ loader: list(f.bronnen), schema: f.bronnen.schema }),
  // What changed per release; the version is the entry's id.
  wijzigingen: defineCollection({
    loader: list(f.wijzigingen, (text) =>
      (parse(text) ?? []).map((r: { version?: unknown }) => ({ id: String(r.version), ...r })),
    ),
    schema: f.wijzigingen.schema.extend({ id: z.string() }),
  }),
  // Each list item is a group of words; Astro wants objects with an id.
  synoniemen: defineCollection({
    loader: list(f.synoniemen, (text) =>
      (parse(text) ?? []).map((terms: unknown, i: number) => ({ id: `groep-${i + 1}`, terms })),
    ),
    schema: z.object({ id: z.string(), terms: f.synoniemen.schema }),
  }),
  // One settings object, wrapped as a single entry so that zod errors name content/gemeente.yaml.
  gemeente: defineCollection({
    loader: list(f.gemeente, (text) => [{ id: 'gemeente', ...(parse(text) ?? {}) }]),
    schema: f.gemeente.schema.extend({ id: z.literal('gemeente').optional() }),
  }),
};
