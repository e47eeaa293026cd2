/**
 * Where the built site is and how it is served: shared by the Playwright config and the tests.
 * BASE_PATH=/vpt/ runs the whole suite against a sub-path build in DIST_DIR.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const raw = process.env.BASE_PATH ?? '/';
export const basePath = raw.endsWith('/') ? raw : `${raw}/`;
/**
 * A separate port per base path, so a leftover server of the other run is never reused.
 * PORT_OFFSET moves all three, so two checkouts on one machine can test side by side.
 */
const offset = Number(process.env.PORT_OFFSET ?? 0);
export const port = offset + (process.env.THEME_RUN ? 4323 : basePath === '/' ? 4321 : 4322);
export const root = join(import.meta.dirname, '../..');

/** Debian's Chromium when it is there (see ../shared/toolchain.md), else Playwright's own. */
export const chromePath =
  process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
/** Flags for a quiet Chromium that asks nothing of the network: shared by the tests and npm run shots. */
export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const distDir = join(root, process.env.DIST_DIR ?? 'dist');

/** Every built page as a path relative to the base, e.g. "modules/waarom/" (404.html as "404.html"). */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) {
        const rel = relative(distDir, path).replaceAll('\\', '/');
        pages.push(rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(distDir);
  return pages.sort();
}

/** Built pages whose HTML contains `marker`, e.g. 'data-dilemma=' or 'data-type="multiple"'. */
export function pagesWith(marker: string): string[] {
  return builtPages().filter((p) => {
    const file = p.endsWith('.html') ? join(distDir, p) : join(distDir, p, 'index.html');
    return readFileSync(file, 'utf8').includes(marker);
  });
}
