/**
 * Reads a content folder straight from disk, outside Astro: for unit tests, fixtures and scripts
 * (such as the plain-language lint). It applies the same zod schemas as src/content.config.ts and
 * reports problems in the same "file: veld "…": message" form as the build.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import type { ContentError, ContentSet, Entry } from './checks.ts';
import {
  factSchema,
  guideSchema,
  lessonSchema,
  moduleSchema,
  questionSchema,
  scenarioSchema,
  sessionSchema,
  settingsSchema,
  sourceSchema,
  termSchema,
  type Settings,
} from './schemas.ts';

export interface LoadedContent {
  set: ContentSet;
  settings?: Settings;
  errors: ContentError[];
}

function walk(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path, ext) : path.endsWith(ext) ? [path] : [];
    });
}

/** Splits an MDX file into its YAML frontmatter and body. */
export function splitFrontmatter(source: string): { frontmatter: unknown; body: string; bodyLine: number } {
  const m = /^(---\r?\n([\s\S]*?)\r?\n---\r?\n?)([\s\S]*)$/.exec(source);
  if (!m) return { frontmatter: undefined, body: source, bodyLine: 1 };
  return { frontmatter: parse(m[2] ?? ''), body: m[3] ?? '', bodyLine: (m[1] ?? '').split('\n').length };
}

function validate<T>(schema: z.ZodType<T>, value: unknown, file: string, errors: ContentError[], label = ''): T | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const field = issue.path.length ? issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') : '(bestand)';
    errors.push({ file: label ? `${file} (${label})` : file, field, message: issue.message });
  }
  return undefined;
}

/**
 * Loads every collection from `root` (a content folder). `overlay` folders are laid over it,
 * file by file, as tests do to add one broken file to otherwise sound content.
 */
export function loadContentDir(root: string, ...overlay: string[]): LoadedContent {
  const errors: ContentError[] = [];
  const roots = [root, ...overlay];
  // Later roots win for a file at the same relative path.
  const files = (sub: string, ext: string) => {
    const byRel = new Map<string, string>();
    for (const r of roots) for (const f of walk(join(r, sub), ext)) byRel.set(relative(r, f), f);
    return [...byRel.entries()].sort(([a], [b]) => a.localeCompare(b));
  };
  const one = (name: string) => {
    let found: string | undefined;
    for (const r of roots) if (existsSync(join(r, name))) found = join(r, name);
    return found;
  };
  const readYaml = (path: string, rel: string): unknown => {
    try {
      return parse(readFileSync(path, 'utf8'));
    } catch (e) {
      errors.push({ file: rel, field: '(bestand)', message: `geen geldige YAML: ${(e as Error).message.split('\n')[0]}` });
      return undefined;
    }
  };

  const yamlCollection = <T>(sub: string, schema: z.ZodType<T>): Entry<T>[] =>
    files(sub, '.yaml').flatMap(([rel, path]) => {
      const file = `content/${rel}`;
      const data = validate(schema, readYaml(path, file), file, errors);
      return data ? [{ file, data }] : [];
    });

  const listFile = <T extends { id: string }>(name: string, schema: z.ZodType<T>): Entry<T>[] => {
    const path = one(name);
    const file = `content/${name}`;
    if (!path) {
      errors.push({ file, field: '(bestand)', message: 'het bestand ontbreekt' });
      return [];
    }
    const raw = readYaml(path, file);
    if (!Array.isArray(raw)) {
      errors.push({ file, field: '(bestand)', message: 'het bestand moet een lijst zijn' });
      return [];
    }
    return raw.flatMap((item, i) => {
      const id = typeof item === 'object' && item && 'id' in item ? String(item.id) : `#${i + 1}`;
      const data = validate(schema, item, file, errors, id);
      return data ? [{ file, data }] : [];
    });
  };

  const mdx = <T>(folder: string, schema: z.ZodType<T>): Entry<T>[] =>
    files(folder, '.mdx').flatMap(([rel, path]) => {
      const file = `content/${rel}`;
      const { frontmatter, body, bodyLine } = splitFrontmatter(readFileSync(path, 'utf8'));
      const data = validate(schema, frontmatter, file, errors);
      return data ? [{ file, data, body, bodyLine }] : [];
    });
  const lessons = mdx('lessen', lessonSchema);

  const settingsPath = one('gemeente.yaml');
  const settings = settingsPath
    ? validate(settingsSchema, readYaml(settingsPath, 'content/gemeente.yaml'), 'content/gemeente.yaml', errors)
    : (errors.push({ file: 'content/gemeente.yaml', field: '(bestand)', message: 'het bestand ontbreekt' }), undefined);

  return {
    set: {
      modules: yamlCollection('modules', moduleSchema),
      lessons,
      scenarios: yamlCollection('scenarios', scenarioSchema),
      questions: yamlCollection('vragen', questionSchema),
      terms: listFile('begrippen.yaml', termSchema),
      sources: listFile('bronnen.yaml', sourceSchema),
      sessions: yamlCollection('sessies', sessionSchema),
      guides: mdx('griffier', guideSchema),
      facts: one('kernfeiten.yaml') ? listFile('kernfeiten.yaml', factSchema) : [],
    },
    settings,
    errors,
  };
}
