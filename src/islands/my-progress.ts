/**
 * <vr-my-progress>: download, import (merge or replace) and reset of the reader's progress.
 * A refused file changes nothing and says why; unknown ids are kept and reported. Focus never
 * drops to <body>: a refusal takes it to the message, the dialog gives it back to its button.
 */
import { combine, exportProgress, parseProgressFile, sizeProblem } from '../lib/progress-file.ts';
import { allItems, replaceAll } from '../stores/progress.ts';
import type { MyProgressStrings } from './keys.ts';
import { fill, refusalText } from './progress-words.ts';

class MyProgress extends HTMLElement {
  connectedCallback() {
    const t = JSON.parse(this.dataset.strings!) as MyProgressStrings;
    const message = this.querySelector<HTMLElement>('[data-message]')!;
    const say = (text: string, kind: 'ok' | 'fout') => {
      // Emptied first, so the same message said twice is announced (and seen) again.
      message.textContent = '';
      message.dataset.kind = kind;
      requestAnimationFrame(() => {
        message.textContent = text;
        if (kind === 'fout') message.focus();
      });
    };
    document.querySelector<HTMLElement>('[data-nojs]')?.setAttribute('hidden', '');

    this.querySelector('[data-export]')!.addEventListener('click', () => {
      const blob = new Blob([exportProgress(allItems())], { type: 'application/json' });
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = `voortgang-veilig-raadswerk-${new Date().toISOString().slice(0, 10)}.json`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 1000);
      say(t['myProgress.downloaded'], 'ok');
    });

    const form = this.querySelector<HTMLFormElement>('[data-import]')!;
    // Our own message instead of the browser's bubble, which does not say the same everywhere.
    form.noValidate = true;
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const file = form.querySelector<HTMLInputElement>('input[type=file]')!.files?.[0];
      if (!file) return say(t['myProgress.noFile'], 'fout');
      // The file's own size: reading a 50 MB file only to refuse it would hang a phone.
      const tooBig = sizeProblem(file.size);
      if (tooBig) return say(`${refusalText(tooBig, t)} ${t['myProgress.unchanged']}`, 'fout');
      const known = new Set((this.dataset.known ?? '').split(' '));
      const result = parseProgressFile(await file.text(), known, file.size);
      if (!result.ok) return say(`${refusalText(result.error, t)} ${t['myProgress.unchanged']}`, 'fout');
      const mode = (form.querySelector<HTMLInputElement>('input[name=manier]:checked')?.value ?? 'merge') as
        'merge' | 'replace';
      replaceAll(combine(allItems(), result.items, mode));
      const parts: string[] = [mode === 'merge' ? t['myProgress.merged'] : t['myProgress.replaced']];
      if (result.migratedFrom) parts.push(fill(t['myProgress.migrated'], { v: result.migratedFrom }));
      if (result.unknown.length)
        parts.push(fill(t['myProgress.unknown'], { n: result.unknown.length, ids: result.unknown.join(', ') }));
      say(parts.join(' '), 'ok');
    });

    const dialog = this.querySelector('dialog')!;
    const reset = this.querySelector<HTMLButtonElement>('[data-reset]')!;
    reset.addEventListener('click', () => dialog.showModal());
    dialog.addEventListener('close', () => {
      // The dialog hands focus back to its opener; make sure, whichever way it closed.
      if (document.activeElement === document.body || !document.activeElement) reset.focus();
      if (dialog.returnValue !== 'wis') return;
      replaceAll({});
      say(t['myProgress.wiped'], 'ok');
    });
    this.hidden = false;
  }
}

customElements.define('vr-my-progress', MyProgress);
