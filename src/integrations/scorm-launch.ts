/**
 * The launch page of the SCORM package, lms/index.html (src/scorm/lms.astro): added to the SCORM
 * build only, so the web build stays as it was. The LMS opens it; it holds the one connection to
 * the LMS and shows the site in a frame (src/islands/scorm-launch.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildTarget } from '../lib/target.ts';

export const scormLaunch: AstroIntegration = {
  name: 'vr-scorm-launch',
  hooks: {
    'astro:config:setup': ({ injectRoute }) => {
      if (buildTarget() !== 'scorm') return;
      injectRoute({
        pattern: '/lms',
        entrypoint: fileURLToPath(new URL('../scorm/lms.astro', import.meta.url)),
        prerender: true,
      });
    },
  },
};
