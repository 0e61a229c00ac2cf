// `npm run screenshots`: PNGs of Setup, step 3 and step 6 at projector (1280×720), full HD
// (1920×1080) and phone (390×844) sizes, light and dark, into screenshots/ (git-ignored).
// Deterministic mode (#keys=demo), so the pictures change only when the app does.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from './find-chromium.mjs';
import { serveDist } from './serve-dist.mjs';

const SIZES = [
  ['1280x720', 1280, 720],
  ['1920x1080', 1920, 1080],
  ['390x844', 390, 844],
];
const STEPS = [0, 3, 6];
const OUT = 'screenshots';

mkdirSync(OUT, { recursive: true });
const server = await serveDist({ port: 4178 });
const browser = await chromium.launch({ executablePath: await findChromium() });
try {
  for (const theme of ['light', 'dark']) {
    for (const [name, width, height] of SIZES) {
      const page = await browser.newPage({
        viewport: { width, height },
        colorScheme: theme,
        reducedMotion: 'reduce',
      });
      for (const step of STEPS) {
        await page.goto(`${server.url}/#step=${step}&keys=demo`);
        await page.getByRole('status').filter({ hasNotText: 'working' }).waitFor();
        await page.waitForTimeout(300);
        const file = `${OUT}/step-${step}-${name}-${theme}.png`;
        await page.screenshot({ path: file });
        console.log(file);
      }
      await page.close();
    }
  }
  // One failing catalogue scenario, for the README.
  const page = await browser.newPage({
    viewport: { width: 1280, height: 720 },
    reducedMotion: 'reduce',
  });
  await page.goto(`${server.url}/#scenario=sub-other-namespace&step=6&keys=demo`);
  await page.getByRole('status').filter({ hasText: 'failed' }).waitFor();
  await page.getByRole('tab', { name: 'Policy' }).click();
  await page.screenshot({ path: `${OUT}/scenario-sub-other-namespace-1280x720-light.png` });
  console.log(`${OUT}/scenario-sub-other-namespace-1280x720-light.png`);
} finally {
  await browser.close();
  server.stop();
}
