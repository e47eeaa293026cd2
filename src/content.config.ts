/**
 * Content collections: each folder in content/ with its schema (the schemas and their field
 * comments are in src/lib/schemas.ts). Zod checks every file here; the checks across files
 * (does the module exist, is the source listed …) run in src/lib/content.ts.
 *
 * CONTENT_DIR points the build at another content folder; tests use it for broken fixtures.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import {
  factSchema,
  guideSchema,
  lessonSchema,
  moduleSchema,
  questionSchema,
  releaseSchema,
  scenarioSchema,
  sessionSchema,
  settingsSchema,
  sourceSchema,
  termSchema,
} from './lib/schemas.ts';

const dir = (process.env.CONTENT_DIR ?? './content').replace(/\/$/, '');

/** Entry ids follow the file path; the stable id is the `id` field, checked for duplicates later. */
const yamlFiles = (folder: string) => glob({ pattern: '**/*.yaml', base: `${dir}/${folder}` });

export const collections = {
  modules: defineCollection({ loader: yamlFiles('modules'), schema: moduleSchema }),
  lessen: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: `${dir}/lessen` }), schema: lessonSchema }),
  scenarios: defineCollection({ loader: yamlFiles('scenarios'), schema: scenarioSchema }),
  vragen: defineCollection({ loader: yamlFiles('vragen'), schema: questionSchema }),
  sessies: defineCollection({ loader: yamlFiles('sessies'), schema: sessionSchema }),
  griffier: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: `${dir}/griffier` }), schema: guideSchema }),
  kernfeiten: defineCollection({ loader: file(`${dir}/kernfeiten.yaml`), schema: factSchema }),
  begrippen: defineCollection({ loader: file(`${dir}/begrippen.yaml`), schema: termSchema }),
  bronnen: defineCollection({ loader: file(`${dir}/bronnen.yaml`), schema: sourceSchema }),
  // What changed per release; the version is the entry's id.
  wijzigingen: defineCollection({
    loader: file(`${dir}/wijzigingen.yaml`, { parser: (text) => (parse(text) ?? []).map((r: { version?: unknown }) => ({ id: String(r.version), ...r })) }),
    schema: releaseSchema.extend({ id: z.string() }),
  }),
  // Search synonyms: each list item is a group of words that mean the same here.
  synoniemen: defineCollection({
    loader: file(`${dir}/synoniemen.yaml`, { parser: (text) => (parse(text) ?? []).map((terms: unknown, i: number) => ({ id: `groep-${i + 1}`, terms })) }),
    schema: z.object({ id: z.string(), terms: z.array(z.string().trim().min(1)).min(2) }),
  }),
  // One settings object, wrapped as a single entry so that zod errors name content/gemeente.yaml.
  gemeente: defineCollection({
    loader: file(`${dir}/gemeente.yaml`, { parser: (text) => [{ id: 'gemeente', ...(parse(text) ?? {}) }] }),
    schema: settingsSchema.extend({ id: z.literal('gemeente').optional() }),
  }),
};
