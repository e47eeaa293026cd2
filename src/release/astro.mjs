#!/usr/bin/env node
/**
 * The Astro CLI with Astro's telemetry off for this project. Without it Astro greets every new user
 * with a notice about anonymous usage data and sends that data to astro.build from the machine that
 * builds: not wanted for a site a municipality builds on its own network. `astro telemetry disable`
 * would only switch it off for one user, and `ASTRO_TELEMETRY_DISABLED=1 astro …` in package.json
 * does not work in the Windows command prompt; this file works everywhere. The npm scripts (build,
 * dev, preview, check) call Astro through it: `node src/release/astro.mjs build`.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
await import(pathToFileURL(astro).href);
