// Lint enforces the architecture (see the README in each src/ folder): data flows up, never down.
//   sim/      pure TypeScript + jose + WebCrypto; no React, XState, motion, DOM, clock or randomness
//   content/  data; may only `import type` from sim/machine
//   machine/  XState + sim + content; no React, no views
//   features/ views; talk to machine, components and lib; never sim at runtime
//   components/ design-system pieces; only lib
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

const zone = (target, from, message) => ({
  target: `./src/${target}`,
  from: `./src/${from}`,
  message,
});

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
          ],
        },
      ],
    },
  },
  {
    // The simulation is pure: injected clock and ids, no UI libraries, no DOM.
    files: ['src/sim/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: UI_PACKAGES.map((name) => ({
            name,
            message: 'sim/ is pure: no UI or state-machine libraries.',
          })),
        },
      ],
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
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Inject the clock (sim/clock.ts).',
        },
      ],
    },
  },
  {
    files: ['src/machine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            'react',
            'react-dom',
            'motion',
            'motion/react',
            'motion/react-m',
            '@xstate/react',
          ].map((name) => ({ name, message: 'machine/ has no views.' })),
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
