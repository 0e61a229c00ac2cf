// Step 2 of the build (scripts/build.mjs): first screens prerendered into <outDir>/index.html.
//   - Vite bundles src/app/prerender.tsx for Node; it renders <Root /> to HTML at Setup of the
//     walkthrough and at each other page it lists (the checker, training, the deck).
//   - Setup goes inside <div id="root">, the other pages into <template>s after it; main.tsx
//     hydrates whichever is in #root (its `data-fragment` says which). Until then #root is
//     `inert`: nothing on it can be clicked, focused or typed into while no code would answer
//     (a tap or text would be lost), and its look does not change.
//   - An inline boot script runs before the first paint: it puts the stored or system theme (so
//     a dark-theme reader never sees a light flash), the motion setting and a dismissed cold open
//     on <html> as classes (for CSS, until React knows them) and, when the fragment asks for
//     another page or a deep link, hides the prerendered Setup. A second one, after the
//     templates, puts a prerendered page in its place when the fragment is that page's; any
//     other fragment renders from scratch. The page's Content-Security-Policy allows exactly the
//     inline scripts the page holds, by their SHA-256 hashes.
//   - The style sheet is inlined as a <style> element (allowed by its hash likewise): the first
//     paint then waits for the page alone, not for a second request (one round trip less on a
//     phone network; the sheet is about 10 KB gzipped). Its <link> stays, disabled (so never
//     fetched): Vite's loader of lazy chunks looks for it before adding the sheet again. A page
//     whose code brings a sheet of its own (the deck) has it inlined too, switched on with it.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { cspHash } from './single-file.mjs';

const outDir = process.argv[2] ?? 'dist';
const ssrDir = 'node_modules/.cache/irsa-prerender';

await build({
  logLevel: 'warn',
  build: { ssr: 'src/app/prerender.tsx', outDir: ssrDir, emptyOutDir: true, minify: false },
});
const { renderFirstScreen, PRERENDERED_FRAGMENTS, PAGE_SHEETS } = await import(
  pathToFileURL(`${ssrDir}/prerender.js`).href
);
const screens = [];
for (const fragment of PRERENDERED_FRAGMENTS)
  screens.push({ fragment, html: await renderFirstScreen(fragment) });
rmSync(ssrDir, { recursive: true, force: true });
const [walkthrough, ...pages] = screens;
if (walkthrough.fragment !== '') throw new Error('prerender: the default route comes first');

// Kept short and dependency-free: it runs before anything else on every visit.
export const BOOT_SCRIPT = [
  '(function(){var d=document.documentElement;',
  'function pick(k,q){var v=null;try{v=localStorage.getItem(k)}catch(e){}',
  "return v==='true'||(v!=='false'&&matchMedia(q).matches)}",
  "d.classList.toggle('dark',pick('irsa.dark-theme','(prefers-color-scheme: dark)'));",
  "d.classList.toggle('reduce-motion',pick('irsa.reduce-motion','(prefers-reduced-motion: reduce)'));",
  "d.classList.toggle('cold-open-dismissed',pick('irsa.cold-open-dismissed','not all'));",
  "var h=location.hash;if(h&&h!=='#')d.setAttribute('data-deep-link','')})()",
].join('');

// The other pages' first screens wait in inert <template>s after #root; when the fragment is
// exactly one of theirs, this script (at the end of the body, still before the first paint)
// puts that screen in #root and shows it, and main.tsx hydrates it like the walkthrough.
const PAGE_SCRIPT = [
  '(function(){var h=location.hash,r=document.getElementById("root");',
  'var t=[].filter.call(document.querySelectorAll("template[data-fragment]"),',
  'function(e){return e.getAttribute("data-fragment")===h})[0];',
  'if(t){r.replaceChildren(t.content.cloneNode(true));r.setAttribute("data-fragment",h);',
  '[].forEach.call(document.querySelectorAll("style[data-fragment]"),function(s){',
  'if(s.getAttribute("data-fragment")===h)s.media="all"});',
  'document.documentElement.removeAttribute("data-deep-link")}})()',
].join('');
const escapeAttribute = (text) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
// A page's own style sheet (the deck's) waits in the head, off (media="not all"), until that page
// is put in #root; its code later loads the same sheet as usual (on any fragment), harmlessly.
const pageSheets = Object.entries(PAGE_SHEETS).map(([fragment, name]) => {
  const [sheetFile] = readdirSync(`${outDir}/assets`).filter(
    (f) => f.startsWith(`${name}-`) && f.endsWith('.css'),
  );
  if (!sheetFile) throw new Error(`prerender: no style sheet ${name}-*.css for ${fragment}`);
  const css = readFileSync(`${outDir}/assets/${sheetFile}`, 'utf8');
  if (/<\/style/i.test(css)) throw new Error(`${sheetFile}: cannot be inlined as it is`);
  return { fragment, css };
});
const templates = pages
  .map((p) => `<template data-fragment="${escapeAttribute(p.fragment)}">${p.html}</template>`)
  .join('');

// The first paint waits until the whole first screen is parsed (`rel=expect`, honoured by
// Chromium), so a phone paints it at once rather than its top first and the rest a moment later,
// which would shift what was painted and delay the largest paint. The marker sits after #root:
// hydration only looks inside it.
const FIRST_SCREEN_END = '<div id="first-screen-end" hidden></div>';

// React's static output may carry small inline scripts of its own (revealing a Suspense boundary
// that completed after the shell). Each inline script the page holds is allowed by its hash; no
// other inline script can run.
const inline = [
  BOOT_SCRIPT,
  PAGE_SCRIPT,
  ...screens.flatMap((s) => [...s.html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1])),
];
// Vite writes the meta tag's quotes as &#39;.
const hashOf = (code) => cspHash(code).replaceAll("'", '&#39;');
const hashes = inline.map(hashOf);
const file = `${outDir}/index.html`;
const page = readFileSync(file, 'utf8');
if (!page.includes('<div id="root"></div>')) throw new Error(`${file}: no empty #root to fill`);
const sheetLink = /<link rel="stylesheet" crossorigin href="\.\/(assets\/[^"]+\.css)">/.exec(page);
if (!sheetLink) throw new Error(`${file}: no style sheet to inline`);
const sheet = readFileSync(`${outDir}/${sheetLink[1]}`, 'utf8');
if (/url\(|<\/style/i.test(sheet)) throw new Error(`${sheetLink[1]}: cannot be inlined as it is`);
// Replacement functions throughout: the inserted HTML and CSS may contain `$&` and the like.
const filled = page
  .replace('script-src &#39;self&#39;', () => `script-src &#39;self&#39; ${hashes.join(' ')}`)
  .replace(
    'style-src &#39;self&#39;',
    () =>
      `style-src &#39;self&#39; ${[sheet, ...pageSheets.map((p) => p.css)].map(hashOf).join(' ')}`,
  )
  .replace(sheetLink[0], () =>
    [
      `<style>${sheet}</style>`,
      sheetLink[0].replace('>', ' disabled>'),
      ...pageSheets.map(
        (p) =>
          `<style media="not all" data-fragment="${escapeAttribute(p.fragment)}">${p.css}</style>`,
      ),
    ].join('\n    '),
  )
  .replace(
    '<div id="root"></div>',
    () =>
      `<div id="root" data-fragment="" inert>${walkthrough.html}</div>${templates}<script>${PAGE_SCRIPT}</script>${FIRST_SCREEN_END}`,
  )
  .replace(
    '</title>',
    () =>
      `</title>\n    <script>${BOOT_SCRIPT}</script>\n    <link rel="expect" href="#first-screen-end" blocking="render">`,
  );
if (!filled.includes(hashes[0])) throw new Error(`${file}: no script-src to extend`);
if (!filled.includes(hashOf(sheet))) throw new Error(`${file}: no style-src to extend`);
writeFileSync(file, filled);
console.log(
  `prerender: ${file}: ${screens.map((s) => `${s.fragment || 'Setup'} ${s.html.length.toLocaleString('en-US')}`).join(', ')} characters of HTML; ${inline.length} inline scripts and ${1 + pageSheets.length} style sheets allowed by hash`,
);
