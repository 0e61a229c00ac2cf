import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.PREVIEW_PORT ?? 4173);
const BASE_URL = `http://127.0.0.1:${PORT}`;

// Browsers cannot be downloaded on our machines: scripts/find-chromium.mjs picks the binary
// (CHROMIUM_PATH, a Playwright-installed Chromium, or Debian's /usr/bin/chromium) and exports it.
// Each file runs in one worker, in order (fullyParallel: false); two files run side by side.
// Every test has its own browser context, so files share nothing but the preview server.
// Timeouts are generous because tests wait for what the user sees, and on a loaded 2-core
// machine (a clean clone's first run, other jobs beside it) that can take seconds; a passing
// test never waits them out.
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // Per build dir, so parallel runs (BUILD_DIR/PREVIEW_PORT) do not wipe each other's traces.
  outputDir: `test-results/${process.env.BUILD_DIR ?? 'dist'}`,
  use: {
    browserName: 'chromium',
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    // The service worker precaches the whole build on a first visit: every test would pay for
    // it. Only the offline tests allow it (`test.use({ serviceWorkers: 'allow' })`).
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || undefined,
      args: ['--disable-gpu', '--disable-quic', '--disable-dev-shm-usage'],
    },
  },
  webServer: {
    command: `node scripts/build.mjs && node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
