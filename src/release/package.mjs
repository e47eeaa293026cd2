#!/usr/bin/env node
/**
 * npm run package: the release for a municipality. Zips the built site (dist/) with an install
 * note, the licence, the web server examples and what changed in the content (wijzigingen.yaml), and writes a SHA-256 checksum beside it
 * (sha256sum -c checks it). Output: dist-release/veilig-raadswerk-<version>.zip and .zip.sha256.
 * DIST_DIR and OUT_DIR choose other folders (tests use them).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { filesIn, writeZip } from './zip.mjs';

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
for (const f of filesIn(dist)) files[`${name}/site/${f}`] = readFileSync(join(dist, f));
for (const f of ['nginx.conf', '.htaccess', 'web.config'])
  files[`${name}/hosting/${f}`] = readFileSync(join(root, 'src/hosting', f));
files[`${name}/LICENSE`] = readFileSync(join(root, 'LICENSE'));
files[`${name}/wijzigingen.yaml`] = readFileSync(
  join(resolve(process.env.CONTENT_DIR ?? join(root, 'content')), 'wijzigingen.yaml'),
);
files[`${name}/INSTALL.txt`] = new TextEncoder().encode(install);

writeZip(root, out, name, files);
writeFileSync(join(out, 'INSTALL.txt'), install);
