// @ts-check
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import prettierConfig from 'eslint-config-prettier';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';

const uiLibraries = ['react', 'react-dom', 'react-dom/*', 'cytoscape', 'cytoscape-*'];
const cytoscape = { group: ['cytoscape', 'cytoscape-*'], message: 'Only src/render may import Cytoscape.' };

/** A layer's import rule: the patterns its files must not import. */
const layer = (files, ignores, patterns) => ({
  files,
  ignores,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

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
    // No import cycles anywhere in the app (import-x skips type-only imports, which vanish from the build).
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    plugins: { 'import-x': importX },
    // Imports name their files with the extension (./x.ts), so resolving them as Node does finds them.
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js'],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  // The layers, lowest first: core <- state <- render, ui <- features <- App. A layer imports only from the
  // layers below it, and only render imports Cytoscape.
  layer(
    ['src/core/**'],
    [],
    [
      { group: uiLibraries, message: 'src/core stays free of React and Cytoscape.' },
      {
        group: ['**/state/**', '**/render/**', '**/features/**', '**/ui/**', '**/App.tsx'],
        message: 'src/core must not import UI code.',
      },
    ],
  ),
  layer(
    ['src/state/**'],
    [],
    [
      cytoscape,
      {
        // render/settings.ts is plain data (thresholds and limits, no Cytoscape); the canvas is reached
        // through the CanvasCommands interface that state declares and render implements.
        group: ['**/render/**', '!**/render/settings.ts', '**/features/**', '**/ui/**', '**/App.tsx'],
        message: 'src/state must not import render, ui or features: declare an interface here instead.',
      },
    ],
  ),
  layer(
    ['src/render/**'],
    [],
    [{ group: ['**/features/**', '**/ui/**', '**/App.tsx'], message: 'src/render must not import ui or features.' }],
  ),
  layer(
    ['src/ui/**'],
    [],
    [
      cytoscape,
      {
        group: ['**/render/**', '**/features/**', '**/App.tsx'],
        message: 'src/ui must not import render or features.',
      },
    ],
  ),
  layer(
    ['src/features/**'],
    [],
    [
      cytoscape,
      { group: ['**/render/**', '**/App.tsx'], message: 'Only App.tsx puts the canvas (src/render) on the page.' },
    ],
  ),
);
