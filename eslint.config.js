import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'https',
  'net',
  'url',
  'stream',
  'util',
  'zlib',
  'worker_threads',
  'events',
  'buffer',
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'out/',
      'native/',
      'coverage/',
      'test-results/',
      'bench/results/',
      'corpus/',
      'glossary/',
      'tests/fixtures/',
      'tests/schemas/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    // Config files are the one place tools require a default export.
    files: ['*.config.ts', '*.config.js', 'electron.vite.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // core/ is pure TypeScript that runs in Node, Electron and the browser alike: no Node, Electron or
    // DOM. It may use what every JavaScript host has (TextDecoder, Intl).
    files: ['src/core/**/*.ts', 'src/shared/**/*.ts'],
    languageOptions: { globals: { ...globals.es2023, TextDecoder: 'readonly', TextEncoder: 'readonly' } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'core/ and shared/ must not import Node built-ins.' },
            {
              group: ['electron', 'electron/*', 'better-sqlite3'],
              message: 'core/ and shared/ must not import Electron or native modules.',
            },
            {
              group: ['**/server/**', '**/main/**', '**/renderer/**', '**/preload/**', '**/cli/**'],
              message: 'core/ and shared/ must not depend on outer layers.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'process',
        'Buffer',
        'require',
        '__dirname',
      ],
    },
  },
  {
    files: ['src/renderer/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'The renderer has no Node.' },
            {
              group: ['electron', '**/server/**', '**/main/**', 'better-sqlite3'],
              message: 'The renderer talks to services only through the API client.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**', 'better-sqlite3', 'node:*'],
              message: 'The sandboxed preload only bridges API calls.',
            },
          ],
        },
      ],
    },
  },
);
