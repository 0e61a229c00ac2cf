// Rasterises public/icons/icon.svg into the PNGs the web app manifest and iOS ask for
// (`node scripts/icons.mjs`; rerun after editing the SVG, then commit the PNGs):
//   icon-192.png, icon-512.png   purpose "any": the mark as drawn, corners transparent;
//   icon-maskable-512.png        purpose "maskable": full-bleed background, the mark inside the
//                                safe zone (the centre circle of radius 40%), as the platform crops
//                                it to a circle, squircle or rounded square;
//   apple-touch-icon.png         180 × 180, opaque (iOS fills transparency with black and rounds
//                                the corners itself).
// Drawn by Chromium so the PNGs match what browsers render from the SVG.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const ICONS = 'public/icons';
const BACKGROUND = '#0369a1'; // the icon's own background, so a full bleed hides its corners
const svg = readFileSync(`${ICONS}/icon.svg`, 'utf8');
const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

const OUTPUTS = [
  { file: 'icon-192.png', size: 192, scale: 1, opaque: false },
  { file: 'icon-512.png', size: 512, scale: 1, opaque: false },
  // 80% of the side: the hexagon's corners stay inside the 40%-radius safe circle.
  { file: 'icon-maskable-512.png', size: 512, scale: 0.8, opaque: true },
  { file: 'apple-touch-icon.png', size: 180, scale: 1, opaque: true },
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || undefined });
try {
  for (const { file, size, scale, opaque } of OUTPUTS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const side = Math.round(size * scale);
    await page.setContent(
      `<body style="margin:0;display:grid;place-items:center;width:${size}px;height:${size}px;` +
        `background:${opaque ? BACKGROUND : 'transparent'}">` +
        `<img src="${dataUrl}" width="${side}" height="${side}" alt=""></body>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({ path: `${ICONS}/${file}`, omitBackground: !opaque });
    await page.close();
    console.log(`icons: ${ICONS}/${file} (${size} × ${size})`);
  }
} finally {
  await browser.close();
}
