// Initial JavaScript of the built page: the entry script and its modulepreloads, gzipped as
// Vite reports it (zlib default level). Lazy chunks are listed separately.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const INITIAL_JS_BUDGET_BYTES = 110 * 1000;

export function bundleReport(dist = 'dist') {
  const html = readFileSync(`${dist}/index.html`, 'utf8');
  const initial = new Set(
    [
      ...html.matchAll(
        /<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\.?\/?([^"]+\.js)"/g,
      ),
    ].map((m) => m[1]),
  );
  const chunks = readdirSync(`${dist}/assets`)
    .filter((f) => f.endsWith('.js'))
    .map((f) => {
      const bytes = readFileSync(`${dist}/assets/${f}`);
      return {
        file: `assets/${f}`,
        raw: bytes.length,
        gzip: gzipSync(bytes).length,
        initial: initial.has(`assets/${f}`),
      };
    })
    .sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzip - a.gzip);
  const initialGzip = chunks.filter((c) => c.initial).reduce((sum, c) => sum + c.gzip, 0);
  return {
    chunks,
    initialGzip,
    budget: INITIAL_JS_BUDGET_BYTES,
    withinBudget: initialGzip <= INITIAL_JS_BUDGET_BYTES,
  };
}
