/**
 * <vr-my-progress>: download, import (merge or replace) and reset of the reader's progress.
 * A refused file changes nothing and says why; unknown ids are kept and reported.
 */
import { combine, exportProgress, parseProgressFile } from '../lib/progress-file.ts';
import { allItems, replaceAll } from '../stores/progress.ts';

class MyProgress extends HTMLElement {
  connectedCallback() {
    const message = this.querySelector<HTMLElement>('[data-message]')!;
    const say = (text: string, kind: 'ok' | 'fout') => {
      message.textContent = text;
      message.dataset.kind = kind;
    };
    document.querySelector<HTMLElement>('[data-nojs]')?.setAttribute('hidden', '');

    this.querySelector('[data-export]')!.addEventListener('click', () => {
      const blob = new Blob([exportProgress(allItems())], { type: 'application/json' });
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = `voortgang-veilig-raadswerk-${new Date().toISOString().slice(0, 10)}.json`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 1000);
      say('Je voortgang is gedownload.', 'ok');
    });

    const form = this.querySelector<HTMLFormElement>('[data-import]')!;
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const file = form.querySelector<HTMLInputElement>('input[type=file]')!.files?.[0];
      if (!file) return say('Kies eerst een bestand.', 'fout');
      const known = new Set((this.dataset.known ?? '').split(' '));
      const result = parseProgressFile(await file.text(), known);
      if (!result.ok) return say(`${result.error} Je voortgang is niet veranderd.`, 'fout');
      const mode = (form.querySelector<HTMLInputElement>('input[name=manier]:checked')?.value ?? 'merge') as 'merge' | 'replace';
      replaceAll(combine(allItems(), result.items, mode));
      const parts = [mode === 'merge' ? 'Je voortgang is samengevoegd.' : 'Je voortgang is vervangen.'];
      if (result.migratedFrom) parts.push(`Het bestand kwam van versie ${result.migratedFrom} en is omgezet.`);
      if (result.unknown.length) {
        parts.push(`${result.unknown.length} onderdelen bestaan hier (nog) niet; ze zijn bewaard maar worden niet getoond: ${result.unknown.join(', ')}.`);
      }
      say(parts.join(' '), 'ok');
    });

    const dialog = this.querySelector('dialog')!;
    this.querySelector('[data-reset]')!.addEventListener('click', () => dialog.showModal());
    dialog.addEventListener('close', () => {
      if (dialog.returnValue !== 'wis') return;
      replaceAll({});
      say('Je voortgang is gewist.', 'ok');
    });
    this.hidden = false;
  }
}

customElements.define('vr-my-progress', MyProgress);
