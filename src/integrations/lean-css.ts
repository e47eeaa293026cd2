/**
 * Lean CSS at build time (issue 15, point 5). A token theme defines thousands of custom properties
 * (--basis-…, --utrecht-…, --lux-…); the site uses a few hundred. This Vite plugin drops, from the
 * built CSS, every custom property that nothing uses:
 *
 * - used: named in a var() of an ordinary declaration in any built stylesheet, or named anywhere in
 *   the site's own code (src/ and content/: scripts and inline styles set or read properties by name);
 * - and, transitively, every property that a used property's value names (a token is often an alias
 *   of another: --utrecht-link-color: var(--basis-color-action-1-color-default)).
 *
 * A municipality's theme is pruned the same way, so its tokens that the site's CSS uses stay, with
 * everything they refer to. Rules and at-rules left empty go too.
 *
 * In the same way it drops selectors of NL Design System component classes (utrecht-…) that no
 * source file names, such as the warning, danger and ready variants of every button; a class built
 * in code from a prefix (`utrecht-heading-${level}`) keeps every class with that prefix.
 *
 * It also puts each metric-matched fallback face (an @font-face whose family is "<font> fallback",
 * see src/styles/theme.css) right after its font in every font stack, so text set in a local font
 * while the web font loads takes the same room (issue 15, point 6). A theme without that font is
 * left alone.
 */
import postcss, { type AtRule, type ChildNode, type Container, type Declaration, type Root } from 'postcss';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const VAR = /var\(\s*(--[\w-]+)/g;
const NAME = /--[a-zA-Z_][\w-]*/g;
const CLASS = /utrecht-[\w-]+(\$\{)?/g;
const SELECTOR_CLASS = /\.(utrecht-[\w-]+)/g;

/** The utrecht-… classes that source text names: whole names, and prefixes of names built in code. */
export interface Classes {
  names: Set<string>;
  prefixes: string[];
}

export function classesIn(text: string, into: Classes = { names: new Set(), prefixes: [] }): Classes {
  for (const m of text.matchAll(CLASS)) {
    if (m[1]) into.prefixes.push(m[0].slice(0, -2));
    else into.names.add(m[0]);
  }
  return into;
}

/** False if `selector` needs a utrecht-… class that no source names (the rule can never match). */
export function selectorMayMatch(selector: string, classes: Classes): boolean {
  // Classes inside :not(), :is(), :where() or :has() are not needed for a match: leave them be.
  let outer = selector;
  for (let prev = ''; prev !== outer;) {
    prev = outer;
    outer = outer.replace(/:(?:not|is|where|has|matches)\([^()]*\)/g, '');
  }
  for (const m of outer.matchAll(SELECTOR_CLASS)) {
    const c = m[1]!;
    if (!classes.names.has(c) && !classes.prefixes.some((p) => c.startsWith(p))) return false;
  }
  return true;
}

/** Custom property names referenced by var() in a value. */
const refs = (value: string) => [...value.matchAll(VAR)].map((m) => m[1]!);

/** Every custom property name written in source text (scripts, components, inline styles). */
function namesIn(text: string): string[] {
  return text.match(NAME) ?? [];
}

/** Removes empty rules and at-rules with a block, inside out. */
function dropEmpty(container: Container) {
  container.each((node: ChildNode) => {
    if ((node.type === 'rule' || node.type === 'atrule') && node.nodes) {
      dropEmpty(node);
      // An @font-face or @page without declarations is as useless as an empty rule.
      if (node.nodes.length === 0) node.remove();
    }
  });
}

/**
 * The used custom properties of `roots` (parsed stylesheets), starting from `extra` names used
 * outside CSS, closed over the values of the properties they name.
 */
function usedProperties(roots: Root[], extra: Iterable<string> = []): Set<string> {
  const graph = new Map<string, Set<string>>();
  const used = new Set<string>(extra);
  for (const root of roots)
    root.walkDecls((d) => {
      if (d.prop.startsWith('--')) {
        const to = graph.get(d.prop) ?? new Set<string>();
        for (const r of refs(d.value)) to.add(r);
        graph.set(d.prop, to);
      } else for (const r of refs(d.value)) used.add(r);
    });
  const todo = [...used];
  while (todo.length) {
    for (const next of graph.get(todo.pop()!) ?? [])
      if (!used.has(next)) {
        used.add(next);
        todo.push(next);
      }
  }
  return used;
}

const unquote = (s: string) => s.trim().replace(/^(['"])(.*)\1$/, '$2');

/** Inserts "<font> fallback" after "<font>" in font stacks, for each fallback face in `roots`. */
function addFontFallbacks(roots: Root[]) {
  const fallbacks = new Set<string>();
  for (const root of roots)
    root.walkAtRules('font-face', (rule: AtRule) =>
      rule.walkDecls('font-family', (d) => {
        const family = unquote(d.value);
        if (family.endsWith(' fallback')) fallbacks.add(family.slice(0, -' fallback'.length));
      }),
    );
  if (!fallbacks.size) return;
  for (const root of roots)
    root.walkDecls((d: Declaration) => {
      if (d.prop !== 'font-family' && !(d.prop.startsWith('--') && d.prop.includes('font-family'))) return;
      if (d.parent?.type === 'atrule' && (d.parent as AtRule).name === 'font-face') return;
      const items = d.value.split(',');
      const out: string[] = [];
      items.forEach((item, i) => {
        out.push(item);
        const family = unquote(item);
        if (fallbacks.has(family) && unquote(items[i + 1] ?? '') !== `${family} fallback`)
          out.push(`'${family} fallback'`);
      });
      d.value = out.join(',');
    });
}

/**
 * Prunes `sheets` (CSS text) together: rules for component classes nothing uses (when `classes` is
 * given), then custom properties nothing uses. Returns the new texts.
 */
export function leanSheets(sheets: string[], extra: Iterable<string> = [], classes?: Classes): string[] {
  const roots = sheets.map((css) => postcss.parse(css));
  addFontFallbacks(roots);
  if (classes)
    for (const root of roots)
      root.walkRules((rule) => {
        if (rule.parent?.type === 'atrule' && /keyframes$/.test((rule.parent as AtRule).name)) return;
        const keep = rule.selectors.filter((s) => selectorMayMatch(s, classes));
        if (!keep.length) rule.remove();
        else if (keep.length < rule.selectors.length) rule.selectors = keep;
      });
  const used = usedProperties(roots, extra);
  for (const root of roots) {
    root.walkDecls((d) => {
      if (d.prop.startsWith('--') && !used.has(d.prop)) d.remove();
    });
    dropEmpty(root);
  }
  return roots.map((r) => r.toString());
}

/** Custom property names and utrecht-… classes in the site's own code (.ts, .tsx, .astro, .mdx, .mjs, .js). */
export function scanSource(dirs: string[]): { names: Set<string>; classes: Classes } {
  const names = new Set<string>();
  const classes: Classes = { names: new Set(), prefixes: [] };
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|tsx|astro|mdx|mjs|js)$/.test(entry.name)) {
        const text = readFileSync(path, 'utf8');
        for (const n of namesIn(text)) names.add(n);
        classesIn(text, classes);
      }
    }
  };
  for (const d of dirs) walk(d);
  return { names, classes };
}

/** The Vite plugin: prunes the CSS assets of each build, before Astro inlines or links them. */
export function leanCss(sourceDirs: string[]): Plugin {
  return {
    name: 'veilig-raadswerk:lean-css',
    apply: 'build',
    generateBundle(_options, bundle) {
      const assets = Object.values(bundle).filter(
        (a) => a.type === 'asset' && a.fileName.endsWith('.css') && typeof a.source === 'string',
      );
      if (!assets.length) return;
      const { names, classes } = scanSource(sourceDirs);
      const lean = leanSheets(
        assets.map((a) => (a.type === 'asset' ? String(a.source) : '')),
        names,
        classes,
      );
      assets.forEach((a, i) => {
        if (a.type === 'asset') a.source = lean[i]!;
      });
    },
  };
}
