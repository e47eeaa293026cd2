/**
 * Reads a content folder straight from disk, outside Astro: for unit tests, fixtures and scripts
 * (such as the plain-language lint). It applies the same zod schemas as src/content.config.ts and
 * reports problems in the same "file: veld "…": message" form as the build.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import type { ContentError, ContentSet, Entry } from './checks.ts';
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
  type Settings,
} from './schemas.ts';
import { fieldPath, locator, splitMdx, type LocateOptions } from './lines.ts';

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
  const split = splitMdx(source);
  if (!split) return { frontmatter: undefined, body: source, bodyLine: 1 };
  return { frontmatter: parse(split.yaml), body: split.body, bodyLine: split.bodyLine };
}

type Locate = ReturnType<typeof locator>;

function validate<T>(schema: z.ZodType<T>, value: unknown, file: string, errors: ContentError[], locate: Locate, label = ''): T | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const field = issue.path.length ? issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') : '(bestand)';
    // An unknown key is reported on its object; its own line is where the typo is.
    const keys = issue.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [];
    const path = [...issue.path, ...keys].map((p) => (typeof p === 'number' ? p : String(p)));
    errors.push({ file: label ? `${file} (${label})` : file, field, message: issue.message, line: locate(path) });
  }
  return undefined;
}

/** A line finder for a file read from disk (see src/lib/lines.ts). */
export function locateIn(text: string, options?: LocateOptions): (field: string) => number | undefined {
  const locate = locator(text, options);
  return (field) => locate(field);
}

/** The version in the package.json next to a content folder, if there is one. */
function packageVersion(root: string): string | undefined {
  const path = join(dirname(root), 'package.json');
  if (!existsSync(path)) return undefined;
  return (JSON.parse(readFileSync(path, 'utf8')) as { version?: string }).version;
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
      const linePos = (e as { linePos?: { line: number }[] }).linePos;
      errors.push({ file: rel, field: '(bestand)', message: `geen geldige YAML: ${(e as Error).message.split('\n')[0]}`, line: linePos?.[0]?.line });
      return undefined;
    }
  };

  const yamlCollection = <T>(sub: string, schema: z.ZodType<T>): Entry<T>[] =>
    files(sub, '.yaml').flatMap(([rel, path]) => {
      const file = `content/${rel}`;
      const locate = locator(readFileSync(path, 'utf8'));
      const data = validate(schema, readYaml(path, file), file, errors, locate);
      return data ? [{ file, data, locate }] : [];
    });

  const listFile = <T,>(name: string, schema: z.ZodType<T>): Entry<T>[] => {
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
    const inList = locator(readFileSync(path, 'utf8'));
    return raw.flatMap((item, i) => {
      // Items are named by id; a release by its version.
      const key = typeof item === 'object' && item ? ((item as { id?: unknown }).id ?? (item as { version?: unknown }).version) : undefined;
      const id = key !== undefined ? String(key) : `#${i + 1}`;
      const locate: Locate = (field) => inList([i, ...(typeof field === 'string' ? fieldPath(field) : field)]);
      const data = validate(schema, item, file, errors, locate, id);
      return data ? [{ file, data, locate }] : [];
    });
  };

  const mdx = <T>(folder: string, schema: z.ZodType<T>): Entry<T>[] =>
    files(folder, '.mdx').flatMap(([rel, path]) => {
      const file = `content/${rel}`;
      const text = readFileSync(path, 'utf8');
      const { frontmatter, body, bodyLine } = splitFrontmatter(text);
      const locate = locator(text, { mdx: true });
      const data = validate(schema, frontmatter, file, errors, locate);
      return data ? [{ file, data, body, bodyLine, locate }] : [];
    });
  const lessons = mdx('lessen', lessonSchema);

  const settingsPath = one('gemeente.yaml');
  const settings = settingsPath
    ? validate(settingsSchema, readYaml(settingsPath, 'content/gemeente.yaml'), 'content/gemeente.yaml', errors, locator(readFileSync(settingsPath, 'utf8')))
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
      releases: one('wijzigingen.yaml') ? listFile('wijzigingen.yaml', releaseSchema) : undefined,
      version: packageVersion(root),
    },
    settings,
    errors,
  };
}
