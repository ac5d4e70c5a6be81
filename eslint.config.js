import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

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
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
