// Lint enforces the architecture (see the README in each src/ folder): data flows up, never down.
//   sim/      pure TypeScript + jose + WebCrypto + yaml (one library writes manifests and reads
//             pasted ones); no React, XState, motion, DOM, clock or randomness
//   content/  data; may only `import type` from sim/machine
//   machine/  XState + sim + content; no React, no views
//   features/ views; talk to machine, components and lib; never sim at runtime; one feature
//             never imports another's folder (shared code sits at the features root)
//   components/ design-system pieces; only lib
// Everywhere but tests and scripts: sim/engine.ts only by dynamic import(). In src/: no `export *`.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const UI_PACKAGES = [
  'react',
  'react-dom',
  'react-dom/client',
  'xstate',
  '@xstate/react',
  'motion',
  'motion/react',
  'motion/react-m',
  'framer-motion',
];

const MACHINE_BANNED_PACKAGES = [
  'react',
  'react-dom',
  'motion',
  'motion/react',
  'motion/react-m',
  '@xstate/react',
];

// Named re-exports only: each name then has one obvious place to look for, and the bundler can
// tell what a lazy module needs instead of pulling in all a barrel re-exports.
const NO_EXPORT_ALL = {
  selector: 'ExportAllDeclaration',
  message:
    'No `export *`: re-export names one by one (`export { a, b } from`), so each name has one obvious place and the bundler can split lazy code.',
};

const zone = (target, from, message) => ({
  target: `./src/${target}`,
  from: [from].flat().map((path) => `./src/${path}`),
  message,
});

// One zone per feature folder: it may import files at the features root (irsa-actor.ts), never
// another feature's folder. Read from disk, so a new feature is covered without editing this.
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const featureZones = FEATURES.map((feature) =>
  zone(
    `features/${feature}`,
    FEATURES.filter((other) => other !== feature).map((other) => `features/${other}`),
    `features/${feature}/ may not import another feature's internals: move what both need to the features root or to machine/, components/ or lib/.`,
  ),
);

// The engine holds the step functions and the crypto: the machine loads it with import() so it
// arrives after the first paint. A static import anywhere would pull it into the first bundle.
// Only tests and scripts, which are never bundled, import it statically. (`no-restricted-imports`
// looks only at static imports and re-exports, never at import().)
const ENGINE_IMPORT_ALLOWED = ['**/*.test.ts', 'scripts/**'];
const STATIC_ENGINE_IMPORT = {
  regex: '(^|/)sim/engine(\\.[cm]?[jt]s)?$',
  message:
    "sim/engine.ts is loaded lazily: use `await import('…/sim/engine')`, never a static import.",
};
// Inside sim/ the engine is a relative `./engine` or `../engine`.
const STATIC_ENGINE_IMPORT_IN_SIM = {
  regex: '^\\.{1,2}(/\\.\\.)*/engine(\\.[cm]?[jt]s)?$',
  message: STATIC_ENGINE_IMPORT.message,
};

const YAML_IN_FIRST_LOAD =
  'sim/index.ts is in the first load: import `yaml` (and sim/kubernetes/to-yaml.ts) by path from a lazily loaded module instead.';

// `no-restricted-imports` keeps one option set per file (a later block replaces an earlier one),
// so each folder's banned packages and the engine ban are combined here: one block for the files
// that may not import the engine statically, one for the tests and scripts that may.
function restrictImports(files, paths = [], enginePatterns = [STATIC_ENGINE_IMPORT]) {
  const rule = (patterns) =>
    paths.length + patterns.length === 0 ? 'off' : ['error', { paths, patterns }];
  return [
    {
      files,
      ignores: ENGINE_IMPORT_ALLOWED,
      rules: { 'no-restricted-imports': rule(enginePatterns) },
    },
    {
      files: files.flatMap((glob) => ENGINE_IMPORT_ALLOWED.map((allowed) => [glob, allowed])),
      rules: { 'no-restricted-imports': rule([]) },
    },
  ];
}

export default defineConfig([
  globalIgnores([
    'dist',
    'dist-*',
    'node_modules',
    'test-results',
    'playwright-report',
    '.lighthouse',
    'screenshots',
  ]),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      tseslint.configs.recommendedTypeChecked,
      reactHooks.configs.flat['recommended-latest'],
    ],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            zone('sim', 'machine', 'sim/ is the bottom layer: it may not import machine/.'),
            zone('sim', 'features', 'sim/ may not import views.'),
            zone('sim', 'app', 'sim/ may not import the app.'),
            zone('sim', 'components', 'sim/ may not import UI components.'),
            zone('sim', 'content', 'sim/ may not import content/.'),
            zone('machine', 'features', 'machine/ may not import views.'),
            zone('machine', 'app', 'machine/ may not import the app.'),
            zone('machine', 'components', 'machine/ may not import UI components.'),
            zone('content', 'features', 'content/ is data: no views.'),
            zone('content', 'app', 'content/ is data: no app code.'),
            zone('content', 'components', 'content/ is data: no UI components.'),
            zone('components', 'sim', 'components/ hold no domain knowledge.'),
            zone('components', 'machine', 'components/ hold no domain knowledge.'),
            zone('components', 'features', 'components/ may not import features.'),
            zone('lib', 'sim', 'lib/ holds no domain knowledge.'),
            zone('lib', 'machine', 'lib/ holds no domain knowledge.'),
            zone('lib', 'features', 'lib/ may not import features.'),
            ...featureZones,
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', NO_EXPORT_ALL] },
  },
  ...restrictImports(['**/*.{ts,tsx,js,mjs}']),
  // The simulation is pure: injected clock and ids, no UI libraries, no DOM.
  ...restrictImports(
    ['src/sim/**/*.ts'],
    UI_PACKAGES.map((name) => ({
      name,
      message: 'sim/ is pure: no UI or state-machine libraries.',
    })),
    [STATIC_ENGINE_IMPORT, STATIC_ENGINE_IMPORT_IN_SIM],
  ),
  // `yaml` is allowed in sim/ (pure, no DOM: it writes kubectl-style manifests and reads pasted
  // ones) but is ~17 kB gzip that the first screen never needs. sim/index.ts is in the first load,
  // so it may neither import `yaml` nor re-export the modules that do: those are imported by path
  // from lazily loaded modules (machine/artifacts.ts).
  ...restrictImports(
    ['src/sim/index.ts'],
    [
      ...UI_PACKAGES.map((name) => ({
        name,
        message: 'sim/ is pure: no UI or state-machine libraries.',
      })),
      { name: 'yaml', message: YAML_IN_FIRST_LOAD },
    ],
    [
      STATIC_ENGINE_IMPORT,
      STATIC_ENGINE_IMPORT_IN_SIM,
      { regex: '(^|/)to-yaml(\\.[cm]?[jt]s)?$', message: YAML_IN_FIRST_LOAD },
    ],
  ),
  ...restrictImports(
    ['src/machine/**/*.ts'],
    MACHINE_BANNED_PACKAGES.map((name) => ({ name, message: 'machine/ has no views.' })),
  ),
  {
    files: ['src/sim/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'localStorage',
          'sessionStorage',
          'location',
          'fetch',
          'XMLHttpRequest',
        ].map((name) => ({
          name,
          message: 'sim/ runs without a DOM or network: pass what you need in.',
        })),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Inject the clock (sim/clock.ts).' },
        { object: 'Math', property: 'random', message: 'Use the seeded id source (sim/ids.ts).' },
      ],
      'no-restricted-syntax': [
        'error',
        NO_EXPORT_ALL,
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Inject the clock (sim/clock.ts).',
        },
      ],
    },
  },
  {
    files: ['src/content/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(sim|machine)(/|$)',
              allowTypeImports: true,
              message: 'content/ may only import types from sim/ and machine/.',
            },
          ],
        },
      ],
    },
  },
  {
    // Views talk to the machine; the simulation reaches them only as types.
    files: ['src/features/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)sim(/|$)',
              allowTypeImports: true,
              message: 'Views may not import sim/ at runtime: go through machine/.',
            },
          ],
        },
      ],
    },
  },
  {
    // Playwright fixtures call `use`, which is not React's hook.
    files: ['e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
  },
  // Benchmarks hand functions to page.evaluate: those run in the browser.
  {
    files: ['scripts/bench*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
]);
