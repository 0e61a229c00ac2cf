// The pure half of `npm run build:single` (scripts/build-single.mjs): turns Vite's index.html and
// the files it names into one page that needs nothing else, opened from disk or a USB stick.
//   - the one module script and the one style sheet go inline;
//   - the icon becomes a data: URL; the manifest and the apple-touch-icon go (an app cannot be
//     installed from a file: page, and each would be a request for another file);
//   - the page's Content-Security-Policy keeps its guarantees: no 'unsafe-inline', no
//     'unsafe-eval'. script-src and style-src name the SHA-256 of the exact inline text instead
//     of 'self' (the page loads no other file, so nothing else may run or style it).
import { createHash } from 'node:crypto';

/** The name the single file is written under. */
export const SINGLE_FILE_NAME = 'irsa-visualizer.html';

/** The `'sha256-…'` source that allows an inline script or style whose text is exactly `text`. */
export function cspHash(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Makes JavaScript safe to sit between `<script>` and `</script>`: the HTML parser ends the
 * element at the first `</script` and treats `<!--` … `<script` specially. In minified module
 * code these sequences can only occur inside string, template or regular-expression literals,
 * where `<\/` and `<\!` mean the same characters.
 */
export function escapeInlineScript(code) {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

const MEDIA_TYPES = { svg: 'image/svg+xml', png: 'image/png', ico: 'image/x-icon' };

/** `bytes` as a data: URL, its type from the file name's extension. */
export function dataUrl(path, bytes) {
  const type = MEDIA_TYPES[path.split('.').pop()?.toLowerCase() ?? ''];
  if (!type) throw new Error(`single file: no media type for ${path}`);
  return `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;
}

/** Attribute `name` of one tag's text, or undefined. */
function attribute(tag, name) {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/**
 * One page from Vite's index.html: `read(path)` returns the bytes of a file the page names
 * (relative to the page, e.g. `./assets/index-abc.js`). Returns the page and the two hashes its
 * policy names. Throws if the page would still need another file, or if it does not have
 * exactly one script, one style sheet and a policy to extend: a later change to the build
 * then fails here rather than shipping a page that is blank on a USB stick.
 */
export function inlineSingleFile(html, read) {
  const text = (path) => Buffer.from(read(path)).toString('utf8');
  const scripts = html.match(/<script\b[^>]*\bsrc="[^"]*"[^>]*><\/script>/g) ?? [];
  const sheets = html.match(/<link\b[^>]*\brel="stylesheet"[^>]*>/g) ?? [];
  if (scripts.length !== 1) throw new Error(`single file: ${scripts.length} scripts, not 1`);
  if (sheets.length !== 1) throw new Error(`single file: ${sheets.length} style sheets, not 1`);
  const [scriptTag] = scripts;
  const [sheetTag] = sheets;
  if (attribute(scriptTag, 'type') !== 'module')
    throw new Error('single file: the script is not a module');

  const code = escapeInlineScript(text(attribute(scriptTag, 'src')));
  const css = text(attribute(sheetTag, 'href'));
  // A style sheet cannot escape `</style` the way a script can, and a url() would be a request.
  if (/<\/style/i.test(css)) throw new Error('single file: the CSS contains </style');
  const cssUrl = /url\(\s*['"]?(?!data:|#)[^)'"]/i.exec(css);
  if (cssUrl) throw new Error(`single file: the CSS loads another file (${cssUrl[0]})`);
  const scriptHash = cspHash(code);
  const styleHash = cspHash(css);

  // Vite writes the meta tag's quotes as &#39;; the policy must say 'self' for both to replace.
  const policy = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/.exec(html);
  if (!policy) throw new Error('single file: no Content-Security-Policy meta tag');
  const directives = policy[2].replaceAll('&#39;', "'").split(/\s*;\s*/);
  const replace = (name, hash) => {
    const at = directives.findIndex((d) => d.split(/\s+/)[0] === name);
    if (at < 0 || directives[at] !== `${name} 'self'`)
      throw new Error(`single file: expected "${name} 'self'" in the policy`);
    directives[at] = `${name} ${hash}`;
  };
  replace('script-src', scriptHash);
  replace('style-src', styleHash);
  if (directives.some((d) => /'unsafe-(inline|eval)'/.test(d)))
    throw new Error("single file: the policy allows 'unsafe-inline' or 'unsafe-eval'");
  const content = directives.join('; ').replaceAll("'", '&#39;');

  // Replacement functions throughout: the inserted code may contain `$&` and the like.
  const page = html
    .replace(policy[0], () => `${policy[1]}${content}${policy[3]}`)
    .replace(scriptTag, () => `<script type="module">${code}</script>`)
    .replace(sheetTag, () => `<style>${css}</style>`)
    .replace(/\s*<link\b[^>]*\brel="(manifest|apple-touch-icon)"[^>]*>/g, '')
    .replace(/(<link\b[^>]*\brel="icon"[^>]*\bhref=")([^"]*)(")/g, (_, before, href, after) =>
      href.startsWith('data:')
        ? `${before}${href}${after}`
        : `${before}${dataUrl(href, read(href))}${after}`,
    );

  // Outside the inline script and style: every src and href must be a data: URL or a fragment.
  const markup = page.replace(code, '').replace(css, '');
  const other = [...markup.matchAll(/\s(?:src|href)="(?!data:|#)([^"]*)"/g)].map((m) => m[1]);
  if (other.length) throw new Error(`single file: still names other files: ${other.join(', ')}`);
  return { html: page, scriptHash, styleHash };
}
