/**
 * Reads a content folder straight from disk, outside Astro: for unit tests, fixtures and scripts
 * (such as the plain-language lint). It reads the folders and schemas of `contentFolders`
 * (src/lib/schemas.ts), as src/content.config.ts does, and reports problems in the same "file: veld "…": message" form as the build.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import type { ContentError, ContentSet, Entry } from '../lib/checks.ts';
import { contentFolders as folders, type Settings } from '../lib/schemas.ts';
import { fieldPath, locator, splitMdx } from '../lib/lines.ts';

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
function splitFrontmatter(source: string): { frontmatter: unknown; body: string; bodyLine: number } {
  const split = splitMdx(source);
  if (!split) return { frontmatter: undefined, body: source, bodyLine: 1 };
  return { frontmatter: parse(split.yaml), body: split.body, bodyLine: split.bodyLine };
}

type Locate = ReturnType<typeof locator>;

function validate<T>(
  schema: z.ZodType<T>,
  value: unknown,
  file: string,
  errors: ContentError[],
  locate: Locate,
  label = '',
): T | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const field = issue.path.length
      ? issue.path
          .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
          .join('')
          .replace(/^\./, '')
      : '(bestand)';
    // An unknown key is reported on its object; its own line is where the typo is.
    const keys = issue.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [];
    const path = [...issue.path, ...keys].map((p) => (typeof p === 'number' ? p : String(p)));
    errors.push({ file: label ? `${file} (${label})` : file, field, message: issue.message, line: locate(path) });
  }
  return undefined;
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
  const readYaml = (path: string, rel: string): unknown => yamlOf(readFileSync(path, 'utf8'), rel, errors);

  const yamlCollection = <T>(sub: string, schema: z.ZodType<T>): Entry<T>[] =>
    files(sub, '.yaml').flatMap(([rel, path]) => {
      const file = `content/${rel}`;
      const locate = locator(readFileSync(path, 'utf8'));
      const data = validate(schema, readYaml(path, file), file, errors, locate);
      return data ? [{ file, data, locate }] : [];
    });

  const listFile = <T>(name: string, schema: z.ZodType<T>): Entry<T>[] => {
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
      const key =
        typeof item === 'object' && item
          ? ((item as { id?: unknown }).id ?? (item as { version?: unknown }).version)
          : undefined;
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
  const lessons = mdx(folders.lessen.path, folders.lessen.schema);
  const settings = readSettings(roots, errors);

  return {
    set: {
      modules: yamlCollection(folders.modules.path, folders.modules.schema),
      lessons,
      scenarios: yamlCollection(folders.scenarios.path, folders.scenarios.schema),
      questions: yamlCollection(folders.vragen.path, folders.vragen.schema),
      terms: listFile(folders.begrippen.path, folders.begrippen.schema),
      sources: listFile(folders.bronnen.path, folders.bronnen.schema),
      sessions: yamlCollection(folders.sessies.path, folders.sessies.schema),
      guides: mdx(folders.griffier.path, folders.griffier.schema),
      facts: one(folders.kernfeiten.path) ? listFile(folders.kernfeiten.path, folders.kernfeiten.schema) : [],
      releases: one(folders.wijzigingen.path)
        ? listFile(folders.wijzigingen.path, folders.wijzigingen.schema)
        : undefined,
      version: packageVersion(root),
    },
    settings,
    errors,
  };
}

/** The YAML in `text`, or undefined with an error that names the line YAML stopped at. */
function yamlOf(text: string, file: string, errors: ContentError[]): unknown {
  try {
    return parse(text);
  } catch (e) {
    const linePos = (e as { linePos?: { line: number }[] }).linePos;
    errors.push({
      file,
      field: '(bestand)',
      message: `geen geldige YAML: ${(e as Error).message.split('\n')[0]}`,
      line: linePos?.[0]?.line,
    });
    return undefined;
  }
}

/** content/gemeente.yaml of the last root that has one, checked against its schema. */
function readSettings(roots: string[], errors: ContentError[]): Settings | undefined {
  const file = `content/${folders.gemeente.path}`;
  const path = roots
    .map((r) => join(r, folders.gemeente.path))
    .filter((p) => existsSync(p))
    .pop();
  if (!path) {
    errors.push({ file, field: '(bestand)', message: 'het bestand ontbreekt' });
    return undefined;
  }
  const text = readFileSync(path, 'utf8');
  return validate(folders.gemeente.schema, yamlOf(text, file, errors), file, errors, locator(text));
}

/** Only the settings file of a content folder: what astro.config.mjs needs before the build. */
export function loadSettings(root: string): { settings?: Settings; errors: ContentError[] } {
  const errors: ContentError[] = [];
  return { settings: readSettings([root], errors), errors };
}
