/**
 * Small custom elements that show and keep the reader's progress (src/stores/progress.ts).
 * Plain DOM, no Preact: they run on every page, so they must stay small. Each one is empty and
 * hidden in the HTML; without JavaScript there is no progress to show, and the page still reads.
 * Each takes its words from its `data-strings` attribute (src/islands/keys.ts): less JavaScript on every page.
 *
 * <vr-lesson-progress>  on a lesson: remembers it was opened (and the last place), "Les klaar" toggle
 * <vr-done-count>       "2 van 4 lessen klaar" for a list of lesson ids
 * <vr-lesson-badge>     "klaar" after a lesson link
 * <vr-resume>           "Verder waar je was" on the home page: the next lesson to do
 * <vr-storage-notice>   says so when progress cannot be saved or a saved value was unreadable
 */
import { listenKeys } from 'nanostores';
import {
  completeLesson,
  corrupted,
  isLessonDone as done,
  openLesson,
  progress,
  progressKeys,
  storageStatus,
  type PlaceState,
} from '../stores/progress.ts';
import type { Plural } from '../i18n/format.ts';
import type { DoneCountStrings, LessonBadgeStrings, LessonProgressStrings, StorageNoticeStrings } from './keys.ts';

const ids = (el: HTMLElement) => (el.dataset.lessons ?? '').split(' ').filter(Boolean);

// readStrings() and plural() of src/i18n/format.ts, cut down and inlined: these elements run on
// every page, and sharing that module with the islands would load it there as a chunk of its own.
const readStrings = <T>(el: HTMLElement) => JSON.parse(el.dataset.strings!) as T;
/** The plural form for `n` with {n} filled in, and {done} if given. */
const plural = (forms: Plural, n: number, done?: number) =>
  (n === 1 ? forms.one : forms.other).replace('{n}', String(n)).replace('{done}', String(done));

/** Runs `draw` now and whenever one of `keys` changes; stops when the element leaves the page. */
function watch(el: HTMLElement & { stop?: () => void }, keys: string[], draw: () => void) {
  draw();
  el.stop = keys.length ? listenKeys(progress, keys, draw) : progress.listen(draw);
}

class LessonProgress extends HTMLElement {
  stop?: () => void;
  connectedCallback() {
    const id = this.dataset.lesson!;
    const t = readStrings<LessonProgressStrings>(this);
    openLesson(id, this.dataset.module!);
    const button = this.querySelector('button')!;
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    button.addEventListener('click', () => {
      const now = !done(id);
      completeLesson(id, now);
      status.textContent = now ? t['progress.nowDone'] : t['progress.nowNotDone'];
    });
    watch(this, [progressKeys.lesson(id)], () => {
      const isDone = done(id);
      button.setAttribute('aria-pressed', String(isDone));
      button.textContent = isDone ? t['progress.done'] : t['progress.markDone'];
    });
    this.hidden = false;
  }
  disconnectedCallback() {
    this.stop?.();
  }
}

class DoneCount extends HTMLElement {
  stop?: () => void;
  connectedCallback() {
    const list = ids(this);
    const t = readStrings<DoneCountStrings>(this);
    watch(this, list.map(progressKeys.lesson), () => {
      const n = list.filter(done).length;
      this.textContent = plural(t['progress.count'], list.length, n);
      this.dataset.done = String(n);
      this.hidden = false;
    });
  }
  disconnectedCallback() {
    this.stop?.();
  }
}

class LessonBadge extends HTMLElement {
  stop?: () => void;
  connectedCallback() {
    const id = this.dataset.lesson!;
    const t = readStrings<LessonBadgeStrings>(this);
    watch(this, [progressKeys.lesson(id)], () => {
      this.hidden = !done(id);
      this.textContent = this.hidden ? '' : t['progress.badge'];
    });
  }
  disconnectedCallback() {
    this.stop?.();
  }
}

class Resume extends HTMLElement {
  connectedCallback() {
    // The links are all lessons in course order. Show the one to do next: the last lesson read if
    // it is not done yet, else the first unfinished one after it (and then from the start).
    const place = progress.get().plek as PlaceState | undefined;
    const links = [...this.querySelectorAll<HTMLAnchorElement>('a[data-lesson]')];
    const at = links.findIndex((a) => a.dataset.lesson === place?.les);
    if (at < 0) return; // nothing read yet, or that lesson no longer exists
    const next = [...links.slice(at), ...links.slice(0, at)].find((a) => !done(a.dataset.lesson!));
    if (!next) return; // every lesson is done
    for (const other of links) if (other !== next) other.closest('li')?.remove();
    this.hidden = false;
  }
}

class StorageNotice extends HTMLElement {
  connectedCallback() {
    const text = this.querySelector<HTMLElement>('[data-text]')!;
    const t = readStrings<StorageNoticeStrings>(this);
    const draw = () => {
      const n = corrupted.get().length;
      const parts = [
        storageStatus.get() === 'geheugen' && t['storage.memory'],
        n && t['storage.broken'].replace('{n}', plural(t['storage.items'], n)),
      ].filter(Boolean);
      text.textContent = parts.join(' ');
      this.hidden = !parts.length;
    };
    draw();
    storageStatus.listen(draw);
    corrupted.listen(draw);
  }
}

customElements.define('vr-lesson-progress', LessonProgress);
customElements.define('vr-done-count', DoneCount);
customElements.define('vr-lesson-badge', LessonBadge);
customElements.define('vr-resume', Resume);
customElements.define('vr-storage-notice', StorageNotice);
