#!/usr/bin/env node
/**
 * Runs the nginx example (src/hosting/nginx.conf) with Debian's nginx on loopback against the
 * built site, and checks what it promises: security headers on pages and assets, a year's cache
 * for hashed assets, no-cache for pages, and the site's own 404 page.
 * As root on Debian it installs nginx with apt when missing (CI); elsewhere it says what to install.
 */
import { execSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const dist = resolve(process.env.DIST_DIR ?? join(root, 'dist'));
// PORT_OFFSET moves it like the preview ports (tests/helpers/site.ts): checkouts side by side.
const port = 4391 + Number(process.env.PORT_OFFSET ?? 0);
const NGINX = '/usr/sbin/nginx';

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`Geen build in ${dist}: draai eerst npm run build.`);
  process.exit(1);
}
if (!existsSync(NGINX)) {
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('nginx ontbreekt; Debian-pakket nginx wordt geïnstalleerd …');
    // policy-rc.d 101 keeps the package from starting a system nginx on port 80.
    const policy = '/usr/sbin/policy-rc.d';
    const ours = !existsSync(policy);
    if (ours) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
    try {
      execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx', {
        stdio: 'inherit',
      });
    } finally {
      if (ours) rmSync(policy, { force: true });
    }
  } else {
    console.error(
      'nginx ontbreekt: installeer nginx (op Debian: sudo apt-get install nginx) om het nginx-voorbeeld te testen.',
    );
    process.exit(1);
  }
}

const work = mkdtempSync(join(tmpdir(), 'vr-nginx-'));
const server = readFileSync(join(root, 'src/hosting/nginx.conf'), 'utf8')
  .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
  .replace(/root \/var\/www\/veilig-raadswerk;/, `root ${dist};`);
// Started as root, nginx runs its workers as "nobody", who cannot read a checkout in a private
// folder (mktemp -d makes it 0700): every page would be a 404. The test's workers read as the user
// that runs the test; the example config for real servers is not touched.
const user = process.getuid?.() === 0 ? 'user root;\n' : '';
const mime = existsSync('/etc/nginx/mime.types') ? 'include /etc/nginx/mime.types;' : '';
writeFileSync(
  join(work, 'nginx.conf'),
  `${user}daemon off;\npid ${work}/nginx.pid;\nerror_log ${work}/error.log;\nevents {}\nhttp {\n${mime}\naccess_log off;\nclient_body_temp_path ${work}/body;\nproxy_temp_path ${work}/proxy;\nfastcgi_temp_path ${work}/fastcgi;\nuwsgi_temp_path ${work}/uwsgi;\nscgi_temp_path ${work}/scgi;\n${server}\n}\n`,
);
const nginx = spawn(NGINX, ['-p', work, '-c', join(work, 'nginx.conf')], { stdio: ['ignore', 'inherit', 'inherit'] });

const base = `http://127.0.0.1:${port}`;
async function get(path) {
  for (let i = 0; i < 50; i++) {
    try {
      return await fetch(base + path, { redirect: 'manual' });
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`nginx antwoordt niet op ${base}`);
}

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? '✓' : '✗'} ${name}${ok ? '' : `: ${detail}`}`);
}
function securityHeaders(res, what) {
  const csp = res.headers.get('content-security-policy') ?? '';
  check(`${what}: CSP with frame-ancestors 'none'`, csp.includes("frame-ancestors 'none'"), csp);
  check(`${what}: CSP blocks plugins`, csp.includes("object-src 'none'"), csp);
  check(`${what}: X-Content-Type-Options`, res.headers.get('x-content-type-options') === 'nosniff');
  check(`${what}: Referrer-Policy`, res.headers.get('referrer-policy') === 'no-referrer');
  check(`${what}: Permissions-Policy`, (res.headers.get('permissions-policy') ?? '').includes('camera=()'));
}

try {
  const home = await get('/');
  const html = await home.text();
  check('home page 200', home.status === 200, String(home.status));
  check('home page is the site', html.includes('Veilig Raadswerk'));
  check('page keeps its own hash-based CSP meta', html.includes('http-equiv="content-security-policy"'));
  check('pages are revalidated', home.headers.get('cache-control') === 'no-cache', home.headers.get('cache-control'));
  securityHeaders(home, 'page');

  const asset = readdirSync(join(dist, '_astro')).find((f) => f.endsWith('.css'));
  const res = await get(`/_astro/${asset}`);
  check('hashed asset 200', res.status === 200, String(res.status));
  check(
    'hashed asset cached for a year',
    (res.headers.get('cache-control') ?? '').includes('max-age=31536000'),
    res.headers.get('cache-control'),
  );
  check(
    'CSS has its MIME type',
    (res.headers.get('content-type') ?? '').startsWith('text/css'),
    res.headers.get('content-type'),
  );
  securityHeaders(res, 'asset');

  const missing = await get('/bestaat-niet/');
  check('unknown page 404', missing.status === 404, String(missing.status));
  check('404 shows the site’s own page', (await missing.text()).includes('Deze pagina bestaat niet'));
  securityHeaders(missing, '404');
} catch (e) {
  check('nginx answers', false, e.message);
} finally {
  nginx.kill('SIGTERM');
  await new Promise((r) => nginx.once('exit', r));
  rmSync(work, { recursive: true, force: true });
}
console.log(`nginx: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
