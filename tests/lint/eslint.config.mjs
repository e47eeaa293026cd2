// ESLint for the whole project: TypeScript, Astro components and the a11y rules for Preact JSX.
// It lives here, not at the top level, because the project's top level is fixed (README, "Hoe het
// in elkaar zit"); `npm run lint` passes it with --config, so paths below are from the project root.
// Formatting is Prettier's job (npm run format), so no style rules here.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-*/',
      'node_modules/',
      'tests/.output/',
      'test-results/',
      '.astro/',
      'src/themes/',
      'public/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mjs,astro}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Unused code is dead code (issue 14): no unused variables or imports; a leading _ marks one kept on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // typeof import('…') stays allowed: it names the type of a module that is loaded lazily.
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      // Imports name their file with its extension (Node's strip-types runs tests/tools/*.ts as they are).
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^\\.{1,2}/(?!.*\\.(ts|tsx|mjs|js|json|astro|css)$)', message: 'Noem het bestand met extensie.' },
          ],
        },
      ],
    },
  },
  {
    // The islands render Preact JSX: the same a11y rules as for React.
    files: ['src/islands/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
    settings: { 'jsx-a11y': { polymorphicPropName: 'as' } },
  },
  {
    files: ['tests/**/*.{ts,mjs}'],
    rules: {
      // Tests assert on shapes they built themselves; a non-null assertion there reads better than a guard.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
