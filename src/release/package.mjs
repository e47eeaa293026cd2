#!/usr/bin/env node
/**
 * npm run package: the release for a municipality. Zips the built site (dist/) with an install
 * note, the licence, the web server examples and what changed in the content (wijzigingen.yaml), and writes a SHA-256 checksum beside it
 * (sha256sum -c checks it). Output: dist-release/veilig-raadswerk-<version>.zip and .zip.sha256.
 * DIST_DIR and OUT_DIR choose other folders (tests use them).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { zipSync } from 'fflate';

const root = resolve(import.meta.dirname, '../..');
const dist = resolve(process.env.DIST_DIR ?? join(root, 'dist'));
const out = resolve(process.env.OUT_DIR ?? join(root, 'dist-release'));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const name = `veilig-raadswerk-${version}`;

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`Geen build in ${dist}: draai eerst npm run build.`);
  process.exit(1);
}

const install = `Veilig Raadswerk ${version}: installatie

1. Pak dit zip-bestand uit. De map site/ is de hele website.
2. Zet de inhoud van site/ in een map van je webserver, bijvoorbeeld /var/www/veilig-raadswerk.
3. Gebruik een van de voorbeelden in hosting/ (nginx.conf, .htaccess voor Apache, web.config voor
   IIS). Ze zetten de security headers, de cache en de 404-pagina.
4. Open de site en controleer de contactgegevens onder "Hulp nodig?".

Deze build hoort bij een submap als hij met BASE_PATH is gebouwd; anders bij de hoofdmap.
Eigen naam, contacten, protocol of huisstijl? Pas content/gemeente.yaml aan in de broncode en bouw
opnieuw met: npm ci && npm run build. Zie README.md in de broncode.

Wat er in deze versie in de inhoud veranderde, staat in wijzigingen.yaml en op de pagina
"Wat is er veranderd" van de site.

Controleer het bestand voor je het plaatst: sha256sum -c ${name}.zip.sha256
`;

const files = {};
(function add(dir) {
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) add(path);
    else files[`${name}/site/${relative(dist, path).replaceAll('\\', '/')}`] = readFileSync(path);
  }
})(dist);
for (const f of ['nginx.conf', '.htaccess', 'web.config'])
  files[`${name}/hosting/${f}`] = readFileSync(join(root, 'src/hosting', f));
files[`${name}/LICENSE`] = readFileSync(join(root, 'LICENSE'));
files[`${name}/wijzigingen.yaml`] = readFileSync(
  join(resolve(process.env.CONTENT_DIR ?? join(root, 'content')), 'wijzigingen.yaml'),
);
files[`${name}/INSTALL.txt`] = new TextEncoder().encode(install);

// A fixed date keeps the zip the same for the same build.
const zip = zipSync(files, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
mkdirSync(out, { recursive: true });
const zipPath = join(out, `${name}.zip`);
writeFileSync(zipPath, zip);
const sum = createHash('sha256').update(zip).digest('hex');
writeFileSync(`${zipPath}.sha256`, `${sum}  ${basename(zipPath)}\n`);
writeFileSync(join(out, 'INSTALL.txt'), install);
console.log(
  `${relative(root, zipPath)}: ${Object.keys(files).length} bestanden, ${(zip.length / 1024).toFixed(0)} KB\nSHA-256 ${sum}`,
);
