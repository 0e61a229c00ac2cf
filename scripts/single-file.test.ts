// scripts/single-file.mjs: Vite's index.html becomes one page that names no other file, whose
// Content-Security-Policy allows exactly its inline script and style by hash.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspHash, dataUrl, escapeInlineScript, inlineSingleFile } from './single-file.mjs';

/** What Vite writes (vite.config.ts's policy, its quotes as &#39;). */
const POLICY =
  'default-src &#39;self&#39;; script-src &#39;self&#39;; style-src &#39;self&#39;; img-src &#39;self&#39; data:; connect-src &#39;self&#39;; object-src &#39;none&#39;; base-uri &#39;none&#39;; form-action &#39;none&#39;';
const INDEX = `<!doctype html>
<html lang="en">
  <head>
    <meta http-equiv="Content-Security-Policy" content="${POLICY}">
    <meta charset="UTF-8" />
    <link rel="icon" type="image/svg+xml" href="./icons/icon.svg" />
    <link rel="apple-touch-icon" href="./icons/apple-touch-icon.png" />
    <link rel="manifest" href="./manifest.webmanifest" />
    <title>IRSA Visualizer</title>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/index-def.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;
const SVG = '<svg xmlns="http://www.w3.org/2000/svg"/>';
// `$&` and `$'` would be replacement patterns if the code were passed to String.replace as is.
const JS = "const a = '$&', b = \"$'\"; const c = `</script>`; document.title = a + b + c;";
const CSS = 'body{color:#111}';

/** Reads the files Vite wrote (or `changed` ones in their place). */
const reader =
  (changed: Record<string, string> = {}) =>
  (path: string) => {
    const files: Record<string, string> = {
      './icons/icon.svg': SVG,
      './assets/index-abc.js': JS,
      './assets/index-def.css': CSS,
      ...changed,
    };
    const text = files[path];
    if (text === undefined) throw new Error(`no such file ${path}`);
    return new TextEncoder().encode(text);
  };
const read = reader();

/** The page's policy as the browser reads it (the attribute, its entities decoded). */
const policyOf = (html: string) =>
  /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)![1]!.replaceAll('&#39;', "'");
const between = (html: string, open: string, close: string) =>
  html.slice(html.indexOf(open) + open.length, html.indexOf(close, html.indexOf(open)));

describe('inlineSingleFile', () => {
  const page = inlineSingleFile(INDEX, read);

  it('puts the script and the style sheet inline, the code unchanged but for </script', () => {
    const script = between(page.html, '<script type="module">', '</script>');
    expect(script).toBe(JS.replace('</script>', '<\\/script>'));
    expect(between(page.html, '<style>', '</style>')).toBe(CSS);
    expect(page.html).not.toContain('crossorigin');
  });

  it('allows them by the SHA-256 of the exact text between the tags, and nothing else inline', () => {
    const script = between(page.html, '<script type="module">', '</script>');
    const sha = (text: string) => createHash('sha256').update(text).digest('base64');
    const policy = policyOf(page.html);
    expect(policy).toContain(`script-src 'sha256-${sha(script)}';`);
    expect(policy).toContain(`style-src 'sha256-${sha(CSS)}';`);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    // The other directives are as vite.config.ts wrote them.
    expect(policy).toContain("default-src 'self'; ");
    expect(policy).toContain("connect-src 'self'; object-src 'none'; base-uri 'none'");
  });

  it('names no other file: the icon is a data: URL, the manifest and touch icon are gone', () => {
    expect(page.html).toContain(
      `<link rel="icon" type="image/svg+xml" href="data:image/svg+xml;base64,${btoa(SVG)}" />`,
    );
    expect(page.html).not.toMatch(/manifest|apple-touch-icon|\.\/assets\//);
  });

  it('refuses a page it cannot make whole rather than write one that is blank from disk', () => {
    const twoScripts = INDEX.replace(
      '</head>',
      '<script type="module" src="./assets/other.js"></script></head>',
    );
    expect(() => inlineSingleFile(twoScripts, read)).toThrow('2 scripts, not 1');
    expect(() => inlineSingleFile(INDEX.replace(/<meta http-equiv[^>]*>/, ''), read)).toThrow(
      'no Content-Security-Policy',
    );
    const unsafe = INDEX.replace(
      'script-src &#39;self&#39;',
      'script-src &#39;self&#39; &#39;unsafe-eval&#39;',
    );
    expect(() => inlineSingleFile(unsafe, read)).toThrow('expected "script-src \'self\'"');
    const font = reader({ './assets/index-def.css': '@font-face{src:url(./assets/font.woff2)}' });
    expect(() => inlineSingleFile(INDEX, font)).toThrow('the CSS loads another file');
    expect(() =>
      inlineSingleFile(INDEX.replace('<title>', '<img src="./logo.png"><title>'), read),
    ).toThrow('still names other files: ./logo.png');
  });
});

describe('helpers', () => {
  it("cspHash is CSP's 'sha256-…' source of the UTF-8 text", () => {
    // The hash of the empty string, base64.
    expect(cspHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });

  it('escapeInlineScript breaks </script and <!-- in any case, and leaves other code alone', () => {
    expect(escapeInlineScript('x="</SCRIPT>";y="<!--"')).toBe('x="<\\/SCRIPT>";y="<\\!--"');
    expect(escapeInlineScript('a<b&&c>d')).toBe('a<b&&c>d');
  });

  it('dataUrl types the bytes by extension and refuses an unknown one', () => {
    expect(dataUrl('./i.png', new Uint8Array([1, 2]))).toBe('data:image/png;base64,AQI=');
    expect(() => dataUrl('./i.webp', new Uint8Array())).toThrow('no media type');
  });
});
