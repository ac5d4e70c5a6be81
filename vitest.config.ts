import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { readSettings } from './src/site/settings.ts';

// The `~/` import alias of tsconfig.json, for every project (`extends: true`).
const alias = { '~': fileURLToPath(new URL('./src', import.meta.url)) };

export default defineConfig({
  resolve: { alias },
  test: {
    // The base path the site was built under (BASE_PATH): src/site/urls.ts reads it as BASE_URL, so
    // the tests expect the URLs the build wrote.
    env: { BASE_URL: readSettings(process.env).basePath },
    projects: [
      // citation-js's first formatting takes seconds on a loaded machine.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 } },
      // The importer on the real sources and variations of them; writes only to temporary folders.
      { extends: true, test: { name: 'import', include: ['tests/import/**/*.test.ts'], testTimeout: 30_000 } },
      // Each case runs a whole `astro build` on a broken copy of the fixture record; they share
      // Astro's content cache, so they run one at a time.
      {
        extends: true,
        test: {
          name: 'build-failures',
          include: ['tests/build/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
        },
      },
      // Reads dist/: run after `npm run build`.
      { extends: true, test: { name: 'site', include: ['tests/site/**/*.test.ts'] } },
      // Debian's chromium against dist/ served on loopback: run after `npm run build`.
      {
        extends: true,
        test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 60_000 },
      },
      // `npm run bench:search` only: prints figures, asserts nothing, not part of `npm test`.
      { extends: true, test: { name: 'bench', include: ['tools/bench/**/*.run.ts'] } },
    ],
  },
});
