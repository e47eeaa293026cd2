/**
 * The search index, built once per build from the content: every lesson (its introduction and
 * each h2 as sections), every dilemma, every glossary term and every chapter of the guide for
 * griffiers. Only these: print kits, the projector and control views, the session builder and
 * Mijn voortgang are tools, not reading, and are never indexed. The three kinds of files under
 * zoeken/ (index.json, woorden/<n>.json, tekst/<n>.json) are cut from this one build.
 */
import { getCollection, render } from 'astro:content';
import { loadContent } from '../../load/content.ts';
import { findMdxRefs } from '../../lib/checks.ts';
import { mdxToProse } from '../../lib/readability.ts';
import { buildIndex, type BuiltIndex, type SearchPage } from '../../lib/search.ts';
import { nl } from '../../i18n/nl.ts';
import { format } from '../../i18n/format.ts';
import { buildTarget, pageFile } from '../../lib/target.ts';

/** A lesson's body cut at its "## " headings; the first part is the introduction. */
function sections(body: string): { heading: string; text: string }[] {
  const parts = body.split(/^##\s+(.+)$/m);
  const out = [{ heading: '', text: parts[0] ?? '' }];
  for (let i = 1; i < parts.length; i += 2) out.push({ heading: (parts[i] ?? '').trim(), text: parts[i + 1] ?? '' });
  return out;
}

const clean = (mdx: string) => mdxToProse(mdx).replace(/\s+/g, ' ').trim();

async function build(): Promise<BuiltIndex> {
  const { lessons, modules, scenarios, terms, guides } = await loadContent();
  const moduleTitle = new Map(modules.map((m) => [m.id, m.title]));
  const pages: SearchPage[] = [];
  const dilemmaPage = new Map<string, string>();

  for (const lesson of lessons) {
    const { data, body = '' } = lesson;
    const url = `modules/${data.module}/${data.id}/`;
    const { headings } = await render(lesson);
    const slugs = headings.filter((h) => h.depth === 2).map((h) => h.slug);
    for (const { value } of findMdxRefs(body, 'Dilemma', 'id')) dilemmaPage.set(value, url);
    pages.push({
      url,
      kind: 'les',
      title: data.title,
      titleText: data.title,
      module: moduleTitle.get(data.module) ?? '',
      sections: sections(body)
        .map(({ heading, text }, i) => ({
          anchor: i === 0 ? '' : (slugs[i - 1] ?? ''),
          heading,
          text: i === 0 ? `${data.summary} ${clean(text)}`.trim() : clean(text),
        }))
        .filter((s) => s.text || s.heading),
    });
  }

  for (const s of scenarios) {
    const page = dilemmaPage.get(s.id);
    if (!page) continue;
    pages.push({
      url: `${page}#dilemma-${s.id}`,
      kind: 'scenario',
      title: format(nl.search.scenarioTitle, { title: s.title }),
      titleText: s.title,
      module: moduleTitle.get(s.module) ?? '',
      sections: [
        {
          anchor: '',
          heading: '',
          keywords: s.steps.map((st) => st.title).join(' '),
          text: [s.summary, ...s.steps.map((st) => st.situation), ...s.discussion].join(' '),
        },
      ],
    });
  }

  for (const t of terms) {
    pages.push({
      url: `begrippen/#${t.id}`,
      kind: 'begrip',
      title: format(nl.search.termTitle, { title: t.term }),
      titleText: t.term,
      module: nl.nav.begrippen,
      sections: [{ anchor: '', heading: '', keywords: [t.term, ...t.synonyms].join(' '), text: t.definition }],
    });
  }

  for (const g of guides) {
    pages.push({
      url: `griffier/#${g.data.id}`,
      kind: 'griffier',
      title: g.data.title,
      titleText: g.data.title,
      module: nl.nav.griffier,
      sections: [{ anchor: '', heading: '', text: `${g.data.summary} ${clean(g.body ?? '')}` }],
    });
  }

  const synonyms = (await getCollection('synoniemen')).map((g) => g.data.terms);
  // The SCORM package links to a page's file (an LMS serves no folder index): modules/a/b/index.html.
  const scorm = buildTarget() === 'scorm';
  return buildIndex(scorm ? pages.map((p) => ({ ...p, url: pageFile(p.url) })) : pages, synonyms);
}

let built: Promise<BuiltIndex> | undefined;
/** The index of this build (built on first use, then shared by the three endpoints). */
export const searchIndex = () => (built ??= build());

export const json = (data: unknown) =>
  new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
