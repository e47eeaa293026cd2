/**
 * The wiring: a real `astro build` on broken content stops, naming file, field and id.
 * (content-errors.test.ts proves every kind of error; this proves the build runs those checks.)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'vr-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function buildWith(fixture: string) {
  const content = join(work, fixture, 'content');
  cpSync(join(root, 'content'), content, { recursive: true });
  cpSync(join(root, 'tests/fixtures/broken', fixture), content, { recursive: true });
  const run = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: content,
      DIST_DIR: join(work, fixture, 'dist'),
      ASTRO_CACHE_DIR: join(work, fixture, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

describe('astro build on broken content', () => {
  it('fails on a cross-reference, naming file, line, field and missing id', () => {
    const { status, output } = buildWith('les-onbekende-module');
    expect(status).not.toBe(0);
    expect(output).toContain('lessen/waarom/99-kapot.mdx:3: veld "module": module "bestaat-niet" bestaat niet');
  });

  it('fails on a schema error, naming the file, the line and the field', () => {
    const { status, output } = buildWith('les-te-lang');
    expect(status).not.toBe(0);
    expect(output).toContain('lessen/waarom/99-kapot.mdx:7: veld "duration"');
  });

  it('fails on a body reference, naming the line in the file (body line plus frontmatter)', () => {
    const { status, output } = buildWith('les-onbekend-begrip');
    expect(status).not.toBe(0);
    expect(output).toContain('lessen/waarom/99-kapot.mdx:14: veld "<Begrip id>": begrip "geen-begrip" bestaat niet');
  });

  it('fails on a broken scenario graph, naming the step', () => {
    const { status, output } = buildWith('scenario-zonder-einde');
    expect(status).not.toBe(0);
    expect(output).toContain(
      'scenarios/kapot.yaml:16: veld "steps[1]": vanaf stap "rondje" komt een pad nooit bij een einde',
    );
  });
});
