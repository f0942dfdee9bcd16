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

/** A restricted import pattern matched as a regular expression against the import specifier. */
const deny = (regex, message) => ({ regex, message });
// An import that climbs out of the current layer into `names` ("../../server/dispatch").
const upInto = (names) => `^(\\.\\./)+(${names.join('|')})(/|$)`;
const nodeBuiltin = `^(node:|(${nodeBuiltins.filter((n) => n !== 'node:*').join('|')})(/|$))`;

const pureGlobals = { ...globals.es2023, TextDecoder: 'readonly', TextEncoder: 'readonly' };
const noHostGlobals = [
  'error',
  'window',
  'document',
  'navigator',
  'localStorage',
  'process',
  'Buffer',
  'require',
  '__dirname',
];

/** One flat-config block per layer: later blocks never overlap earlier ones, so no rule is overridden. */
function layerRules() {
  const layer = (dir, patterns, extra = {}) => ({
    files: [`src/${dir}/**/*.ts`],
    ...extra,
    rules: { ...extra.rules, 'no-restricted-imports': ['error', { patterns }] },
  });
  return [
    // core/ is pure TypeScript that runs in Node, Electron and the browser alike: no Node, Electron or
    // DOM, no other layer. Three leaf modules of the contract are shared with it (the model's enums, the
    // memory's result types and AppError; none imports zod); saxes (XML) and nspell (Hunspell) are pure JavaScript.
    layer(
      'core',
      [
        deny(
          '^(?!\\.|saxes$|nspell$)',
          'core/ imports no packages (saxes and nspell, pure JavaScript, excepted): it is pure TypeScript.',
        ),
        deny(
          upInto(['server', 'main', 'preload', 'renderer', 'cli']),
          'core/ must not depend on outer layers.',
        ),
        deny(
          '(^|/)shared/(?!(model|tm|errors)$)',
          'core/ may use only shared/model, shared/tm and shared/errors from the contract.',
        ),
      ],
      { languageOptions: { globals: pureGlobals }, rules: { 'no-restricted-globals': noHostGlobals } },
    ),
    // shared/ is the contract every door and the renderer load: core, shared and zod only.
    layer(
      'shared',
      [
        deny('^(?!\\.|zod($|/))', 'shared/ imports only zod among packages.'),
        deny(
          upInto(['server', 'main', 'preload', 'renderer', 'cli']),
          'shared/ must not depend on outer layers.',
        ),
      ],
      { languageOptions: { globals: pureGlobals }, rules: { 'no-restricted-globals': noHostGlobals } },
    ),
    // server/ owns SQLite and the services; the doors in main/ and cli/ and the UI sit on top of it.
    layer('server', [
      deny('^electron($|/)', 'server/ runs without Electron (browser mode, CLI, worker).'),
      deny(
        upInto(['main', 'preload', 'renderer', 'cli']),
        'server/ must not depend on main/, preload/, renderer/ or cli/.',
      ),
    ]),
    // main/ is the Electron shell: it hosts the server, never the UI code or the CLI.
    layer('main', [deny(upInto(['renderer', 'cli']), 'main/ must not depend on renderer/ or cli/.')]),
    // The sandboxed preload only relays calls: electron and shared/api/bridge (zod-free, a few kB). Its own
    // files (./bridge) fall under these same rules, so the limit holds for everything it bundles.
    layer('preload', [
      deny('^(?!\\.|electron$)', 'The sandboxed preload imports only electron among packages (no zod).'),
      deny(
        '^(?!\\.\\./shared/api/bridge$|\\./[a-z-]+$)\\.',
        'The preload imports only shared/api/bridge and its own files.',
      ),
    ]),
    // The renderer talks to services only through the API client.
    layer(
      'renderer',
      [
        deny(nodeBuiltin, 'The renderer has no Node.'),
        deny('^(electron|better-sqlite3)($|/)', 'The renderer has no Electron or native modules.'),
        deny(
          upInto(['server', 'main', 'cli', 'preload']),
          'The renderer talks to services only through the API client.',
        ),
      ],
      { languageOptions: { globals: globals.browser } },
    ),
    // The CLI is a door like IPC and HTTP: it reaches the server, never the Electron shell or the UI.
    layer('cli', [
      deny('^electron($|/)', 'The CLI runs without Electron.'),
      deny(upInto(['main', 'renderer', 'preload']), 'cli/ must not depend on main/, renderer/ or preload/.'),
    ]),
  ];
}

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
  // Layering: each layer of src/ may import only the layers beneath it (docs/architecture.md draws the map).
  // Every block below is one layer; tests/lint/layers.test.ts proves each rule still fires.
  ...layerRules(),
);
