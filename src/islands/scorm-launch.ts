/**
 * The script of the SCORM launch page (src/scorm/lms.astro, SCORM build only). The site's own pages
 * carry no SCORM code: this page holds the LMS session and follows the progress they write.
 *
 * - It finds the LMS's SCORM 1.2 `API` the standard way, through the parent and opener windows,
 *   with pipwerks (pipwerks-scorm-api-wrapper), which calls LMSInitialize once.
 * - No LMS: it goes to the start page, and the site works as the web build (localStorage only).
 * - With an LMS: it merges cmi.suspend_data into localStorage by the rules of a progress file import
 *   (src/lib/progress-file.ts: no answer lost either way), then shows the site in the frame, at the
 *   lesson in cmi.core.lesson_location.
 * - The framed pages share this page's origin: each progress change they save reaches this page as
 *   a `storage` event. The values go to the LMS at once with LMSSetValue; LMSCommit follows at
 *   most every few seconds, and always when the page goes (pagehide), with the session time and
 *   LMSFinish, once.
 */
import { SCORM, debug } from 'pipwerks-scorm-api-wrapper';
import type { Items } from '../lib/progress-file.ts';
import {
  decodeSuspendData,
  encodeSuspendData,
  lessonAt,
  lmsResult,
  mergeProgress,
  sessionTime,
  type Catalogue,
} from '../lib/scorm-data.ts';

const PREFIX = 'vr:';
const COMMIT_EVERY = 5000;
const frame = document.getElementById('vr-site') as HTMLIFrameElement;
const cat = JSON.parse(frame.dataset.catalogue!) as Catalogue;
const root = new URL('../', location.href);

/** The progress items in localStorage (the format of src/stores/progress.ts). */
function stored(): Items {
  const out: Items = {};
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (!k?.startsWith(PREFIX)) continue;
      try {
        out[k.slice(PREFIX.length)] = JSON.parse(localStorage.getItem(k)!);
      } catch {
        // An unreadable value: the site reports it; it is not sent.
      }
    }
  } catch {
    // Storage blocked: nothing to read.
  }
  return out;
}

debug.isActive = false;
SCORM.version = '1.2';

/** LMSInitialize through pipwerks; false without an LMS (or when a window on the way is another site's). */
function connect(): boolean {
  try {
    return SCORM.init();
  } catch {
    return false;
  }
}

if (!connect()) location.replace(new URL('index.html', root).href);
else {
  const started = Date.now();
  const before = stored();
  const fromLms = decodeSuspendData(SCORM.get('cmi.suspend_data') || '', cat);
  const merged = mergeProgress(before, fromLms);
  try {
    for (const [k, v] of Object.entries(merged)) {
      const text = JSON.stringify(v);
      if (text !== JSON.stringify(before[k])) localStorage.setItem(PREFIX + k, text);
    }
  } catch {
    // Storage blocked or full: the site keeps this visit in memory, as in the web build.
  }

  const mastery = parseFloat(SCORM.get('cmi.student_data.mastery_score'));
  const wasDone = ['completed', 'passed'].includes(SCORM.get('cmi.core.lesson_status'));
  const place = lessonAt(SCORM.get('cmi.core.lesson_location'), cat);
  // Pages as files (index.html), as every link in the package: an LMS serves no folder index.
  frame.src = new URL(place ? `modules/${place[1]}/${place[0]}/index.html` : 'index.html', root).href;
  frame.hidden = false;

  const sent: Record<string, string> = {};
  const set = (k: string, v: string) => {
    if (sent[k] !== v && SCORM.set(k, v)) sent[k] = v;
  };
  /** Sends what changed since the last time. */
  const report = () => {
    const items = stored();
    const { status, score } = lmsResult(items, cat, Number.isFinite(mastery) ? mastery : undefined);
    set('cmi.suspend_data', encodeSuspendData(items, cat));
    const les = (items.plek as { les?: string } | undefined)?.les;
    if (les && lessonAt(les, cat)) set('cmi.core.lesson_location', les);
    // A course the LMS already has as completed is not set back, whatever this browser holds.
    if (!(wasDone && status === 'incomplete')) set('cmi.core.lesson_status', status);
    if (score !== undefined) {
      set('cmi.core.score.min', '0');
      set('cmi.core.score.max', '100');
      set('cmi.core.score.raw', String(score));
    }
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  addEventListener('storage', (e) => {
    if (e.key !== null && !e.key.startsWith(PREFIX)) return;
    report();
    timer ??= setTimeout(() => {
      timer = undefined;
      SCORM.save();
    }, COMMIT_EVERY);
  });
  frame.addEventListener('load', () => {
    const doc = frame.contentDocument;
    if (!doc) return;
    // Only in a learning platform: the notes on what stays in this browser (open answers, privacy).
    for (const el of doc.querySelectorAll<HTMLElement>('[data-lms-note]')) el.hidden = false;
    // A link to another site opens in a new tab: in the frame it could be refused, and in the
    // whole window it would end the course.
    doc.addEventListener('click', (e) => {
      const a = (e.target as Element).closest?.('a[href]') as HTMLAnchorElement | null;
      if (a && a.origin !== location.origin) {
        a.target = '_blank';
        a.rel = 'noopener';
      }
    });
  });
  report();
  SCORM.save();

  let finished = false;
  addEventListener('pagehide', () => {
    if (finished) return;
    finished = true;
    clearTimeout(timer);
    report();
    set('cmi.core.session_time', sessionTime(Date.now() - started));
    SCORM.quit();
  });
}
