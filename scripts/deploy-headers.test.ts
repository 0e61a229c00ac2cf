// The recommended HTTP headers, as the two deployment files send them: public/_headers (Netlify,
// Cloudflare Pages) and deploy/nginx.conf (the container). Both must answer every path alike, and
// the header CSP must never block what the page's meta tag allows: browsers enforce both.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import viteConfig from '../vite.config';
import { headersFor, parseHeadersFile } from './serve-static.mjs';

const PATHS = [
  '/',
  '/index.html',
  '/sw.js',
  '/manifest.webmanifest',
  '/assets/index-BaZhD23V.js',
  '/assets/index-C3xZ9qLm.css',
  '/robots.txt',
  '/icons/icon-192.png',
];
const REVALIDATED = ['/', '/index.html', '/sw.js', '/manifest.webmanifest'];

const headersFile = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
const nginx = readFileSync('deploy/nginx.conf', 'utf8');

/** What nginx sends for `path`: the server's add_header lines, Cache-Control through its map. */
function nginxHeaders(path: string): Map<string, string> {
  const mapBlock = /map \$uri \$(\w+) \{([^}]*)\}/.exec(nginx);
  if (!mapBlock) throw new Error('deploy/nginx.conf: no `map $uri` block');
  const entries = [...(mapBlock[2] ?? '').matchAll(/^\s*(\S+)\s+"([^"]*)";/gm)].map((m) => ({
    key: m[1] ?? '',
    value: m[2] ?? '',
  }));
  // `index index.html`: a request for a folder is served, and mapped, as its index.html.
  const uri = path.endsWith('/') ? `${path}index.html` : path;
  // nginx's map: an exact key wins, then the first matching regex, then the default.
  const mapped =
    entries.find((e) => e.key === uri) ??
    entries.find((e) => e.key.startsWith('~') && new RegExp(e.key.slice(1)).test(uri)) ??
    entries.find((e) => e.key === 'default');
  const headers = new Map<string, string>();
  for (const [, name = '', quoted, variable] of nginx.matchAll(
    /^\s*add_header\s+(\S+)\s+(?:"([^"]*)"|\$(\w+))/gm,
  )) {
    const value = variable === mapBlock[1] ? (mapped?.value ?? '') : (quoted ?? '');
    if (value) headers.set(name.toLowerCase(), value); // nginx sends no header for ''
  }
  return headers;
}

/** A policy as directive → sources, so order and spacing do not matter. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = '', ...sources]) => [name, sources.sort()]),
  );
}

/** The policy of the page's meta tag, as vite.config.ts writes it. */
async function metaPolicy(): Promise<Record<string, string[]>> {
  type Hook = (html: string, context: object) => unknown;
  const plugins = [viteConfig.plugins].flat(9) as {
    name?: string;
    transformIndexHtml?: Hook | { handler: Hook };
  }[];
  const hook = plugins.find((p) => p?.name === 'irsa-content-security-policy')?.transformIndexHtml;
  if (!hook) throw new Error('vite.config.ts: no irsa-content-security-policy plugin');
  const tags = (await (typeof hook === 'function' ? hook : hook.handler)(
    readFileSync('index.html', 'utf8'),
    { path: '/index.html', filename: 'index.html' },
  )) as { attrs?: Record<string, string> }[];
  const meta = tags.find((t) => t.attrs?.['http-equiv'] === 'Content-Security-Policy');
  return directives(meta?.attrs?.content ?? '');
}

/**
 * Directives the build extends with the hash of each inline script (scripts/prerender.mjs), or
 * that fall back for them: they stay in the meta tag alone, since a header repeating them would
 * block those scripts whenever the hashes change (browsers enforce both policies).
 */
const INLINE_CODE_DIRECTIVES = ['default-src', 'script-src', 'style-src'];

describe('recommended HTTP headers (public/_headers, deploy/nginx.conf)', () => {
  it('public/_headers and nginx send the same headers for every kind of path', () => {
    for (const path of PATHS)
      expect(Object.fromEntries(nginxHeaders(path)), path).toEqual(
        Object.fromEntries(headersFor(headersFile, path)),
      );
  });

  it('no path gets a header from two rules (hosts would join the values with a comma)', () => {
    for (const path of PATHS) {
      const names = headersFile
        .filter((rule) => headersFor([rule], path).size > 0)
        .flatMap((rule) => rule.headers.map(([name]) => name.toLowerCase()));
      expect(new Set(names).size, path).toBe(names.length);
    }
  });

  it('hashed assets are cached for a year; the page, sw.js and the manifest are revalidated', () => {
    const cacheControl = (path: string) => headersFor(headersFile, path).get('cache-control');
    expect(cacheControl('/assets/index-BaZhD23V.js')).toBe('public, max-age=31536000, immutable');
    for (const path of REVALIDATED) expect(cacheControl(path), path).toBe('no-cache');
    expect(cacheControl('/robots.txt')).toBeUndefined();
  });

  it('every response is sniff-proof, sends no referrer and keeps its own browsing context group', () => {
    for (const path of PATHS) {
      const headers = headersFor(headersFile, path);
      expect(headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(headers.get('cross-origin-opener-policy'), path).toBe('same-origin');
    }
  });

  it('the header CSP is the page’s own policy without inline code, plus framing by any page', async () => {
    const header = headersFor(headersFile, '/').get('content-security-policy') ?? '';
    const meta = await metaPolicy();
    const expected = Object.fromEntries(
      Object.entries(meta).filter(([name]) => !INLINE_CODE_DIRECTIVES.includes(name)),
    );
    expect(directives(header)).toEqual({ ...expected, 'frame-ancestors': ['*', 'file:'] });
  });
});
