/**
 * An Astro integration that checks the content before `astro build` reads it: every schema and
 * cross-check error in the same "file:line: veld …" form as `npm run lint:content`, so a build names
 * the line in the file for every kind of error (Astro's own schema messages name no line).
 * src/load/content.ts runs the cross-checks again on what Astro loaded.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { checkContent, formatError } from '../lib/checks.ts';
import { loadContentDir } from '../load/content-fs.ts';

export function contentCheck(contentDir: string): AstroIntegration {
  return {
    name: 'veilig-raadswerk:content-check',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        const { set, errors } = loadContentDir(contentDir);
        const all = [...errors, ...checkContent(set)];
        if (!all.length) return;
        throw new AstroError(
          `De inhoud heeft ${all.length === 1 ? 'een fout' : `${all.length} fouten`}:\n${all.map((e) => `  - ${formatError(e)}`).join('\n')}`,
          'Herstel het genoemde veld op de genoemde regel. README.md, "Wat de build controleert", legt elke controle uit.',
        );
      },
    },
  };
}
