// Step 3 of the build (`node scripts/service-worker.mjs <outDir>`, run by scripts/build.mjs after
// the prerender): writes <outDir>/sw.js, a Workbox service worker that precaches the whole build,
// so the site works offline after one visit, lazy chunks included.
//
// - Every URL in it is relative (`index.html`, `assets/…`): Workbox resolves them against the
//   worker's own location, so the site works from any sub-path (vite's `base: './'`).
// - `skipWaiting: false`: a new version installs beside the running one and waits until the user
//   presses "Reload to update" (src/app/update-banner.tsx posts {type: 'SKIP_WAITING'}), so a page
//   never runs old code against a new build's chunks.
// - The Workbox runtime is inlined: sw.js loads no other script (no importScripts) and needs no
//   eval, which the checks at the end enforce. Nothing off the origin is cached or fetched.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { generateSW } from 'workbox-build';

const outDir = process.argv[2] ?? 'dist';
const swDest = join(outDir, 'sw.js');

const { count, size, warnings } = await generateSW({
  globDirectory: outDir,
  // Everything the site serves: pages, chunks, styles, the manifest and its icons, fonts if any.
  globPatterns: ['**/*.{html,js,mjs,css,svg,png,ico,webp,woff2,webmanifest,txt,json}'],
  // Sourcemaps are for developers; sw.js must not cache itself.
  globIgnores: ['**/*.map', 'sw.js'],
  swDest,
  // The app routes in the fragment, so every navigation in scope is the one page.
  navigateFallback: 'index.html',
  skipWaiting: false,
  // The first install takes the open page at once; later versions wait for the user (above).
  clientsClaim: true,
  cleanupOutdatedCaches: true,
  inlineWorkboxRuntime: true,
  mode: 'production',
  sourcemap: false,
  disableDevLogs: true,
  // vite's file names carry a content hash: no need for Workbox's `__WB_REVISION__` query.
  dontCacheBustURLsMatching: /^assets\/.+-[\w-]{8}\.\w+$/,
  // The first-load chunk is the largest file; anything far larger would be a mistake to precache.
  maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
});
for (const warning of warnings) console.warn(`service-worker: ${warning}`);

const sw = readFileSync(swDest, 'utf8');
const failures = [];
// The page's CSP is `script-src 'self'` with no 'unsafe-eval'; keep the worker to the same rules.
if (/\beval\s*\(|\bnew Function\s*\(/.test(sw)) failures.push('sw.js uses eval or new Function');
if (/\bimportScripts\s*\(/.test(sw)) failures.push('sw.js imports another script');
// Every precached URL is relative to sw.js: same origin, any sub-path. (No `runtimeCaching` is
// configured above, so the worker caches nothing else.)
const precached = new Set([...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]));
for (const url of precached) {
  if (/^(?:[a-z]+:|\/)/i.test(url)) failures.push(`precache entry ${url} is not relative`);
}
// Every page, chunk and stylesheet must be precached (a lazy chunk left out breaks offline use).
// Host files a deploy may add (`.nojekyll`, `_headers`, `CNAME`) are not the site's to cache.
for (const file of filesUnder(outDir)) {
  if (file === 'sw.js' || !/\.(?:html|m?js|css)$/.test(file)) continue;
  if (!precached.has(file)) failures.push(`${file} is not precached`);
}
if (failures.length > 0) {
  for (const failure of failures) console.error(`service-worker: ${failure}`);
  process.exit(1);
}
console.log(`service-worker: ${swDest} precaches ${count} files, ${(size / 1024).toFixed(1)} kB`);

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map((name) => join(dir, String(name)))
    .filter((path) => statSync(path).isFile())
    .map((path) => relative(dir, path).split(sep).join('/'));
}
