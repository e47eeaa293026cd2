/**
 * The search index, built once at build time: every lesson section (an h2 and what follows), every
 * dilemma, every glossary term and every chapter of the guide for griffiers, in lunr's serialised form with the Dutch pipeline, plus the
 * synonyms. The browser loads this file only when a reader starts a search.
 */
import type { APIRoute } from 'astro';
import { getCollection, render } from 'astro:content';
import { loadContent } from '../../load/content.ts';
import { findMdxRefs } from '../../lib/checks.ts';
import { mdxToProse } from '../../lib/readability.ts';
import { buildIndex, type SearchDoc } from '../../lib/search.ts';
import { nl } from '../../i18n/nl.ts';
import { format } from '../../i18n/format.ts';

/** A lesson's body cut at its "## " headings; the first part is the introduction. */
function sections(body: string): { heading: string; text: string }[] {
  const parts = body.split(/^##\s+(.+)$/m);
  const out = [{ heading: '', text: parts[0] ?? '' }];
  for (let i = 1; i < parts.length; i += 2) out.push({ heading: (parts[i] ?? '').trim(), text: parts[i + 1] ?? '' });
  return out;
}

const clean = (mdx: string) => mdxToProse(mdx).replace(/\s+/g, ' ').trim();

export const GET: APIRoute = async () => {
  const { lessons, modules, scenarios, terms, guides } = await loadContent();
  const moduleTitle = new Map(modules.map((m) => [m.id, m.title]));
  const docs: SearchDoc[] = [];
  const dilemmaPage = new Map<string, string>();

  for (const lesson of lessons) {
    const { data, body = '' } = lesson;
    const page = `modules/${data.module}/${data.id}/`;
    const { headings } = await render(lesson);
    const slugs = headings.filter((h) => h.depth === 2).map((h) => h.slug);
    const module = moduleTitle.get(data.module) ?? '';
    for (const { value } of findMdxRefs(body, 'Dilemma', 'id')) dilemmaPage.set(value, page);
    sections(body).forEach(({ heading, text }, i) => {
      const slug = i === 0 ? '' : slugs[i - 1];
      if (!clean(text) && !heading) return;
      docs.push({
        ref: slug ? `${page}#${slug}` : page,
        kind: 'les',
        title: heading ? `${data.title}: ${heading}` : data.title,
        module,
        headings: heading,
        body: i === 0 ? `${data.summary} ${clean(text)}` : clean(text),
      });
    });
  }

  for (const s of scenarios) {
    const page = dilemmaPage.get(s.id);
    if (!page) continue;
    docs.push({
      ref: `${page}#dilemma-${s.id}`,
      kind: 'scenario',
      title: format(nl.search.scenarioTitle, { title: s.title }),
      module: moduleTitle.get(s.module) ?? '',
      headings: s.steps.map((st) => st.title).join(' '),
      body: [s.summary, ...s.steps.map((st) => st.situation), ...s.discussion].join(' '),
    });
  }

  for (const t of terms) {
    docs.push({
      ref: `begrippen/#${t.id}`,
      kind: 'begrip',
      title: format(nl.search.termTitle, { title: t.term }),
      module: nl.nav.begrippen,
      headings: [t.term, ...t.synonyms].join(' '),
      body: t.definition,
    });
  }

  for (const g of guides) {
    docs.push({
      ref: `griffier/#${g.data.id}`,
      kind: 'griffier',
      title: g.data.title,
      module: nl.nav.griffier,
      headings: g.data.title,
      body: `${g.data.summary} ${clean(g.body ?? '')}`,
    });
  }

  const synonyms = (await getCollection('synoniemen')).map((g) => g.data.terms);
  return new Response(JSON.stringify({ ...buildIndex(docs), synonyms }), {
    headers: { 'Content-Type': 'application/json' },
  });
};
