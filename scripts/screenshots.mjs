// `npm run screenshots`: every step (Setup, 1–6) of the happy path at projector (1280×720), full
// HD (1920×1080) and phone (390×844) sizes, light and dark, at rest (reduced motion, PNG) and
// mid-animation (0.5×, ~0.5 s after "Next step", JPEG), plus a failing scenario and an attack,
// into docs/screenshots/. Deterministic mode (#keys=demo): the pictures change only when the app
// does. PNGs are squeezed with pngquant when it is installed (Debian: `apt-get install pngquant`).
// BUILD_DIR and PREVIEW_PORT choose where the app is built and served, as for the e2e tests.
/* global document, getComputedStyle -- used inside page.waitForFunction, which runs in the page */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from './find-chromium.mjs';
import { serveDist } from './serve-dist.mjs';

const SIZES = [
  ['1280x720', 1280, 720],
  ['1920x1080', 1920, 1080],
  ['390x844', 390, 844],
];
const THEMES = ['light', 'dark'];
const OUT = 'docs/screenshots';
/** How long after "Next step" a moving picture is taken, at 0.5× (the chip travels 2.4 s). */
const MOVING_AFTER_MS = 500;

/** The status shows this step, settled (not "working…"). */
async function waitForStep(page, step) {
  const status = page.getByRole('status');
  const text = step === 0 ? /^Setup$/ : new RegExp(`^Step ${step} of 6(?!.*working)`);
  await status.filter({ hasText: text }).waitFor();
}

/** The diagram at rest: every check chip and failure line fully faded in. */
async function waitForRest(page) {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('figure svg [data-check-state], figure svg [data-label=failure]')]
      .map((el) => Number(getComputedStyle(el).opacity))
      .every((o) => o === 1),
  );
}

async function shoot(page, file, options = {}) {
  const path = join(OUT, file);
  await page.screenshot({ path, ...options });
  console.log(path);
}

async function restShots(browser, url, [size, width, height], theme) {
  const page = await browser.newPage({
    viewport: { width, height },
    colorScheme: theme,
    reducedMotion: 'reduce',
  });
  for (let step = 0; step <= 6; step++) {
    await page.goto(`${url}/#step=${step}&keys=demo`);
    await waitForStep(page, step);
    await waitForRest(page);
    await shoot(page, `step-${step}-${size}-${theme}-rest.png`);
  }
  await page.close();
}

async function movingShots(browser, url, [size, width, height], theme) {
  const page = await browser.newPage({
    viewport: { width, height },
    colorScheme: theme,
    reducedMotion: 'no-preference',
  });
  await page.goto(`${url}/#step=0&keys=demo`);
  await waitForStep(page, 0);
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('0.5');
  for (let step = 1; step <= 6; step++) {
    await page.getByRole('button', { name: 'Next step' }).click();
    await page.waitForTimeout(MOVING_AFTER_MS); // a docs picture of motion: a fixed moment is the point
    await shoot(page, `step-${step}-${size}-${theme}-moving.jpg`, { type: 'jpeg', quality: 80 });
    await waitForStep(page, step);
    await waitForRest(page);
  }
  await page.close();
}

/** A catalogue scenario at its step, at rest, 1280×720 light; `tab` opens an inspector tab. */
async function scenarioShot(browser, url, id, step, tab, file) {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 720 },
    reducedMotion: 'reduce',
  });
  await page.goto(`${url}/#scenario=${id}&step=${step}&keys=demo`);
  await waitForStep(page, step);
  if (tab) {
    await page.getByRole('tab', { name: tab }).click();
    // The tabs other than "What happens" load on first use: wait until the panel has arrived.
    await page.getByText('Loading…', { exact: true }).waitFor({ state: 'detached' });
  }
  await waitForRest(page);
  await shoot(page, file);
  await page.close();
}

/** pngquant when installed (lossy palette, visually the same); otherwise the PNGs stay as they are. */
function squeeze() {
  const probe = spawnSync('pngquant', ['--version'], { stdio: 'ignore' });
  if (probe.status !== 0) {
    console.log('pngquant not installed: PNGs left uncompressed');
    return;
  }
  const pngs = readdirSync(OUT)
    .filter((f) => f.endsWith('.png'))
    .map((f) => join(OUT, f));
  spawnSync(
    'pngquant',
    [
      '--quality=70-95',
      '--speed=1',
      '--strip',
      '--skip-if-larger',
      '--force',
      '--ext=.png',
      ...pngs,
    ],
    { stdio: 'inherit' },
  );
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const server = await serveDist({ port: Number(process.env.PREVIEW_PORT ?? 4178) });
const browser = await chromium.launch({ executablePath: await findChromium() });
try {
  for (const theme of THEMES) {
    for (const size of SIZES) {
      await restShots(browser, server.url, size, theme);
      await movingShots(browser, server.url, size, theme);
    }
  }
  await scenarioShot(
    browser,
    server.url,
    'sub-other-namespace',
    4,
    'Policy',
    'scenario-sub-other-namespace-step-4-1280x720-light.png',
  );
  await scenarioShot(
    browser,
    server.url,
    'attack-no-sub-condition',
    6,
    null,
    'attack-no-sub-condition-step-6-1280x720-light.png',
  );
} finally {
  await browser.close();
  server.stop();
}
squeeze();
const bytes = readdirSync(OUT).reduce((sum, f) => sum + statSync(join(OUT, f)).size, 0);
console.log(`${OUT}: ${(bytes / 1e6).toFixed(1)} MB`);
