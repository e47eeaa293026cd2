/**
 * Installs what the tests need from Debian, where they may: as root on a machine with apt (CI on a
 * clean machine). Elsewhere the caller says in one sentence what to install.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Whether this process may install Debian packages. */
export const canApt = () => process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');

/** Installs Debian package `pkg` quietly, saying so first (`why`: what it is for). */
export function aptInstall(pkg, why) {
  console.log(`${why}; Debian-pakket ${pkg} wordt geïnstalleerd met apt-get …`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkg}`, {
    stdio: 'inherit',
  });
}
