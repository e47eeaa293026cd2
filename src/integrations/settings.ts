/**
 * Reads content/gemeente.yaml once, through its schema, before Astro builds or serves anything,
 * and points the "vr-theme" alias (imported by src/styles/theme.css) at the municipality's token
 * CSS. A broken settings file stops `astro build` and `astro dev` with file, line and field.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { resolve } from 'node:path';
import { formatError } from '../lib/checks.ts';
import { loadSettings } from '../load/content-fs.ts';

/** The voorbeeld theme of NL Design System, used when the settings name no css of their own. */
const defaultTheme = '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';

/** The theme's token CSS: a path from the project folder (starts with . or /) or an npm package path. */
export function themeSpecifier(css: string | undefined): string {
  return css ? (/^[./]/.test(css) ? resolve(css) : css) : defaultTheme;
}

export function settings(contentDir: string): AstroIntegration {
  return {
    name: 'veilig-raadswerk:settings',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        const { settings, errors } = loadSettings(contentDir);
        if (!settings) {
          throw new AstroError(
            `Het instellingenbestand heeft ${errors.length === 1 ? 'een fout' : `${errors.length} fouten`}:\n${errors.map((e) => `  - ${formatError(e)}`).join('\n')}`,
            'Herstel het genoemde veld in content/gemeente.yaml. De velden staan met uitleg in src/lib/schemas.ts (settingsSchema).',
          );
        }
        const theme = themeSpecifier(settings.thema.css);
        updateConfig({ vite: { resolve: { alias: { 'vr-theme': theme } } } });
      },
    },
  };
}
