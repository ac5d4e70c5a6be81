import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // Each case runs a whole `astro build` on a broken copy of the fixture record; they share
      // Astro's content cache, so they run one at a time.
      {
        test: {
          name: 'build-failures',
          include: ['tests/build/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
        },
      },
      // Reads dist/: run after `npm run build`. The search tests serve dist/ on one port and drive
      // Chromium, so files run one at a time.
      {
        test: { name: 'site', include: ['tests/site/**/*.test.ts'], fileParallelism: false, testTimeout: 120_000 },
      },
      // `npm run bench:search` only: prints figures, asserts nothing, not part of `npm test`.
      { test: { name: 'bench', include: ['bench/**/*.run.ts'] } },
    ],
  },
});
