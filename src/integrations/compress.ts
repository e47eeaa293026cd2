/**
 * Precompressed copies: after the build, every text file gets a Brotli (.br) and a gzip (.gz) copy
 * beside it, so a web server sends the search index and the pages compressed without compressing
 * them on each request (nginx gzip_static, Apache's rewrite rules in src/hosting/.htaccess).
 * A copy that would not be smaller than the file itself is not written: the server then sends the
 * file as it is. Runs last, after every other step that changes built files.
 */
import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** Extensions of the text files a build writes; fonts and images are compressed already. */
const TEXT_FILES = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.txt', '.xml', '.webmanifest', '.map']);

const br = promisify(brotliCompress);
const gz = promisify(gzip);

async function textFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && TEXT_FILES.has(extname(e.name))).map((e) => join(e.parentPath, e.name));
}

type Totals = { files: number; bytes: number; br: number; gz: number };

/** Writes file.br and file.gz beside each text file in `folder`; returns the counts. */
export async function compressFolder(folder: string): Promise<Totals> {
  const totals: Totals = { files: 0, bytes: 0, br: 0, gz: 0 };
  // zlib works on libuv's thread pool: a few files at once use every core.
  const queue = await textFiles(folder);
  const worker = async () => {
    for (let path = queue.pop(); path; path = queue.pop()) await compressFile(path, totals);
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return totals;
}

async function compressFile(path: string, totals: Totals) {
  const data = await readFile(path);
  const [b, g] = await Promise.all([
    br(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
    gz(data, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  totals.files++;
  totals.bytes += data.length;
  if (b.length < data.length) {
    await writeFile(`${path}.br`, b);
    totals.br += b.length;
  }
  if (g.length < data.length) {
    await writeFile(`${path}.gz`, g);
    totals.gz += g.length;
  }
}

export const precompress: AstroIntegration = {
  name: 'veilig-raadswerk:precompress',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      const t = await compressFolder(fileURLToPath(dir));
      const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
      logger.info(`precompressed ${t.files} files: ${kb(t.bytes)} → br ${kb(t.br)}, gz ${kb(t.gz)}`);
    },
  },
};
