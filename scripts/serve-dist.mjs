// Build once and serve dist/ with `vite preview` as a single child process, for scripts that
// drive Chromium (screenshots, bench). Returns the base URL and a stop() function.
import { spawn, spawnSync } from 'node:child_process';

export async function serveDist({ port = 4177, build = true } = {}) {
  if (build) {
    const result = spawnSync('node', ['scripts/build.mjs'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (result.status !== 0) throw new Error('vite build failed');
  }
  const server = spawn(
    'node',
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => server.kill() };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error(`vite preview did not answer on ${url}`);
}
