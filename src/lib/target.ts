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
