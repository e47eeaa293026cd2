/** npm run package: a zip with the site, the install note and the hosting examples, and a checksum that fits. */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';

const root = join(import.meta.dirname, '../..');
const out = mkdtempSync(join(tmpdir(), 'vr-release-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('npm run package', () => {
  const env = { ...process.env, DIST_DIR: join(root, 'tests/fixtures/site-mini'), OUT_DIR: out };
  execFileSync(process.execPath, [join(root, 'src/release/package.mjs')], { env });
  const zipName = readdirSync(out).find((f) => f.endsWith('.zip'))!;
  const zip = readFileSync(join(out, zipName));

  it('writes a checksum file that matches the zip, in sha256sum format', () => {
    const line = readFileSync(join(out, `${zipName}.sha256`), 'utf8');
    expect(line).toBe(`${createHash('sha256').update(zip).digest('hex')}  ${zipName}\n`);
  });
  it('holds the site, the install note, the licence and the hosting examples', () => {
    const names = Object.keys(unzipSync(zip));
    const dir = zipName.replace(/\.zip$/, '');
    expect(names).toEqual(
      expect.arrayContaining([
        `${dir}/site/index.html`,
        `${dir}/site/_astro/site.css`,
        `${dir}/INSTALL.txt`,
        `${dir}/LICENSE`,
        `${dir}/hosting/nginx.conf`,
        `${dir}/hosting/.htaccess`,
        `${dir}/hosting/web.config`,
      ]),
    );
    const changes = new TextDecoder().decode(unzipSync(zip)[`${dir}/wijzigingen.yaml`]!);
    expect(changes, 'wijzigingen.yaml names this version').toContain(
      `version: ${dir.replace('veilig-raadswerk-', '')}`,
    );
    const note = new TextDecoder().decode(unzipSync(zip)[`${dir}/INSTALL.txt`]!);
    expect(note).toContain('sha256sum -c');
  });
  it('is the same zip for the same build', () => {
    execFileSync(process.execPath, [join(root, 'src/release/package.mjs')], { env });
    expect(readFileSync(join(out, zipName)).equals(zip)).toBe(true);
  });
});
