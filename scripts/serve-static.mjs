// Serves a built folder the way a static host does, for Lighthouse and checks that need real
// response headers (`vite preview` sends no Content-Encoding and no caching headers):
//  - text (html, js, css, json, svg, webmanifest, txt) gzipped when the request accepts it;
//  - the headers of the folder's `_headers` file (Netlify / Cloudflare Pages syntax, copied from
//    public/_headers by the build), or of public/_headers when the folder has none, so what is
//    measured is what deploy/ and README "Deploy your own" recommend;
//  - optionally under a sub-path (`basePath: '/irsa-visualizer/'`), as GitHub Pages serves a
//    project site.
// No external packages: node:http, node:fs and node:zlib only.
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Types worth compressing; images other than SVG and fonts are compressed already. */
const GZIP_EXTENSIONS = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.webmanifest',
  '.svg',
  '.txt',
  '.map',
]);

const REPO_HEADERS_FILE = new URL('../public/_headers', import.meta.url);

/**
 * Parses a `_headers` file: a path pattern at the start of a line (`/*`, `/assets/*`, `/sw.js`),
 * then indented `Name: value` lines. `#` starts a comment line.
 * @returns {{ pattern: string, headers: [string, string][] }[]}
 */
export function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon < 0) throw new Error(`_headers: cannot read line "${line.trim()}"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** `*` (a splat) matches any run of characters, as on Netlify and Cloudflare Pages. */
function matches(pattern, path) {
  const source = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${source.join('.*')}$`).test(path);
}

/**
 * The headers every matching rule gives `path` (a path from the site's root). A header named by
 * two matching rules is joined with ", ", as both hosts do; public/_headers avoids that.
 */
export function headersFor(rules, path) {
  const headers = new Map();
  for (const rule of rules.filter((r) => matches(r.pattern, path)))
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      headers.set(key, headers.has(key) ? `${headers.get(key)}, ${value}` : value);
    }
  return headers;
}

function loadRules(root) {
  const own = join(root, '_headers');
  if (existsSync(own)) return parseHeadersFile(readFileSync(own, 'utf8'));
  return existsSync(REPO_HEADERS_FILE)
    ? parseHeadersFile(readFileSync(REPO_HEADERS_FILE, 'utf8'))
    : [];
}

/**
 * Serves `root` on 127.0.0.1 (port 0: any free port). Resolves once listening.
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>} `url` ends with `basePath`.
 */
export async function serveStatic({ root = 'dist', port = 0, basePath = '/' } = {}) {
  const base = `/${basePath.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const rootDir = resolve(root);
  const rules = loadRules(rootDir);
  const gzipped = new Map(); // file → { mtimeMs, body }: compress each file once

  async function handle(request, response) {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (!pathname.startsWith(base) && `${pathname}/` !== base) return send(response, 404);
    if (`${pathname}/` === base) {
      response.writeHead(301, { Location: base }).end();
      return;
    }
    let sitePath;
    try {
      sitePath = `/${decodeURIComponent(pathname.slice(base.length))}`;
    } catch {
      return send(response, 400);
    }
    const file = normalize(
      join(rootDir, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath),
    );
    if (file !== rootDir && !file.startsWith(rootDir + sep)) return send(response, 404);
    // Hosts read _headers themselves and never serve it.
    if (file === join(rootDir, '_headers')) return send(response, 404);
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return send(response, 404);

    const extension = extname(file);
    const headers = Object.fromEntries(headersFor(rules, sitePath));
    headers['content-type'] = CONTENT_TYPES[extension] ?? 'application/octet-stream';
    let body = await readFile(file);
    if (GZIP_EXTENSIONS.has(extension)) {
      headers.vary = 'Accept-Encoding';
      if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
        const cached = gzipped.get(file);
        if (cached?.mtimeMs !== info.mtimeMs)
          gzipped.set(file, { mtimeMs: info.mtimeMs, body: gzipSync(body) });
        body = gzipped.get(file).body;
        headers['content-encoding'] = 'gzip';
      }
    }
    headers['content-length'] = String(body.length);
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  const server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405);
    handle(request, response).catch(() => send(response, 500));
  });
  await new Promise((done, fail) => server.once('error', fail).listen(port, '127.0.0.1', done));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}${base}`;
  return {
    url,
    stop: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

function send(response, status) {
  if (response.headersSent) return response.end();
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(`${status}\n`);
}

// `node scripts/serve-static.mjs [folder] [port] [basePath]`: serve until Ctrl-C.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'dist', port = '4180', basePath = '/'] = process.argv.slice(2);
  const { url } = await serveStatic({ root, port: Number(port), basePath });
  console.log(`Serving ${root} on ${url}`);
}
