/**
 * The keys of the reader's progress items (src/stores/progress.ts; in localStorage after the "vr:"
 * prefix): the kind, a colon and the stable id from the content.
 *   les:<id>  vraag:<id>  scenario:<id>  reflectie:<id>
 * Built here only, so the store, the progress elements on the page and the progress page's list of
 * known items (for an import) always agree.
 */
export type ProgressKind = 'les' | 'vraag' | 'scenario' | 'reflectie';

const progressKey = (kind: ProgressKind, id: string) => `${kind}:${id}`;

export const progressKeys = {
  lesson: (id: string) => progressKey('les', id),
  question: (id: string) => progressKey('vraag', id),
  scenario: (id: string) => progressKey('scenario', id),
  reflection: (id: string) => progressKey('reflectie', id),
};
