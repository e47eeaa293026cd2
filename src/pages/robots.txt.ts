/**
 * robots.txt from the setting `zoekmachines` (content/gemeente.yaml): closed to search engines by
 * default (an intranet), open when a public host sets it to true. In a sub-folder (BASE_PATH) it
 * lands at /vpt/robots.txt, where crawlers do not look: the host's own robots.txt decides there.
 */
import type { APIRoute } from 'astro';
import { loadContent } from '../load/content.ts';
import { robotsTxt } from '../lib/robots.ts';
import { nl } from '../i18n/nl.ts';

export const GET: APIRoute = async () => {
  const { settings } = await loadContent();
  const open = settings.zoekmachines;
  return new Response(robotsTxt(open, open ? nl.robots.open : nl.robots.closed), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
