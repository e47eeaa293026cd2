/**
 * What both release scripts share (package.mjs for the web server, scorm.mjs for a learning
 * platform): the files of a build, and a zip that is the same for the same build, with its
 * SHA-256 checksum beside it (sha256sum -c checks it).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { zipSync } from 'fflate';

/** Every file in `dir`, as sorted paths relative to it, with "/". */
export function filesIn(dir) {
  const out = [];
  (function add(d) {
    for (const entry of readdirSync(d).sort()) {
      const path = join(d, entry);
      if (statSync(path).isDirectory()) add(path);
      else out.push(relative(dir, path).replaceAll('\\', '/'));
    }
  })(dir);
  return out;
}

/**
 * Writes `entries` (path in the zip → bytes) to `<out>/<name>.zip` and its `.sha256`, and prints
 * the file relative to `root`. Returns the zip's path.
 */
export function writeZip(root, out, name, entries) {
  // A fixed date keeps the zip the same for the same build.
  const zip = zipSync(entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
  mkdirSync(out, { recursive: true });
  const zipPath = join(out, `${name}.zip`);
  writeFileSync(zipPath, zip);
  const sum = createHash('sha256').update(zip).digest('hex');
  writeFileSync(`${zipPath}.sha256`, `${sum}  ${basename(zipPath)}\n`);
  console.log(
    `${relative(root, zipPath)}: ${Object.keys(entries).length} bestanden, ${(zip.length / 1024).toFixed(0)} KB\nSHA-256 ${sum}`,
  );
  return zipPath;
}
