/**
 * Offline use (issue 16): what a build emits for the service worker and the web app manifest, as
 * pure functions the integration (src/integrations/offline.ts), the layout and the tests share.
 * - The web build with `offline: true` (the default) precaches the whole site with Workbox and
 *   registers the worker on every page but the projector view.
 * - The web build with `offline: false` registers nothing and ships a worker that removes itself
 *   and its caches, so switching it off also reaches readers who had the old worker.
 * - The SCORM package runs inside someone else's site: no worker, no registration, no manifest.
 */
import type { Target } from './target.ts';

export interface OfflinePlan {
  /** sw.js: the Workbox precache worker, the worker that removes itself, or no file at all. */
  worker: 'precache' | 'unregister' | 'none';
  /** Pages register sw.js and can show the update notice. */
  register: boolean;
  /** manifest.webmanifest is written and linked, so a tablet can put the site on its home screen. */
  manifest: boolean;
}

export function offlinePlan(target: Target, settings: { offline: boolean }): OfflinePlan {
  if (target === 'scorm') return { worker: 'none', register: false, manifest: false };
  return settings.offline
    ? { worker: 'precache', register: true, manifest: true }
    : { worker: 'unregister', register: false, manifest: true };
}

/** The file name of the worker, in the base folder: its scope is then the base path. */
export const WORKER_FILE = 'sw.js';
export const MANIFEST_FILE = 'manifest.webmanifest';
/** Workbox's cache-name prefix. Workbox appends the scope, so two sites on one host never share a cache. */
export const CACHE_ID = 'veilig-raadswerk';

/**
 * What the precache holds, relative to the build folder: the pages, scripts, styles, fonts, images,
 * the search index and its parts, and the manifest. Not the .br and .gz copies (the browser gets
 * those compressed over the wire anyway), not robots.txt, not sw.js itself.
 */
export const PRECACHE_GLOBS = ['**/*.{html,js,css,woff2,json,svg,png,webmanifest}'];
export const PRECACHE_IGNORES = ['**/*.br', '**/*.gz', WORKER_FILE];

/**
 * The worker that `offline: false` ships in place of the precache worker. A browser that had the
 * old worker fetches sw.js again at its next page (sw.js is never cached: src/hosting/), gets this
 * one, and it deletes this site's caches (only those of its own scope) and unregisters itself. It
 * handles no request, so pages come from the server from the next page on. It never reloads a page.
 */
export const UNREGISTER_WORKER = `// Veilig Raadswerk: offline gebruik staat uit (offline: false in gemeente.yaml).
// Deze worker ruimt de offline kopie van deze site op en meldt zichzelf af.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const scope = self.registration.scope;
      for (const name of await caches.keys()) if (name.endsWith(scope)) await caches.delete(name);
      await self.registration.unregister();
    })(),
  );
});
`;

/** The custom properties in a token CSS file, name → raw value (the last one wins, as in CSS). */
export function cssTokens(css: string): Map<string, string> {
  const tokens = new Map<string, string>();
  for (const m of css.matchAll(/(--[\w-]+)\s*:\s*([^;}]+)/g)) tokens.set(m[1]!, m[2]!.trim());
  return tokens;
}

/** A token's value with every var() resolved; undefined when it leads nowhere. */
export function resolveToken(tokens: Map<string, string>, name: string, depth = 0): string | undefined {
  const value = tokens.get(name);
  if (value === undefined || depth > 20) return undefined;
  const m = /^var\(\s*(--[\w-]+)\s*(?:,\s*(.+))?\)$/.exec(value);
  if (!m) return value;
  return resolveToken(tokens, m[1]!, depth + 1) ?? m[2]?.trim();
}

/** The tokens the manifest takes its colours from: the primary button's colour and the page's background. */
export const THEME_TOKEN = '--basis-color-action-1-inverse-bg-default';
export const BACKGROUND_TOKEN = '--basis-color-default-bg-document';

export interface ManifestInput {
  name: string;
  shortName: string;
  description: string;
  /** The base path, e.g. "/" or "/vpt/". */
  base: string;
  themeColor?: string;
  backgroundColor?: string;
  /** File names in public/ (favicon.svg, icon-192.png, icon-512.png, …). */
  icons: string[];
}

/** Icons in public/ the manifest lists: favicon.svg (any size) and icon-<size>.png files. */
export function manifestIcons(files: string[]) {
  return files
    .flatMap((f) => {
      if (f === 'favicon.svg') return [{ src: f, sizes: 'any', type: 'image/svg+xml' }];
      const m = /^icon-(\d+)\.png$/.exec(f);
      return m ? [{ src: f, sizes: `${m[1]}x${m[1]}`, type: 'image/png' }] : [];
    })
    .sort((a, b) => a.src.localeCompare(b.src));
}

/** The web app manifest; its URLs are relative to the manifest itself, so any base path works. */
export function webManifest(input: ManifestInput) {
  return {
    name: input.name,
    short_name: input.shortName,
    description: input.description,
    lang: 'nl',
    dir: 'ltr',
    id: input.base,
    start_url: './',
    scope: './',
    display: 'standalone',
    ...(input.themeColor ? { theme_color: input.themeColor } : {}),
    ...(input.backgroundColor ? { background_color: input.backgroundColor } : {}),
    icons: manifestIcons(input.icons),
  };
}
