/**
 * Line numbers for content errors: every message names the line in the file, so an author jumps
 * straight to it. Pure (text in, line out); used by the Node loader (tests, lint) and the build.
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';

/** Turns a field as messages print it ("steps[0].choices[1].next") into a path; "(bestand)" is the root. */
export function fieldPath(field: string): (string | number)[] {
  if (field.startsWith('(') || field.startsWith('<')) return [];
  return [...field.matchAll(/\[(\d+)\]|([^.[\]]+)/g)].map((m) => (m[1] !== undefined ? Number(m[1]) : (m[2] ?? '')));
}

/** Splits an MDX file: the frontmatter's YAML, the file line it starts on, and the line the body starts on. */
export function splitMdx(
  source: string,
): { yaml: string; yamlLine: number; body: string; bodyLine: number } | undefined {
  const m = /^(---\r?\n([\s\S]*?)\r?\n---\r?\n?)([\s\S]*)$/.exec(source);
  if (!m) return undefined;
  return { yaml: m[2] ?? '', yamlLine: 2, body: m[3] ?? '', bodyLine: (m[1] ?? '').split('\n').length };
}

export interface LocateOptions {
  /** The file is an MDX file: look in its frontmatter. */
  mdx?: boolean;
  /** The file is a list (bronnen.yaml, …): look inside the item with this id. */
  item?: string;
}

/**
 * Returns a function that gives the file's line (from 1) of a field. It follows the path as far as
 * the file has it, so a field that is missing reports the line of the object it belongs in.
 */
export function locator(
  source: string,
  options: LocateOptions = {},
): (field: string | (string | number)[]) => number | undefined {
  let yaml = source;
  let first = 1;
  if (options.mdx) {
    const split = splitMdx(source);
    if (!split) return () => undefined;
    yaml = split.yaml;
    first = split.yamlLine;
  }
  const counter = new LineCounter();
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(yaml, { lineCounter: counter });
  } catch {
    return () => undefined;
  }
  const lineAt = (offset: number) => counter.linePos(offset).line + first - 1;
  let root = doc.contents as Node | null;
  if (options.item !== undefined && isSeq(root)) {
    root = (root.items.find((it) => isMap(it) && String(it.get('id')) === options.item) as Node | undefined) ?? root;
  }
  return (field) => {
    const path = typeof field === 'string' ? fieldPath(field) : field;
    let node = root;
    if (!node?.range) return first;
    let offset = node.range[0];
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(key));
        if (!pair) break;
        const keyNode = pair.key as Node | null;
        if (keyNode?.range) offset = keyNode.range[0];
        node = pair.value as Node | null;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as Node | undefined;
        if (!item?.range) break;
        offset = item.range[0];
        node = item;
      } else break;
      if (!node) break;
    }
    return lineAt(offset);
  };
}
