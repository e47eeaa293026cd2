/**
 * Which package this build makes, from the environment variable BUILD_TARGET:
 * - `web` (the default): the site for a web server or intranet;
 * - `scorm`: the SCORM 1.2 package for a learning platform (LMS). It runs inside someone else's
 *   site, so it registers no service worker and only uses relative URLs.
 * Read at build time only (Astro pages, integrations, scripts), never in the browser.
 */
export type Target = 'web' | 'scorm';

export function buildTarget(env: Record<string, string | undefined> = process.env): Target {
  const value = env.BUILD_TARGET ?? 'web';
  if (value === 'web' || value === 'scorm') return value;
  throw new Error(`BUILD_TARGET must be "web" or "scorm", not "${value}".`);
}

/**
 * The page a learning platform opens (the SCO's href in imsmanifest.xml), relative to the root of
 * the SCORM package. It holds the LMS session and shows the site in a full-size frame.
 */
export const scormLaunch = 'lms/index.html';

/**
 * The base path the SCORM build is made with: a marker no real path contains. After the build,
 * src/integrations/relative-urls.ts turns every URL that starts with it into a URL relative to the
 * file it is in, so the package runs from any path an LMS serves it at.
 */
export const scormBase = '/__vr-scorm-root__/';

/**
 * A link to a page as a link to its file: "modules/waarom/" → "modules/waarom/index.html",
 * "begrippen/#melden" → "begrippen/index.html#melden", "" → "index.html". A learning platform serves
 * files, not folders: Moodle's pluginfile.php has no index page for a folder. Other links stay.
 */
export const pageFile = (url: string): string => url.replace(/(^|\/)([#?].*)?$/, '$1index.html$2');
