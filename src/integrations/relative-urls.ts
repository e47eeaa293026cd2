/**
 * Relative URLs for the SCORM package (BUILD_TARGET=scorm): a learning platform serves the package
 * at a path nobody knows at build time (/pluginfile.php/123/mod_scorm/content/1/…), so no URL in
 * it may start with "/". The SCORM build is made with the marker base `scormBase`
 * (src/lib/target.ts); after the build this step rewrites every URL that starts with the marker
 * into one relative to the file it is in:
 *
 * - HTML: every attribute (href, src, action, component-url, renderer-url, the island props with
 *   their links, …) and the inline <script> and <style> elements. A page at modules/a/b/index.html
 *   gets "../../../", so "/marker/bronnen/" becomes "../../../bronnen/index.html": a link to a page
 *   names its file (pageFile), because an LMS serves files, not folders. `data-base` (the base the
 *   search islands put before a result's URL) becomes the prefix alone. An inline script or style
 *   that changed gets its new hash in the page's Content-Security-Policy, in place of the old one.
 * - CSS (url() of fonts and images), JSON, SVG, XML, text: the same, relative to that file.
 * - JavaScript: must not hold the marker (a URL in a script is resolved against the page, not the
 *   script, so no one prefix fits); the build stops and names the file.
 *
 * Astro's own `base: './'` is not supported (it breaks links between pages at different depths),
 * and astro-relative-links rewrites only href and src attributes of HTML: not the islands'
 * component-url, their props, CSS url() or the CSP hashes. Hence this step, tested by
 * tests/unit/relative-urls.test.ts and, on the real package, by tests/scorm/crawl.spec.ts.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageFile } from '../lib/target.ts';

/** "./" for a file at the root, "../" per folder deeper: the way from `file` back to the root. */
export function rootPrefix(file: string): string {
  const depth = file.replaceAll('\\', '/').split('/').length - 1;
  return depth === 0 ? './' : '../'.repeat(depth);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** Replaces each URL that starts with `marker` in `text` with `prefix` + the rest (a page link as its file). */
export function rewriteText(text: string, marker: string, prefix: string): string {
  // The URL runs until a quote, space, bracket, backslash or "&" (of &quot; in an attribute's JSON).
  return text.replace(
    new RegExp(`${escape(marker)}([^"'\\s<>()\\\\&,]*)`, 'g'),
    (_, path: string) => prefix + pageFile(path),
  );
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('base64');

/** One HTML page, rewritten for its place (`prefix`), with the CSP hashes of changed inline code replaced. */
export function rewriteHtml(html: string, marker: string, prefix: string): string {
  const hashes = new Map<string, string>();
  let out = html.replaceAll(`data-base="${marker}"`, `data-base="${prefix}"`);
  out = out.replace(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/g, (_, tag: string, attrs: string, body: string) => {
    const newBody = rewriteText(body, marker, prefix);
    if (newBody !== body) hashes.set(sha256(body), sha256(newBody));
    return `<${tag}${rewriteText(attrs, marker, prefix)}>${newBody}</${tag}>`;
  });
  out = rewriteText(out, marker, prefix);
  for (const [before, after] of hashes) out = out.replaceAll(`'sha256-${before}'`, `'sha256-${after}'`);
  return out;
}

/** Files whose URLs are rewritten relative to themselves. */
const TEXT = new Set(['.html', '.css', '.json', '.svg', '.xml', '.txt', '.webmanifest']);
const SCRIPT = new Set(['.js', '.mjs']);

/** Rewrites every file in `folder`; returns the number of files changed. Throws on a script that holds the marker. */
export async function relativizeFolder(folder: string, marker: string): Promise<number> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  let changed = 0;
  const scripts: string[] = [];
  for (const e of entries) {
    if (!e.isFile()) continue;
    const ext = extname(e.name);
    if (!TEXT.has(ext) && !SCRIPT.has(ext)) continue;
    const path = join(e.parentPath, e.name);
    const text = await readFile(path, 'utf8');
    if (!text.includes(marker)) continue;
    const file = relative(folder, path);
    if (SCRIPT.has(ext)) {
      scripts.push(file);
      continue;
    }
    const prefix = rootPrefix(file);
    await writeFile(path, ext === '.html' ? rewriteHtml(text, marker, prefix) : rewriteText(text, marker, prefix));
    changed++;
  }
  if (scripts.length)
    throw new Error(
      `Deze scripts bevatten een absolute URL (${marker}), die in het SCORM-pakket niet werkt: ${scripts.join(', ')}. ` +
        'Geef de URL mee via een attribuut van de pagina (zoals data-base) in plaats van import.meta.env.BASE_URL.',
    );
  return changed;
}

/** The build step: runs after every page is written, before anything else reads the files. */
export function relativeUrls(marker: string): AstroIntegration {
  return {
    name: 'veilig-raadswerk:relative-urls',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const changed = await relativizeFolder(fileURLToPath(dir), marker);
        logger.info(`relatieve URL's in ${changed} bestanden`);
      },
    },
  };
}
