import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.PREVIEW_PORT ?? 4173);
const BASE_URL = `http://127.0.0.1:${PORT}`;

// Browsers cannot be downloaded on our machines: scripts/find-chromium.mjs picks the binary
// (CHROMIUM_PATH, a Playwright-installed Chromium, or Debian's /usr/bin/chromium) and exports it.
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    browserName: 'chromium',
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || undefined,
      args: ['--disable-gpu', '--disable-quic', '--disable-dev-shm-usage'],
    },
  },
  webServer: {
    command: `node node_modules/vite/bin/vite.js build && node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
