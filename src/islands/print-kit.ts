/**
 * <vr-print-kit>: narrows the general print kit to the plan in the link (#plan=…): the agenda,
 * the griffier's notes, and only the dilemmas of the plan. No plan: the kit keeps every dilemma.
 */
import { format, readStrings } from '../i18n/format.ts';
import type { PrintKitStrings } from './keys.ts';
import {
  clock,
  decodePlan,
  planFromHash,
  startTimes,
  totalMinutes,
  type Plan,
  type Refusal,
} from '../lib/session-plan.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, ...children: (Node | string)[]) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  e.append(...children);
  return e;
}

/** The same table as src/components/Agenda.astro, for a plan known only in the browser. */
function agenda(plan: Plan, t: PrintKitStrings): HTMLElement {
  const g = t['session.agenda'];
  const minutes = (n: number) => format(t['session.minutes'], { n });
  const starts = startTimes(plan);
  const cell = (text: string, header = false) => {
    const c = el(header ? 'th' : 'td', header ? 'utrecht-table__header-cell' : 'utrecht-table__cell', text);
    if (header) c.setAttribute('scope', 'col');
    return c;
  };
  const head = el(
    'tr',
    'utrecht-table__row',
    cell(g.time, true),
    cell(g.part, true),
    cell(g.kind, true),
    cell(g.length, true),
  );
  const rows = plan.parts.map((p, i) => {
    const name = el('th', 'utrecht-table__header-cell', p.title);
    name.setAttribute('scope', 'row');
    if (p.question) name.append(el('br', ''), el('span', 'vr-agenda__q', p.question));
    return el(
      'tr',
      'utrecht-table__row',
      cell(clock(starts[i] ?? 0)),
      name,
      cell(t['session.kinds'][p.kind]),
      cell(minutes(p.minutes)),
    );
  });
  const total = el('th', 'utrecht-table__header-cell', g.total);
  total.setAttribute('scope', 'row');
  total.colSpan = 3;
  const table = el(
    'table',
    'utrecht-table vr-agenda',
    el('caption', 'utrecht-table__caption', plan.title),
    el('thead', 'utrecht-table__header', head),
    el('tbody', 'utrecht-table__body', ...rows),
    el('tfoot', 'utrecht-table__footer', el('tr', 'utrecht-table__row', total, cell(minutes(totalMinutes(plan))))),
  );
  return el('div', 'vr-table-wrap', table);
}

class PrintKitElement extends HTMLElement {
  connectedCallback() {
    // A new link pasted into this open page changes only the hash: reload so that it is read.
    addEventListener('hashchange', () => location.reload());
    const t = readStrings<keyof PrintKitStrings>(this);
    const value = planFromHash(location.hash);
    if (!value) return;
    const ids = (name: string) => new Set((this.dataset[name] ?? '').split(' '));
    const r = decodePlan(value, { modules: ids('modules'), scenarios: ids('scenarios') });
    if (!r.ok) {
      const box = this.querySelector<HTMLElement>('[data-error]')!;
      const say = (x: Refusal) => format(t['session.refused'][x.code], x.values);
      box.append(
        el('p', 'utrecht-paragraph', `${t['session.badLink']}. ${say(r.error)}`),
        ...r.details.map((d) => el('p', 'utrecht-paragraph', say(d))),
      );
      box.hidden = false;
      return;
    }
    const { plan } = r;
    this.querySelector('[data-agenda]')?.replaceChildren(agenda(plan, t));
    const used = new Set(plan.parts.filter((p) => p.kind === 'dilemma').map((p) => p.ref));
    for (const card of this.querySelectorAll<HTMLElement>('[data-scenario]'))
      card.hidden = !used.has(card.dataset.scenario);
    const withNotes = plan.parts.filter((p) => p.notes);
    if (withNotes.length) {
      const list = el(
        'ol',
        'utrecht-ordered-list',
        ...withNotes.map((p) => el('li', 'utrecht-ordered-list__item', el('strong', '', `${p.title}:`), ` ${p.notes}`)),
      );
      this.querySelector('[data-plan-notes]')?.replaceChildren(
        el('h3', 'utrecht-heading-3', t['session.planNotesHeading']),
        list,
      );
    }
    document.title = `${t['session.printKit']}: ${plan.title} | ${document.title.split(' | ').slice(1).join(' | ')}`;
  }
}

customElements.define('vr-print-kit', PrintKitElement);
