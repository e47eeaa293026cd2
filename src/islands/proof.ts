/**
 * <vr-proof>: shows the proof of participation once every lesson is done in this browser, with
 * the name the reader types (kept locally as "naam") and today's date; print prints only the proof.
 */
import { formatDate } from '../i18n/dates.ts';
import { isLessonDone as done, progress, setName } from '../stores/progress.ts';

class Proof extends HTMLElement {
  connectedCallback() {
    document.querySelector('[data-nojs]')?.setAttribute('hidden', '');
    const all = (this.dataset.lessons ?? '').split(' ').filter(Boolean);
    const ready = all.length > 0 && all.every(done);
    this.querySelector<HTMLElement>(ready ? '[data-ready]' : '[data-missing]')!.hidden = false;
    for (const li of this.querySelectorAll<HTMLElement>('[data-module-todo]')) {
      li.hidden = (li.dataset.lessons ?? '').split(' ').filter(Boolean).every(done);
    }
    const input = this.querySelector<HTMLInputElement>('#bewijs-naam')!;
    const name = this.querySelector<HTMLElement>('[data-name]')!;
    const saved = progress.get().naam;
    input.value = typeof saved === 'string' ? saved : '';
    name.textContent = input.value || '…';
    input.addEventListener('input', () => {
      setName(input.value.trim());
      name.textContent = input.value.trim() || '…';
    });
    this.querySelector<HTMLElement>('[data-date]')!.textContent = formatDate(new Date());
    this.querySelector('[data-print]')!.addEventListener('click', () => window.print());
    this.hidden = false;
  }
}

customElements.define('vr-proof', Proof);
