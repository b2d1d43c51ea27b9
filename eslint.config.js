// @ts-check
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import prettierConfig from 'eslint-config-prettier';

const uiLibraries = ['react', 'react-dom', 'react-dom/*', 'cytoscape', 'cytoscape-*'];

export default tseslint.config(
  { ignores: ['**/*.tmp.ts', 'dist/**', 'node_modules/**', 'bench-results/**', 'test-results/**', 'data/schema/**'] },
  ...tseslint.configs.strict,
  prettierConfig,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Names from the data are untrusted: render text, never HTML.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // The core is plain TypeScript: no React, no Cytoscape, no UI code.
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: uiLibraries, message: 'src/core stays free of React and Cytoscape.' },
            {
              group: ['**/state/**', '**/render/**', '**/features/**', '**/ui/**'],
              message: 'src/core must not import UI code.',
            },
          ],
        },
      ],
    },
  },
  {
    // Only render/ talks to Cytoscape.
    files: ['src/**'],
    ignores: ['src/render/**', 'src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['cytoscape', 'cytoscape-*'], message: 'Only src/render may import Cytoscape.' }],
        },
      ],
    },
  },
);
