// Step 2 of the build (scripts/build.mjs): the first screen prerendered into <outDir>/index.html.
//   - Vite bundles src/app/prerender.tsx for Node; it renders <Root /> at Setup to HTML.
//   - The HTML goes inside <div id="root">; main.tsx hydrates it when the page opens at the
//     default route.
//   - An inline boot script runs before the first paint: it applies the stored or system theme
//     (so a dark-theme reader never sees a light flash) and, when the fragment asks for another
//     page or a deep link, hides the prerendered Setup (that page renders from scratch instead).
//     The page's Content-Security-Policy allows exactly the inline scripts the page holds, by
//     their SHA-256 hashes.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const outDir = process.argv[2] ?? 'dist';
const ssrDir = 'node_modules/.cache/irsa-prerender';

await build({
  logLevel: 'warn',
  build: { ssr: 'src/app/prerender.tsx', outDir: ssrDir, emptyOutDir: true, minify: false },
});
const { renderFirstScreen } = await import(pathToFileURL(`${ssrDir}/prerender.js`).href);
const html = await renderFirstScreen();
rmSync(ssrDir, { recursive: true, force: true });

// Kept short and dependency-free: it runs before anything else on every visit.
export const BOOT_SCRIPT = [
  '(function(){var d=document.documentElement;',
  'function pick(k,q){var v=null;try{v=localStorage.getItem(k)}catch(e){}',
  "return v==='true'||(v!=='false'&&matchMedia(q).matches)}",
  "d.classList.toggle('dark',pick('irsa.dark-theme','(prefers-color-scheme: dark)'));",
  "d.classList.toggle('reduce-motion',pick('irsa.reduce-motion','(prefers-reduced-motion: reduce)'));",
  "var h=location.hash;if(h&&h!=='#')d.setAttribute('data-deep-link','')})()",
].join('');

// React's static output may carry small inline scripts of its own (revealing a Suspense boundary
// that completed after the shell). Each inline script the page holds is allowed by its hash; no
// other inline script can run.
const inline = [
  BOOT_SCRIPT,
  ...[...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]),
];
const hashes = inline.map(
  (code) => `&#39;sha256-${createHash('sha256').update(code).digest('base64')}&#39;`,
);
const file = `${outDir}/index.html`;
const page = readFileSync(file, 'utf8');
if (!page.includes('<div id="root"></div>')) throw new Error(`${file}: no empty #root to fill`);
// Vite writes the meta tag's quotes as &#39;.
const filled = page
  .replace('script-src &#39;self&#39;', `script-src &#39;self&#39; ${hashes.join(' ')}`)
  .replace('<div id="root"></div>', `<div id="root">${html}</div>`)
  .replace('</title>', `</title>\n    <script>${BOOT_SCRIPT}</script>`);
if (!filled.includes(hashes[0])) throw new Error(`${file}: no script-src to extend`);
writeFileSync(file, filled);
console.log(
  `prerender: ${file}, ${html.length.toLocaleString('en-US')} characters of HTML, ${inline.length} inline scripts allowed by hash`,
);
