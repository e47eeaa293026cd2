import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/unit/**/*.test.ts'],
    // The build test runs a real Astro build; give it room on a 2-core machine.
    testTimeout: 120_000,
  },
});
