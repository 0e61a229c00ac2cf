import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The built page's Content-Security-Policy: scripts only from the page's own origin (no inline
 * script, no eval), no requests elsewhere. The dev server needs inline scripts for hot reload,
 * so the policy is added at build time only.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'irsa-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  // Relative asset URLs: the built site works from any sub-path of any static host.
  base: './',
  plugins: [react(), tailwindcss(), contentSecurityPolicy()],
  server: { host: 'localhost', port: 5173, strictPort: true },
  // BUILD_DIR lets several e2e runs (each with its own PREVIEW_PORT) build side by side.
  build: {
    outDir: process.env.BUILD_DIR ?? 'dist',
    // No runtime preloading of a lazy chunk's imports: Vite's helper adds a <link> per import
    // from script, which on a phone cost the first load a long task; the browser fetches a
    // chunk's imports itself as soon as it has the chunk (offline, the service worker has them).
    modulePreload: false,
    // Everything the first paint needs in one chunk: left to itself, rolldown splits the first
    // load into many small shared chunks, each gzipped apart (several kB more over the wire).
    // Lazy code (the engine, Pod Identity, the checker, the compare page) stays in its own chunks.
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    // sim and machine run in Node, so a stray DOM use fails at once.
    environment: 'node',
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
  },
});
