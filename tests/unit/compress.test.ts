/** The build's precompressed copies (src/integrations/compress.ts): right bytes, right files only. */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressFolder } from '../../src/integrations/compress.ts';

describe('compressFolder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vr-compress-'));
  const page = '<!doctype html><title>Les</title>' + '<p>Aangifte doen als raadslid.</p>'.repeat(200);
  const index = JSON.stringify({ terms: Array.from({ length: 500 }, (_, i) => `term${i}`) });
  mkdirSync(join(dir, 'modules/les'), { recursive: true });
  mkdirSync(join(dir, '_astro'));
  writeFileSync(join(dir, 'modules/les/index.html'), page);
  writeFileSync(join(dir, '_astro/zoek.json'), index);
  writeFileSync(join(dir, 'robots.txt'), 'a');
  writeFileSync(join(dir, '_astro/font.woff2'), Buffer.from(page));

  it('writes .br and .gz beside each text file, and they unpack to the file', async () => {
    const totals = await compressFolder(dir);
    expect(totals.files).toBe(3);
    for (const [file, text] of [
      ['modules/les/index.html', page],
      ['_astro/zoek.json', index],
    ]) {
      expect(brotliDecompressSync(readFileSync(join(dir, `${file}.br`))).toString()).toBe(text);
      expect(gunzipSync(readFileSync(join(dir, `${file}.gz`))).toString()).toBe(text);
      expect(readFileSync(join(dir, `${file}.br`)).length).toBeLessThan(text!.length / 5);
    }
  });

  it('skips fonts and images, and a copy that would not be smaller', () => {
    const all = readdirSync(dir, { recursive: true }).map(String);
    expect(all.filter((f) => f.startsWith('_astro/font.woff2.'))).toEqual([]);
    expect(all.filter((f) => f.startsWith('robots.txt.'))).toEqual([]);
  });
});
