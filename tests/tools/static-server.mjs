/**
 * A small static server for a build, as a web server on an intranet serves it: the folder under a
 * base path, index.html for a folder, the site's 404.html for anything else, a year of cache for
 * _astro/. Used by npm run lighthouse, npm run bench:search, npm run test:scorm and
 * tests/e2e/offline.spec.ts, which switches the folder it serves (two versions of a build) and takes
 * the server down (offline); the other tests use astro preview.
 *
 * Compression, like the hosting examples: a text file (HTML, CSS, JS, JSON, SVG, text) goes out
 * gzip-compressed (level 9, compressed once and kept in memory) when the browser accepts gzip.
 * `precompressed: true` first serves a .br or .gz file that the build wrote beside the file.
 * Anything else (fonts, images, Pagefind's own compressed index files) goes out as it is.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};
const TEXT = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.txt', '.xml', '.webmanifest']);

/**
 * Serves `dir` under `base` ('/' or '/vpt/') on 127.0.0.1 (`port` 0: a free port).
 * `folders: false` serves no index.html for a folder URL (a 404 instead), as a learning platform
 * serves a SCORM package (npm run test:scorm).
 * Returns { origin, site (origin + base), log (every response sent), use(dir) (serve another folder
 * from now on), down (while true, every connection is dropped unanswered, as with no network), close() }.
 */
export async function serve(dir, { base = '/', port = 0, precompressed = false, folders = true } = {}) {
  const gzipped = new Map();
  /** Every response sent: path (without query), bytes of the body as sent, status, time (performance.now()). */
  const log = [];
  const state = { down: false };
  const server = createServer((req, res) => {
    if (state.down) {
      req.socket.destroy();
      return;
    }
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = path.startsWith(base) ? normalize(join(dir, path.slice(base.length))) : '';
    if (file && !file.startsWith(normalize(dir))) file = '';
    if (file && !folders && existsSync(file) && statSync(file).isDirectory()) file = '';
    if (file && existsSync(file) && statSync(file).isDirectory()) {
      // A folder without its trailing slash: redirect, as nginx does.
      if (!path.endsWith('/')) {
        res.writeHead(301, { location: `${path}/` });
        res.end();
        return;
      }
      file = join(file, 'index.html');
    }
    const found = Boolean(file) && existsSync(file) && statSync(file).isFile();
    if (!found) file = join(dir, '404.html');
    const ext = extname(file);
    const headers = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'x-content-type-options': 'nosniff',
      'cache-control': path.includes('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      vary: 'Accept-Encoding',
    };
    const accept = String(req.headers['accept-encoding'] ?? '');
    let body;
    if (precompressed && /\bbr\b/.test(accept) && existsSync(`${file}.br`)) {
      body = readFileSync(`${file}.br`);
      headers['content-encoding'] = 'br';
    } else if (precompressed && /\bgzip\b/.test(accept) && existsSync(`${file}.gz`)) {
      body = readFileSync(`${file}.gz`);
      headers['content-encoding'] = 'gzip';
    } else if (TEXT.has(ext) && /\bgzip\b/.test(accept)) {
      if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file), { level: 9 }));
      body = gzipped.get(file);
      headers['content-encoding'] = 'gzip';
    } else body = readFileSync(file);
    headers['content-length'] = body.length;
    res.writeHead(found ? 200 : 404, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
    log.push({ path, bytes: body.length, status: found ? 200 : 404, at: performance.now() });
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ok);
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    site: origin + base,
    log,
    use(next) {
      dir = next;
    },
    get down() {
      return state.down;
    },
    set down(value) {
      state.down = value;
      if (value) server.closeAllConnections();
    },
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}
