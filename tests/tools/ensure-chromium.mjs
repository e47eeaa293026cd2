#!/usr/bin/env node
/**
 * Makes sure the Playwright suite has a Chromium: CHROME_PATH, Debian's /usr/bin/chromium or
 * Playwright's own. As root on Debian it installs Debian's chromium with apt (Playwright cannot
 * download its own browser on a machine without internet); otherwise it says what to install.
 * The same for pdftotext (poppler-utils), with which the print tests read the PDFs Chromium prints.
 */
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { aptInstall, canApt } from './apt.mjs';

function found() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : null;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own here.
  }
  return null;
}

let path = found();
if (!path && process.env.CHROME_PATH) {
  console.error(`CHROME_PATH wijst naar ${process.env.CHROME_PATH}, maar daar staat geen Chromium.`);
  process.exit(1);
}
if (!path && canApt()) {
  aptInstall('chromium', 'Geen Chromium gevonden');
  path = found();
}
if (!path) {
  console.error(
    'Geen Chromium gevonden: installeer Chromium (op Debian of Ubuntu: sudo apt-get install chromium) of zet CHROME_PATH op het pad van een Chromium of Chrome.',
  );
  process.exit(1);
}
console.log(`Chromium: ${path}`);

/** Whether a program is on the PATH. */
const onPath = (program) => {
  try {
    execSync(`command -v ${program}`, { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
};
if (!onPath('pdftotext') && canApt()) aptInstall('poppler-utils', 'Geen pdftotext gevonden');
if (!onPath('pdftotext')) {
  console.error(
    'Geen pdftotext gevonden: de printtests lezen er de PDF mee. Installeer het (op Debian of Ubuntu: sudo apt-get install poppler-utils).',
  );
  process.exit(1);
}
