// The one build (`npm run build`, the e2e server, the bench and the deploy workflow use it):
//   1. `vite build` into the output folder (dist/, or the folder given as the first argument);
//   2. the first screen prerendered into its index.html (scripts/prerender.mjs), so the page
//      paints before its JavaScript has arrived;
//   3. the service worker that precaches the result (scripts/service-worker.mjs), so the site
//      works offline after one visit.
// Each step is a separate script so it can be run and tested alone.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const outDir = process.argv[2] ?? 'dist';

function run(what, args) {
  const result = spawnSync('node', args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`build: ${what} failed`);
    process.exit(result.status ?? 1);
  }
}

run('vite build', ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir]);
for (const step of ['prerender', 'service-worker']) {
  const script = `scripts/${step}.mjs`;
  if (existsSync(script)) run(step, [script, outDir]);
}
