// Lighthouse on a built site, served as a static host serves it (gzip, the headers of
// public/_headers: scripts/serve-static.mjs). Mobile (Lighthouse's default: a mid-range phone on
// slow 4G, simulated) and desktop, RUNS times each, a fresh headless Chromium per run; the
// medians of each category score and of first and largest contentful paint.
//
// `node scripts/lighthouse.mjs [dist]` prints the table and the audits that cost points; it does
// not build (run `node scripts/build.mjs [dist]` first). `npm run bench` builds, then calls
// lighthouseReport().
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { findChromium } from './find-chromium.mjs';
import { serveStatic } from './serve-static.mjs';

export const RUNS = 3;
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Issue 13's targets (scores out of 100); a category not listed has none. */
export const LIGHTHOUSE_TARGETS = {
  mobile: { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 },
  desktop: { accessibility: 100, 'best-practices': 100, seo: 100 },
};

const FORM_FACTORS = { mobile: undefined, desktop: desktopConfig };

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** One Lighthouse run in a fresh Chromium. */
async function runOnce(url, chromePath, config) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-dev-shm-usage'],
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
      config,
    );
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    const { lhr } = result;
    return lhr;
  } finally {
    chrome.kill();
  }
}

/**
 * A run whose trace Lighthouse could not record (NO_NAVSTART, NO_FCP…) says nothing about the
 * page: it is run again, up to ATTEMPTS times in all.
 */
const ATTEMPTS = 3;
async function runMeasured(url, chromePath, config) {
  for (let attempt = 1; ; attempt++) {
    const lhr = await runOnce(url, chromePath, config);
    if (!lhr.runtimeError) return lhr;
    const message = `Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`;
    if (attempt === ATTEMPTS) throw new Error(message);
    console.error(`${message} Running again.`);
  }
}

/** Audits of the scored categories (performance aside) that did not get full marks. */
function auditsLosingPoints(lhr) {
  const failing = [];
  for (const id of CATEGORIES.filter((c) => c !== 'performance')) {
    for (const ref of lhr.categories[id].auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 1)
        failing.push({ category: id, id: ref.id, title: audit.title });
    }
  }
  return failing;
}

/**
 * Serves `dist` on a free port and runs Lighthouse on it: scores 0–100 and paints in ms, each the
 * median of `runs`; `failing` lists the audits that lost points in any run.
 */
export async function lighthouseReport({ dist = 'dist', runs = RUNS, chromePath } = {}) {
  const server = await serveStatic({ root: dist });
  const chrome = chromePath ?? (await findChromium());
  const report = { url: server.url, runs, lighthouse: '', chromium: '' };
  try {
    for (const [formFactor, config] of Object.entries(FORM_FACTORS)) {
      const lhrs = [];
      for (let i = 0; i < runs; i++) lhrs.push(await runMeasured(server.url, chrome, config));
      report.lighthouse = lhrs[0].lighthouseVersion;
      report.chromium = lhrs[0].environment.hostUserAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? '';
      const failing = new Map();
      for (const audit of lhrs.flatMap(auditsLosingPoints)) failing.set(audit.id, audit);
      report[formFactor] = {
        scores: Object.fromEntries(
          CATEGORIES.map((c) => [
            c,
            median(lhrs.map((l) => Math.round(l.categories[c].score * 100))),
          ]),
        ),
        firstContentfulPaintMs: median(
          lhrs.map((l) => l.audits['first-contentful-paint'].numericValue),
        ),
        largestContentfulPaintMs: median(
          lhrs.map((l) => l.audits['largest-contentful-paint'].numericValue),
        ),
        // What the mobile performance score mostly loses on a busy machine: main-thread work.
        totalBlockingTimeMs: median(lhrs.map((l) => l.audits['total-blocking-time'].numericValue)),
        // Lighthouse's measure of this machine's speed (higher is faster), to read the rest by.
        benchmarkIndex: median(lhrs.map((l) => l.environment.benchmarkIndex)),
        failing: [...failing.values()],
      };
    }
  } finally {
    await server.stop();
  }
  return report;
}

/** A score beside its target: "100 ✓ (≥ 100)", "91 ✗ (≥ 98)", or the score alone. */
function cell(score, target) {
  if (target === undefined) return String(score);
  return `${score} ${score >= target ? '✓' : '✗'} (≥ ${target})`;
}

/** The table as text lines, for the console. */
export function formatLighthouseTable(report) {
  const rows = [
    ['', 'mobile', 'desktop'],
    ...CATEGORIES.map((c) => [
      c,
      cell(report.mobile.scores[c], LIGHTHOUSE_TARGETS.mobile[c]),
      cell(report.desktop.scores[c], LIGHTHOUSE_TARGETS.desktop[c]),
    ]),
    [
      'first contentful paint',
      ...['mobile', 'desktop'].map((f) => `${Math.round(report[f].firstContentfulPaintMs)} ms`),
    ],
    [
      'largest contentful paint',
      ...['mobile', 'desktop'].map((f) => `${Math.round(report[f].largestContentfulPaintMs)} ms`),
    ],
    [
      'total blocking time',
      ...['mobile', 'desktop'].map((f) => `${Math.round(report[f].totalBlockingTimeMs)} ms`),
    ],
  ];
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
  const lines = [
    `Lighthouse ${report.lighthouse}, Chromium ${report.chromium}, benchmark index ${Math.round(report.mobile.benchmarkIndex)}: median of ${report.runs} runs each (✓ target met, ✗ not)`,
    ...rows.map((r) => `  ${r.map((text, i) => text.padEnd(widths[i])).join('  ')}`.trimEnd()),
  ];
  for (const formFactor of ['mobile', 'desktop'])
    for (const a of report[formFactor].failing)
      lines.push(`  ${formFactor} ${a.category}: ${a.id} (${a.title})`);
  return lines;
}

/** True when every target of issue 13 is met. */
export function lighthouseTargetsMet(report) {
  return Object.entries(LIGHTHOUSE_TARGETS).every(([formFactor, targets]) =>
    Object.entries(targets).every(([c, target]) => report[formFactor].scores[c] >= target),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = await lighthouseReport({ dist: process.argv[2] ?? 'dist' });
  for (const line of formatLighthouseTable(report)) console.log(line);
  console.log('Lighthouse targets:', lighthouseTargetsMet(report) ? 'all met' : 'not all met');
}
