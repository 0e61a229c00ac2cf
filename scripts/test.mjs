// `npm test`: every check, in order, stopping at the first failure:
// typecheck, lint (with the layer rules), format, unit/property/machine tests, then e2e in Chromium.
import { spawnSync } from 'node:child_process';

const bin = (pkg, path) => ['node', [`node_modules/${pkg}/${path}`]];

function run(title, [cmd, args], extraArgs) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(cmd, [...args, ...extraArgs], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n✗ ${title} failed`);
    process.exit(result.status ?? 1);
  }
}

run('typecheck (tsc -b)', bin('typescript', 'bin/tsc'), ['-b']);
run('lint (eslint, layer rules)', bin('eslint', 'bin/eslint.js'), ['.', '--max-warnings=0']);
run('format (prettier --check)', bin('prettier', 'bin/prettier.cjs'), [
  '--check',
  '.',
  '--log-level=warn',
]);
run('unit, property and machine tests (vitest)', bin('vitest', 'vitest.mjs'), ['run']);

run('end-to-end tests (playwright, Chromium)', ['node', ['scripts/e2e.mjs']], []);
console.log('\n✓ all checks passed');
