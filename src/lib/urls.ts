/**
 * Links that respect the base path, so the site works in any sub-folder of an intranet.
 * Always build internal links with url(); a bare "/modules/" would escape the base.
 */
const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** url('modules/waarom/') → '/vpt/modules/waarom/' under base /vpt/. */
export function url(path = ''): string {
  return base + path.replace(/^\/+/, '');
}

export const lessonUrl = (moduleId: string, lessonId: string) => url(`modules/${moduleId}/${lessonId}/`);
export const moduleUrl = (moduleId: string) => url(`modules/${moduleId}/`);

/** The path of the current page without the base, e.g. "modules/waarom/". */
export function pagePath(pathname: string): string {
  return pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
}
