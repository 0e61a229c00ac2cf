// scripts/serve-static.mjs answers as a static host does: gzip for text, the folder's _headers,
// the right types, a sub-path, and nothing outside the folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from './serve-static.mjs';

const PAGE = `<!doctype html><title>t</title>${'<p>IRSA</p>'.repeat(200)}`;
const HEADERS = `# a comment
/*
  X-Content-Type-Options: nosniff
/assets/*
  Cache-Control: public, max-age=31536000, immutable
/
  Cache-Control: no-cache
`;

/** A raw GET (fetch would decode the body and normalise the path). */
function get(url: string, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
    (resolve, reject) => {
      const { port } = new URL(url);
      const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
      });
      req.on('error', reject).end();
    },
  );
}

let root = '';
let servers: { url: string; stop: () => Promise<void> }[] = [];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'serve-static-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), PAGE);
  writeFileSync(join(root, 'assets', 'app-Bx12cd34.js'), 'console.log(1);'.repeat(100));
  writeFileSync(join(root, 'icon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(join(root, 'manifest.webmanifest'), '{"name":"IRSA Visualizer"}');
  writeFileSync(join(root, '_headers'), HEADERS);
  servers = [
    await serveStatic({ root }),
    await serveStatic({ root, basePath: '/irsa-visualizer/' }),
  ];
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  rmSync(root, { recursive: true, force: true });
});

describe('serveStatic', () => {
  it('gzips the page for a browser that accepts gzip, with the rules of _headers for /', async () => {
    const res = await get(servers[0]!.url, '/', { 'accept-encoding': 'gzip, deflate, br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(gunzipSync(res.body).toString()).toBe(PAGE);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('sends plain bytes to a client that does not accept gzip', async () => {
    const res = await get(servers[0]!.url, '/index.html');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.toString()).toBe(PAGE);
  });

  it('caches hashed assets for a year and types scripts, manifests and images', async () => {
    const script = await get(servers[0]!.url, '/assets/app-Bx12cd34.js');
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const manifest = await get(servers[0]!.url, '/manifest.webmanifest');
    expect(manifest.headers['content-type']).toBe('application/manifest+json; charset=utf-8');
    const image = await get(servers[0]!.url, '/icon.png', { 'accept-encoding': 'gzip' });
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.headers['content-encoding']).toBeUndefined();
  });

  it('serves the site under a sub-path, as GitHub Pages serves a project site', async () => {
    const [, sub] = servers;
    expect(sub!.url).toMatch(/\/irsa-visualizer\/$/);
    expect((await get(sub!.url, '/irsa-visualizer/')).body.toString()).toBe(PAGE);
    const bare = await get(sub!.url, '/irsa-visualizer');
    expect([bare.status, bare.headers.location]).toEqual([301, '/irsa-visualizer/']);
    expect((await get(sub!.url, '/index.html')).status).toBe(404);
  });

  it('answers 404 for a missing file for a path climbing out of the folder, and for _headers', async () => {
    expect((await get(servers[0]!.url, '/nope.js')).status).toBe(404);
    expect((await get(servers[0]!.url, '/..%2f..%2f..%2fetc%2fpasswd')).status).toBe(404);
    expect((await get(servers[0]!.url, '/assets/..%2f..%2f_headers')).status).toBe(404);
    expect((await get(servers[0]!.url, '/_headers')).status).toBe(404);
  });
});
