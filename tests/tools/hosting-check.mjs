#!/usr/bin/env node
/**
 * npm run test:hosting: runs the web server examples in src/hosting/ against the built site on
 * loopback, with Debian's nginx and Apache, and checks what they promise: security headers on
 * pages and assets, a year's cache for hashed assets, no-cache for pages, the site's own 404
 * page, and compression: the build's precompressed copies (src/integrations/compress.ts) go out
 * for the search index and the pages, with Content-Encoding and Vary, and plain to a client that
 * asks for no compression; the offline worker sw.js never cached, the manifest with its type.
 * (IIS's web.config cannot run here: it compresses on the fly.)
 * As root on Debian it installs a missing server with apt (CI); elsewhere it says what to install.
 */
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { aptInstall, canApt } from './apt.mjs';

const root = resolve(import.meta.dirname, '../..');
const dist = resolve(process.env.DIST_DIR ?? join(root, 'dist'));
// PORT_OFFSET moves them like the preview ports (tests/helpers/site.ts): checkouts side by side.
const offset = Number(process.env.PORT_OFFSET ?? 0);
const asRoot = process.getuid?.() === 0;

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`Geen build in ${dist}: draai eerst npm run build.`);
  process.exit(1);
}

/** Installs a Debian package when its program is missing and we may (root, apt); else stops with what to do. */
function need(program, pkg) {
  if (existsSync(program)) return;
  if (!canApt()) {
    console.error(
      `${pkg} ontbreekt: installeer het (op Debian: sudo apt-get install ${pkg}) om dit voorbeeld te testen.`,
    );
    process.exit(1);
  }
  // policy-rc.d 101 keeps the package from starting a system server on port 80.
  const policy = '/usr/sbin/policy-rc.d';
  const ours = !existsSync(policy);
  if (ours) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  try {
    aptInstall(pkg, `${pkg} ontbreekt`);
  } finally {
    if (ours) rmSync(policy, { force: true });
  }
}

/** Every file under `dir`, as paths relative to it. */
const files = (dir, prefix = '') =>
  readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(dir, join(prefix, e.name)) : [join(prefix, e.name)],
  );
const all = files(dist);

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? '✓' : '✗'} ${name}${ok ? '' : `: ${detail}`}`);
}

// The build itself: .br and .gz beside every text file worth compressing.
const text = all.filter((f) => /\.(html|css|js|json|svg|xml|txt)$/.test(f) && statSync(join(dist, f)).size > 1024);
const bare = text.filter((f) => !all.includes(`${f}.gz`) || !all.includes(`${f}.br`));
check(
  `build: all ${text.length} text files over 1 KB have .br and .gz copies`,
  bare.length === 0,
  bare.slice(0, 5).join(', '),
);

/** The raw response, body not decoded: fetch() would unpack it and hide what the server sent. */
function raw(url, headers = {}) {
  return new Promise((ok, fail) => {
    request(url, { headers }, (res) => {
      const parts = [];
      res.on('data', (c) => parts.push(c));
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(parts) }));
    })
      .on('error', fail)
      .end();
  });
}
async function waitFor(base, name) {
  for (let i = 0; i < 100; i++) {
    try {
      return await raw(base + '/');
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`${name} antwoordt niet op ${base}`);
}
const unpack = (how, body) => {
  try {
    return how === 'br' ? brotliDecompressSync(body) : gunzipSync(body);
  } catch {
    return Buffer.alloc(0);
  }
};

/** The checks, the same for every server. `encodings`: what it sends precompressed (nginx without ngx_brotli: gzip only). */
async function checkServer(name, base, encodings) {
  const say = (what, ok, detail) => check(`${name}, ${what}`, ok, detail);
  const securityHeaders = (res, what) => {
    const csp = res.headers['content-security-policy'] ?? '';
    say(`${what}: CSP with frame-ancestors 'none'`, csp.includes("frame-ancestors 'none'"), csp);
    say(`${what}: CSP blocks plugins`, csp.includes("object-src 'none'"), csp);
    say(`${what}: X-Content-Type-Options`, res.headers['x-content-type-options'] === 'nosniff');
    say(`${what}: Referrer-Policy`, res.headers['referrer-policy'] === 'no-referrer');
    say(`${what}: Permissions-Policy`, (res.headers['permissions-policy'] ?? '').includes('camera=()'));
  };

  const home = await waitFor(base, name);
  const html = home.body.toString();
  say('home page 200', home.status === 200, String(home.status));
  say('home page is the site', html.includes('Veilig Raadswerk'));
  say('page keeps its own hash-based CSP meta', html.includes('http-equiv="content-security-policy"'));
  say('pages are revalidated', home.headers['cache-control'] === 'no-cache', home.headers['cache-control']);
  securityHeaders(home, 'page');

  const asset = readdirSync(join(dist, '_astro')).find((f) => f.endsWith('.css'));
  const res = await raw(`${base}/_astro/${asset}`, { 'Accept-Encoding': 'gzip' });
  say('hashed asset 200', res.status === 200, String(res.status));
  say(
    'hashed asset cached for a year',
    (res.headers['cache-control'] ?? '').includes('max-age=31536000'),
    res.headers['cache-control'],
  );
  say('CSS has its MIME type', (res.headers['content-type'] ?? '').startsWith('text/css'), res.headers['content-type']);
  securityHeaders(res, 'asset');

  // The largest JSON file is the search index (or its largest part): the file that most needs it.
  const index = all
    .filter((f) => f.endsWith('.json'))
    .sort((a, b) => statSync(join(dist, b)).size - statSync(join(dist, a)).size)[0];
  const lesson = dirname(
    all.find((f) => f.startsWith('modules/') && f.split('/').length > 3 && f.endsWith('index.html')),
  );
  for (const [what, path, file, type] of [
    ['search index', `/${index}`, index, 'application/json'],
    ['home page', '/', 'index.html', 'text/html'],
    ['lesson page', `/${lesson}/`, `${lesson}/index.html`, 'text/html'],
  ]) {
    const original = readFileSync(join(dist, file));
    for (const how of encodings) {
      const got = await raw(base + path, { 'Accept-Encoding': how });
      say(`${what}, ${how}: sent compressed`, got.headers['content-encoding'] === how, got.headers['content-encoding']);
      say(`${what}, ${how}: Vary: Accept-Encoding`, /accept-encoding/i.test(got.headers.vary ?? ''), got.headers.vary);
      say(
        `${what}, ${how}: keeps its type`,
        (got.headers['content-type'] ?? '').startsWith(type),
        got.headers['content-type'],
      );
      say(
        `${what}, ${how}: the build's own copy, not compressed again (${got.body.length} of ${original.length} bytes)`,
        got.body.equals(readFileSync(join(dist, `${file}.${how === 'gzip' ? 'gz' : 'br'}`))),
      );
      say(`${what}, ${how}: unpacks to the file`, unpack(how, got.body).equals(original));
    }
    const plain = await raw(base + path);
    say(
      `${what}: plain to a client that asks no compression`,
      !plain.headers['content-encoding'] && plain.body.equals(original),
    );
  }

  // Offline use (issue 16): the pages may register the worker; sw.js is never kept, so a new build
  // reaches the browser at the next page; the manifest has its own type.
  say(
    "page: CSP lets the site register its worker (worker-src 'self')",
    (home.headers['content-security-policy'] ?? '').includes("worker-src 'self'"),
    home.headers['content-security-policy'],
  );
  if (all.includes('sw.js')) {
    for (const enc of ['', ...encodings]) {
      const sw = await raw(`${base}/sw.js`, enc ? { 'Accept-Encoding': enc } : {});
      const how = enc || 'plain';
      say(`sw.js (${how}) 200`, sw.status === 200, String(sw.status));
      say(`sw.js (${how}) is never cached`, sw.headers['cache-control'] === 'no-cache', sw.headers['cache-control']);
      say(
        `sw.js (${how}) is JavaScript`,
        /^(text|application)\/javascript/.test(sw.headers['content-type'] ?? ''),
        sw.headers['content-type'],
      );
    }
  }
  if (all.includes('manifest.webmanifest')) {
    for (const enc of ['', ...encodings]) {
      const m = await raw(`${base}/manifest.webmanifest`, enc ? { 'Accept-Encoding': enc } : {});
      const how = enc || 'plain';
      say(`manifest (${how}) 200`, m.status === 200, String(m.status));
      say(
        `manifest (${how}) has type application/manifest+json`,
        (m.headers['content-type'] ?? '').startsWith('application/manifest+json'),
        m.headers['content-type'],
      );
    }
  }

  const missing = await raw(`${base}/bestaat-niet/`);
  say('unknown page 404', missing.status === 404, String(missing.status));
  say('404 shows the site’s own page', missing.body.toString().includes('Deze pagina bestaat niet'));
  securityHeaders(missing, '404');
}

/** Starts a server, runs the checks, stops it and cleans up, whatever happens. */
async function run(name, start) {
  const work = mkdtempSync(join(tmpdir(), `vr-${name}-`));
  let server;
  try {
    const { child, base, encodings } = start(work);
    server = child;
    await checkServer(name, base, encodings);
  } catch (e) {
    check(`${name} answers`, false, e.message);
  } finally {
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
    }
    rmSync(work, { recursive: true, force: true });
  }
}

need('/usr/sbin/nginx', 'nginx');
await run('nginx', (work) => {
  const port = 4391 + offset;
  const server = readFileSync(join(root, 'src/hosting/nginx.conf'), 'utf8')
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
    .replace(/root \/var\/www\/veilig-raadswerk;/, `root ${dist};`);
  // Started as root, nginx runs its workers as "nobody", who cannot read a checkout in a private
  // folder (mktemp -d makes it 0700): every page would be a 404. The test's workers read as the user
  // that runs the test; the example config for real servers is not touched.
  const user = asRoot ? 'user root;\n' : '';
  const mime = existsSync('/etc/nginx/mime.types') ? 'include /etc/nginx/mime.types;' : '';
  writeFileSync(
    join(work, 'nginx.conf'),
    `${user}daemon off;\npid ${work}/nginx.pid;\nerror_log ${work}/error.log;\nevents {}\nhttp {\n${mime}\naccess_log off;\nclient_body_temp_path ${work}/body;\nproxy_temp_path ${work}/proxy;\nfastcgi_temp_path ${work}/fastcgi;\nuwsgi_temp_path ${work}/uwsgi;\nscgi_temp_path ${work}/scgi;\n${server}\n}\n`,
  );
  const child = spawn('/usr/sbin/nginx', ['-p', work, '-c', join(work, 'nginx.conf')], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  // Debian's nginx has gzip_static but not ngx_brotli: it sends the .gz copies.
  return { child, base: `http://127.0.0.1:${port}`, encodings: ['gzip'] };
});

need('/usr/sbin/apache2', 'apache2');
await run('apache', (work) => {
  const port = 4392 + offset;
  // Apache will not serve as root; its user (www-data) reads a copy of the site, with the example
  // .htaccess beside it, in a folder it may enter.
  const site = join(work, 'site');
  cpSync(dist, site, { recursive: true });
  cpSync(join(root, 'src/hosting/.htaccess'), join(site, '.htaccess'));
  chmodSync(work, 0o755);
  const modules = '/usr/lib/apache2/modules';
  const load = ['mpm_event', 'authz_core', 'dir', 'mime', 'rewrite', 'headers', 'deflate', 'filter']
    .map((m) => `LoadModule ${m}_module ${modules}/mod_${m}.so`)
    .join('\n');
  writeFileSync(
    join(work, 'httpd.conf'),
    `ServerRoot ${work}\nServerName localhost\nListen 127.0.0.1:${port}\nPidFile ${work}/httpd.pid\nErrorLog ${work}/error.log\n${asRoot ? 'User www-data\nGroup www-data\n' : ''}${load}\nTypesConfig /etc/mime.types\nDocumentRoot ${site}\nDirectoryIndex index.html\n<Directory ${site}>\n  AllowOverride All\n  Require all granted\n</Directory>\n`,
  );
  const child = spawn('/usr/sbin/apache2', ['-f', join(work, 'httpd.conf'), '-DFOREGROUND'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return { child, base: `http://127.0.0.1:${port}`, encodings: ['br', 'gzip'] };
});

console.log(`hosting: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
