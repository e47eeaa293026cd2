/** Build-time data for the griffier pages: the catalogs, the ready plans and the tool addresses. */
import { loadContent } from './content.ts';
import { sessionToPlan } from '../lib/session-plan.ts';
import { facilitatorNotes, projectorCatalog } from '../lib/slides.ts';
import { url } from '../lib/urls.ts';

export const griffierUrls = {
  home: url('griffier/'),
  plans: url('griffier/#plannen'),
  builder: url('griffier/bouwer/'),
  control: url('griffier/regie/'),
  projector: url('griffier/presenteren/'),
  agreements: url('griffier/afspraken/'),
  printset: url('griffier/printset/'),
  help: url('hulp/'),
  plan: (id: string) => url(`griffier/sessies/${id}/`),
  planPrintset: (id: string) => url(`griffier/sessies/${id}/printset/`),
};

/** The links the projector and control views get as a prop: strings only, so they serialise. */
export const sessionUrls = {
  builder: griffierUrls.builder,
  plans: griffierUrls.plans,
  control: griffierUrls.control,
  projector: griffierUrls.projector,
  help: griffierUrls.help,
  agreements: griffierUrls.agreements,
};

export async function griffierData() {
  const content = await loadContent();
  return {
    ...content,
    catalog: projectorCatalog(content.modules, content.scenarios),
    readyPlans: content.sessions.map((s) => ({ id: s.id, title: s.title, summary: s.summary, plan: sessionToPlan(s) })),
  };
}

/** Only for the control view and the answer key: never pass this to the projector page. */
export async function griffierNotes() {
  const { scenarios } = await loadContent();
  return facilitatorNotes(scenarios);
}
