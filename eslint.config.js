import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

/** Imports a folder may not make, and why: layers point one way (docs/architecture.md, "Layers"). */
const upward = {
  site: {
    group: ['~/site', '~/site/*', '**/site/*'],
    message: 'the site reads this layer, not the other way (URLs: ~/record/urls).',
  },
  pages: {
    group: ['~/pages/*', '~/components/*', '~/integrations/*'],
    message: 'build-time and page code is above this layer.',
  },
  search: {
    group: ['~/search', '~/search/*'],
    message: 'search is built from the record, not the other way (text: ~/text/).',
  },
  schemas: {
    group: ['~/content/schemas', '~/content/schemas/*'],
    message: 'the record is read by the schemas, not the other way.',
  },
};
const restrict = (files, ...patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});
const layers = [
  restrict(
    ['src/record/**', 'src/citation/**', 'src/open-data/**', 'src/text/**'],
    upward.site,
    upward.pages,
    upward.search,
  ),
  restrict(['src/search/**'], upward.site, upward.pages),
  restrict(['src/content/schemas/**'], upward.site, upward.pages, upward.search),
  restrict(['src/record/**', 'src/text/**'], upward.site, upward.pages, upward.search, upward.schemas),
];

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname, extraFileExtensions: ['.astro'] },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // Tests and tools index fixtures they just built; `!` there states a fact, not a hope.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // astro-eslint-parser cannot type expressions inside template markup, so every value returned from a
    // .map() in a template reads as the error type. The same code is type-checked by `astro check`.
    files: ['**/*.astro'],
    rules: { '@typescript-eslint/no-unsafe-return': 'off' },
  },
  {
    // The site looks entries up through src/site/routes/, where a lookup that can miss says so.
    files: ['src/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'error' },
  },
  {
    // Functions fit on a screen (docs/architecture.md).
    rules: { 'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }] },
  },
  {
    // Tests and benches are lists of cases in one describe() or one script body.
    files: ['tests/**', 'tools/bench/**/*.run.ts'],
    rules: { 'max-lines-per-function': 'off' },
  },
  ...layers,
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
