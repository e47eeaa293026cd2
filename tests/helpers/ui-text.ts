/**
 * Finds Dutch text for a reader typed into src/ instead of taken from src/i18n/nl.ts
 * (tests/unit/i18n.test.ts). What counts as Dutch comes from the content: a word that the lessons,
 * dilemmas and glossary use (content/) is Dutch, minus a few words English shares with it.
 *
 * What is looked at:
 * - text between tags (JSX in .tsx, the template of an .astro file): always text for a reader;
 * - the reader-facing attributes (aria-label, title, alt, placeholder, a page's description);
 * - string and template literals in code, when they hold a Dutch word and are not a bare
 *   identifier (a content key like 'goed' or 'les', a class name, a selector, a path), or when
 *   they are written into the page (textContent, title, aria-label).
 * Not looked at: comments, import specifiers, type positions, <style> and <script> blocks of an
 * .astro file (its scripts are islands, checked as files of their own), and the messages of
 * `new Error(…)` and console calls, which a developer or an editor reads in the build log.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export const root = join(import.meta.dirname, '../..');

/** Words Dutch shares with English or with code, so a literal holding only these is not Dutch. */
const SHARED = new Set([
  'in',
  'is',
  'of',
  'op',
  'a',
  'an',
  'at',
  'and',
  'data',
  'de',
  'e',
  'en',
  'id',
  'min',
  'module',
  'modules',
  'online',
  'plan',
  'type',
  'website',
  'ja',
  'nee',
]);

function walk(dir: string, test: (name: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p, test) : test(name) ? [p] : [];
  });
}

let vocabulary: Set<string> | undefined;
/** Every word of the content, lower case: what a reader of this site reads is Dutch. */
export function dutchWords(): Set<string> {
  if (vocabulary) return vocabulary;
  vocabulary = new Set();
  for (const f of walk(join(root, 'content'), (n) => /\.(mdx|ya?ml)$/.test(n))) {
    for (const w of readFileSync(f, 'utf8')
      .toLowerCase()
      .match(/[a-zà-ÿ’]+/g) ?? [])
      if (w.length > 1 && !SHARED.has(w)) vocabulary.add(w);
  }
  return vocabulary;
}

const words = (s: string) =>
  s
    .split(/\s+/)
    .map((w) => w.replace(/^[("'“‘«]+|[).,:;!?"'”’»…]+$/g, ''))
    .filter((w) => /^[a-zà-ÿ’]{2,}$/i.test(w));

/** A literal that is an identifier, class list, selector, path or key: no reader sees it as text. */
const codeLike = (s: string) => !/\s/.test(s.trim()) && (!/[A-Z]/.test(s) || /[-_/.#[\]=:@]/.test(s));

/** True when `s` reads as Dutch: it holds a word of the content. */
export function isDutch(s: string): boolean {
  const v = dutchWords();
  return words(s).some((w) => v.has(w.toLowerCase()));
}

/** Attributes a reader (or a screen reader) gets as text. */
const UI_ATTRIBUTES =
  /^(aria-label|aria-description|aria-roledescription|title|alt|placeholder|description|label|content)$/;
/** Calls whose string arguments are code: selectors, event and element names, MDX component names. */
const CODE_CALLS =
  /(^|\.)(querySelector|querySelectorAll|closest|matches|createElement|addEventListener|removeEventListener|getAttribute|setAttribute|hasAttribute|findMdxRefs)$/;
/** DOM properties whose value a reader gets as text. */
const UI_PROPERTIES = new Set(['textContent', 'innerText', 'title', 'ariaLabel', 'placeholder', 'alt']);

export interface Finding {
  file: string;
  line: number;
  text: string;
}

/** Dutch UI text in one piece of TypeScript/TSX; `lineOffset` places an .astro part in its file. */
function scanCode(file: string, code: string, lineOffset: number, tsx: boolean, out: Finding[]) {
  const source = ts.createSourceFile(
    file,
    code,
    ts.ScriptTarget.Latest,
    true,
    tsx ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const report = (node: ts.Node, text: string) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1 + lineOffset;
    out.push({ file, line, text: text.trim().replace(/\s+/g, ' ') });
  };
  /** Is the literal written into the page (textContent = …, aria-label = …), through ?: and + ? */
  const intoPage = (node: ts.Node): boolean => {
    let n = node;
    while (
      n.parent &&
      (ts.isConditionalExpression(n.parent) ||
        ts.isParenthesizedExpression(n.parent) ||
        ts.isTemplateSpan(n.parent) ||
        ts.isTemplateExpression(n.parent) ||
        (ts.isBinaryExpression(n.parent) && n.parent.operatorToken.kind === ts.SyntaxKind.PlusToken))
    )
      n = n.parent;
    const p = n.parent;
    return (
      !!p &&
      ts.isBinaryExpression(p) &&
      p.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(p.left) &&
      UI_PROPERTIES.has(p.left.name.text)
    );
  };
  /** Messages for developers and editors (thrown errors, the console), and selectors and names (querySelector, findMdxRefs). */
  const notForReaders = (node: ts.Node): boolean => {
    for (let n: ts.Node | undefined = node.parent; n && !ts.isBlock(n) && !ts.isSourceFile(n); n = n.parent) {
      if (ts.isNewExpression(n) && /Error$/.test(n.expression.getText(source))) return true;
      if (
        ts.isCallExpression(n) &&
        (/^console\./.test(n.expression.getText(source)) || CODE_CALLS.test(n.expression.getText(source)))
      )
        return true;
    }
    return false;
  };
  /** `shape` is the literal with each ${…} as one letter: what decides whether it is code (`les:${id}`). */
  const check = (node: ts.Node, text: string, shape = text) => {
    if (!/[a-zà-ÿ]{2}/i.test(text)) return;
    const p = node.parent;
    if (
      p &&
      (ts.isImportDeclaration(p) ||
        ts.isExportDeclaration(p) ||
        ts.isLiteralTypeNode(p) ||
        ts.isExternalModuleReference(p) ||
        ts.isImportTypeNode(p))
    )
      return;
    if (p && ts.isJsxAttribute(p)) {
      if (UI_ATTRIBUTES.test(p.name.getText(source)) && isDutch(text)) report(node, text);
      return;
    }
    if (notForReaders(node)) return;
    if (intoPage(node) ? isDutch(text) : !codeLike(shape) && isDutch(text)) report(node, text);
  };
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) check(node, node.text);
    else if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)];
      check(node, parts.join(' … '), parts.join('x'));
    } else if (ts.isJsxText(node)) {
      if (/[a-zà-ÿ]{2}/i.test(node.text)) report(node, node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

/** Same length, other characters blanked: keeps offsets and line numbers. */
const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/** Dutch UI text in an .astro file: its frontmatter as TypeScript, its template as HTML with expressions. */
function scanAstro(file: string, text: string, out: Finding[]) {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  const front = m ? m[1]! : '';
  if (m) scanCode(file, front, 1, false, out);
  let template = m ? blank(m[0]) + text.slice(m[0].length) : text;
  template = template.replace(/<(script|style)\b[\s\S]*?<\/\1>|<!--[\s\S]*?-->|\{\/\*[\s\S]*?\*\/\}/g, blank);
  // Expressions { … } are code (with JSX inside); cut them out, string-aware, and scan them as TSX.
  let html = '';
  for (let i = 0; i < template.length; i++) {
    if (template[i] !== '{') {
      html += template[i];
      continue;
    }
    let depth = 0;
    let j = i;
    let quote = '';
    for (; j < template.length; j++) {
      const c = template[j];
      if (quote) {
        if (c === '\\') j++;
        else if (c === quote) quote = '';
      } else if (c === '"' || c === "'" || c === '`') quote = c;
      else if (c === '{') depth++;
      else if (c === '}' && --depth === 0) break;
    }
    const expr = template.slice(i + 1, j);
    const line = template.slice(0, i).split('\n').length - 1;
    scanCode(file, `(${expr})`, line, true, out);
    html += ' ' + blank(expr) + ' ';
    i = j;
  }
  const lineOf = (at: number) => html.slice(0, at).split('\n').length;
  // Reader-facing attribute values, then the text between tags.
  for (const a of html.matchAll(/\s([\w:-]+)="([^"]*)"/g)) {
    if (UI_ATTRIBUTES.test(a[1]!) && isDutch(a[2]!)) out.push({ file, line: lineOf(a.index!), text: a[2]! });
  }
  for (const t of html.matchAll(/>([^<>]+)</g)) {
    if (/[a-zà-ÿ]{2}/i.test(t[1]!)) out.push({ file, line: lineOf(t.index!), text: t[1]!.trim().replace(/\s+/g, ' ') });
  }
}

/** Dutch UI text in one file's text; `path` says how to read it (.astro, .tsx or else TypeScript). */
export function scanText(path: string, text: string): Finding[] {
  const out: Finding[] = [];
  if (path.endsWith('.astro')) scanAstro(path, text, out);
  else scanCode(path, text, 0, path.endsWith('.tsx'), out);
  return out;
}

/** The code files of src/ (paths from the repo root) with their text. */
export function sourceFiles(): { path: string; text: string }[] {
  return walk(join(root, 'src'), (n) => /\.(ts|tsx|astro|mjs)$/.test(n)).map((f) => ({
    path: relative(root, f),
    text: readFileSync(f, 'utf8'),
  }));
}

/** Every Dutch UI literal in src/ outside src/i18n/, except in the files `skip` names. */
export function findUiText(skip: (path: string, text: string) => boolean): Finding[] {
  return sourceFiles()
    .filter((f) => !f.path.startsWith('src/i18n/') && !skip(f.path, f.text))
    .flatMap((f) => scanText(f.path, f.text));
}
