/**
 * Offline use (issue 16). After the build, before precompress (which must stay last):
 * - sw.js: Workbox's generateSW (workbox-build) over the build folder, precaching every page, script,
 *   style, font, image and the search index with a revision hash (hashed _astro/ files by their name);
 *   or, with `offline: false`, the worker that removes itself (src/lib/offline.ts);
 * - manifest.webmanifest: name from gemeente.yaml, icons from public/, colours from the theme tokens.
 * It also tells the registration script (src/components/Offline.astro) whether to register at all
 * (__VR_OFFLINE__), so the SCORM package and `offline: false` carry no registration code.
 * What a build emits is decided by offlinePlan() (src/lib/offline.ts).
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';
import {
  BACKGROUND_TOKEN,
  CACHE_ID,
  MANIFEST_FILE,
  PRECACHE_GLOBS,
  PRECACHE_IGNORES,
  THEME_TOKEN,
  UNREGISTER_WORKER,
  WORKER_FILE,
  cssTokens,
  offlinePlan,
  resolveToken,
  webManifest,
  type OfflinePlan,
} from '../lib/offline.ts';
import { buildTarget } from '../lib/target.ts';
import { loadSettings } from '../load/content-fs.ts';
import { themeSpecifier } from './settings.ts';

/** Which files the precache lists and how each gets its revision (also for workbox-build's getManifest). */
export function precacheOptions(dir: string) {
  return {
    globDirectory: dir,
    globPatterns: PRECACHE_GLOBS,
    globIgnores: PRECACHE_IGNORES,
    // Files in _astro/ carry their hash in the name: that is their revision. Others get an MD5 of their bytes.
    dontCacheBustURLsMatching: /^_astro\//,
    // The largest file is a part of the search index, far below this; Workbox's default is 2 MB.
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  };
}

/**
 * Writes the worker for `plan` into the build folder `dir`. Returns what the precache holds
 * (files and bytes), or null when there is no precache. tests/e2e/offline.spec.ts also writes the
 * worker of `offline: false` with it.
 */
export async function writeWorker(dir: string, plan: Pick<OfflinePlan, 'worker'>) {
  const file = join(dir, WORKER_FILE);
  if (plan.worker === 'none') {
    await rm(file, { force: true });
    return null;
  }
  if (plan.worker === 'unregister') {
    await writeFile(file, UNREGISTER_WORKER);
    return null;
  }
  const { count, size, warnings } = await generateSW({
    ...precacheOptions(dir),
    swDest: file,
    mode: 'production',
    // One file, no import from elsewhere: the worker makes no request beyond the precache.
    inlineWorkboxRuntime: true,
    sourcemap: false,
    cacheId: CACHE_ID,
    // A waiting version takes over only when the reader presses the button of the update notice.
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // "modules/" is modules/index.html; "zoeken/?q=…" is the results page whatever the question.
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/.*/],
  });
  if (warnings.length) throw new Error(`workbox-build: ${warnings.join('; ')}`);
  return { count, size };
}

/** The manifest's colours from the theme's token CSS; none when the file cannot be read. */
function themeColours(css: string | undefined) {
  try {
    const spec = themeSpecifier(css);
    const path = /^[./]/.test(spec) ? spec : createRequire(resolve('package.json')).resolve(spec);
    const tokens = cssTokens(readFileSync(path, 'utf8'));
    return { themeColor: resolveToken(tokens, THEME_TOKEN), backgroundColor: resolveToken(tokens, BACKGROUND_TOKEN) };
  } catch {
    return {};
  }
}

/** The manifest's words, from the dictionary (astro.config.mjs hands them over: integrations do not import i18n). */
export interface OfflineText {
  siteName: string;
  description: string;
}

export function offline(contentDir: string, text: OfflineText): AstroIntegration {
  const { settings } = loadSettings(contentDir);
  // A broken settings file is reported by the settings integration; here it only means "default".
  const plan = offlinePlan(buildTarget(), { offline: settings?.offline ?? true });
  let base = '/';
  return {
    name: 'veilig-raadswerk:offline',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { define: { __VR_OFFLINE__: JSON.stringify(plan.register) } } });
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        if (plan.manifest && settings) {
          const publicDir = resolve('public');
          const manifest = webManifest({
            name: `${text.siteName} · ${settings.naam}`,
            shortName: text.siteName,
            description: text.description,
            base,
            ...themeColours(settings.thema.css),
            icons: existsSync(publicDir) ? readdirSync(publicDir) : [],
          });
          await writeFile(join(out, MANIFEST_FILE), JSON.stringify(manifest, null, 2));
        }
        const precache = await writeWorker(out, plan);
        if (precache)
          logger.info(`${WORKER_FILE}: ${precache.count} files precached (${(precache.size / 1024).toFixed(0)} KB)`);
        else
          logger.info(plan.worker === 'unregister' ? `${WORKER_FILE}: removes itself (offline: false)` : 'no worker');
      },
    },
  };
}
