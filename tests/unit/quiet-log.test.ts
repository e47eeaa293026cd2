/**
 * The build log check of `npm test` (tests/tools/quiet-log.mjs, applied by run-steps.mjs): it must
 * catch the kinds of noise a newcomer saw before (Vite warnings, Astro's telemetry notice, npm's
 * warnings) and let an ordinary build log through.
 */
import { describe, expect, it } from 'vitest';
import { noise } from '../tools/quiet-log.mjs';

const cleanBuild = `
> veilig-raadswerk@0.1.0 build
> node src/release/astro.mjs build

20:09:27 [content] Syncing content
20:09:27 [build] output: "static"
20:09:35 [vite] ✓ built in 7.68s
20:09:43   ├─ /modules/melden/het-stappenplan/index.html (+8ms)
20:09:43 [build] 59 page(s) built in 22.88s
20:09:43 [build] Complete!`;

describe('quiet-log', () => {
  it('lets a clean build log through', () => {
    expect(noise(cleanBuild, 'build')).toEqual([]);
  });

  it.each([
    ['a CSS warning', '20:06:44 [WARN] [vite] [vite:css][postcss] @charset must precede all other statements'],
    [
      'a coloured bundler warning',
      '20:06:45 [WARN] [vite] \x1b[33m[MODULE_LEVEL_DIRECTIVE] \x1b[0mThe semantics of the module level directive "use astro:head-inject" in "x.mdx" may not be preserved when bundling.',
    ],
    [
      'the telemetry notice',
      '▶ Astro collects anonymous usage data.\n  This information helps us improve Astro.\n  Run "astro telemetry disable" to opt-out.',
    ],
    ['a Node warning', '(node:123) ExperimentalWarning: something new'],
    ['a deprecation', 'npm warn deprecated glob@7.2.3: Glob versions prior to v9 are no longer supported'],
  ])('catches %s', (_kind, line) => {
    expect(noise(`${cleanBuild}\n${line}`, 'build')).not.toEqual([]);
  });

  it('allows EBADENGINE in the npm ci log only when npm runs on a Node older than 22.12', () => {
    const log = "npm warn EBADENGINE Unsupported engine {\nnpm warn EBADENGINE   package: 'astro@7.3.5',";
    const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
    const old = major < 22 || (major === 22 && minor < 12);
    expect(noise(log, 'npm-ci')).toHaveLength(old ? 0 : 2);
    expect(
      noise('npm warn install-scripts 1 package has install scripts not yet covered by allowScripts:', 'npm-ci'),
    ).toHaveLength(1);
  });
});
