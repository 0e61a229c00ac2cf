// `npm run build:single`: the whole app as ONE HTML file, `<outDir>/irsa-visualizer.html`
// (outDir defaults to dist-single/), to open from disk or a USB stick with no server.
//   1. Vite builds with the project's vite.config.ts into a temporary folder, with code
//      splitting off (rolldown's `output.codeSplitting: false`): every import() is inlined, so
//      the build is one JS file and one CSS file.
//   2. scripts/single-file.mjs inlines both into index.html, with the icon as a data: URL, and
//      allows them in the page's Content-Security-Policy by their SHA-256 hashes.
// Unlike scripts/build.mjs, no prerender and no service worker: the page renders from scratch
// (there is no network to wait for) and a file: page cannot register a service worker (it is
// already local, nothing to cache).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { inlineSingleFile, SINGLE_FILE_NAME } from './single-file.mjs';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const outDir = resolve(process.argv[2] ?? 'dist-single');
const viteOut = mkdtempSync(join(tmpdir(), 'irsa-single-'));

try {
  await build({
    root: projectRoot,
    logLevel: 'warn',
    build: {
      outDir: viteOut,
      emptyOutDir: true,
      // Every asset a module imports becomes a data: URL (img-src allows data:).
      assetsInlineLimit: () => true,
      // One style sheet for the whole app, lazy pages' CSS included.
      cssCodeSplit: false,
      // No other chunk to preload, so no preload helper.
      modulePreload: false,
      // One chunk is the point here: no warning about its size.
      chunkSizeWarningLimit: Number.POSITIVE_INFINITY,
      // Replaces the config's `codeSplitting.groups` (Vite merges objects, but `false` is not
      // one, so it wins over the config's object).
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });

  const assets = readdirSync(join(viteOut, 'assets'));
  const js = assets.filter((f) => f.endsWith('.js'));
  if (js.length !== 1) throw new Error(`build-single: ${js.length} JS chunks, not 1: ${js}`);

  const html = readFileSync(join(viteOut, 'index.html'), 'utf8');
  const page = inlineSingleFile(html, (path) => readFileSync(join(viteOut, path)));
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, SINGLE_FILE_NAME);
  writeFileSync(file, page.html);
  const raw = Buffer.byteLength(page.html);
  const gzip = gzipSync(page.html, { level: 9 }).length;
  const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
  console.log(`build-single: ${file}, ${kB(raw)} (${kB(gzip)} gzipped)`);
  console.log(`  script-src ${page.scriptHash}; style-src ${page.styleHash}`);
} finally {
  rmSync(viteOut, { recursive: true, force: true });
}
