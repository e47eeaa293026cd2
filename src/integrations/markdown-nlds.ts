/**
 * A Sätteri hast plugin (Astro 7's Markdown processor) that gives lesson Markdown the NL Design
 * System classes, so lesson text looks like the rest of the site under any theme.
 * Tables get a focusable, labelled scroll container: a wide table scrolls on its own instead of
 * pushing a phone screen sideways (WCAG reflow), and keyboard users can scroll it. The table's
 * label comes from src/i18n/nl.ts (`markdown`), passed in by astro.config.mjs.
 */
import { defineHastPlugin } from 'satteri';

const CLASSES: Record<string, string[]> = {
  p: ['utrecht-paragraph'],
  h2: ['utrecht-heading-2'],
  h3: ['utrecht-heading-3'],
  h4: ['utrecht-heading-4'],
  ul: ['utrecht-unordered-list'],
  ol: ['utrecht-ordered-list'],
  a: ['utrecht-link'],
  table: ['utrecht-table', 'utrecht-table--html-table'],
  thead: ['utrecht-table__header'],
  tbody: ['utrecht-table__body'],
  tr: ['utrecht-table__row'],
  th: ['utrecht-table__header-cell'],
  td: ['utrecht-table__cell'],
  blockquote: ['utrecht-blockquote', 'utrecht-blockquote--html-blockquote'],
};
const ITEM: Record<string, string> = { ul: 'utrecht-unordered-list__item', ol: 'utrecht-ordered-list__item' };

type Node = { type: string; tagName?: string; properties?: Record<string, unknown>; children?: Node[] };

const classesOf = (node: Node): string[] => {
  const c = node.properties?.className;
  return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? c.split(' ') : [];
};

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The words the plugin adds: a table's label, with and without its column headers ({headers}). */
export interface NldsLabels {
  table: string;
  tableOf: string;
}

export const nldsClasses = (labels: NldsLabels) =>
  defineHastPlugin({
    name: 'nlds-classes',
    element: {
      filter: Object.keys(CLASSES),
      visit(node, ctx) {
        const n = node as unknown as Node;
        const tag = n.tagName ?? '';
        ctx.setProperty(node, 'className', [...new Set([...classesOf(n), ...(CLASSES[tag] ?? [])])]);
        const item = ITEM[tag];
        if (item) {
          for (const child of n.children ?? []) {
            if (child.type === 'element' && child.tagName === 'li') {
              ctx.setProperty(child as never, 'className', [...new Set([...classesOf(child), item])]);
            }
          }
        }
        if (tag === 'table') {
          const headers: string[] = [];
          const collect = (x: Node) => {
            if (x.type !== 'element') return;
            if (x.tagName === 'th') headers.push(ctx.textContent(x as never).trim());
            else (x.children ?? []).forEach(collect);
          };
          collect(n);
          const label = headers.length ? labels.tableOf.replace('{headers}', () => headers.join(', ')) : labels.table;
          ctx.wrapNode(node, {
            raw: `<div class="vr-table-wrap" role="region" tabindex="0" aria-label="${escapeAttr(label)}"></div>`,
          });
        }
      },
    },
  });
