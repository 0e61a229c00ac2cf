// Finds a Chromium for Playwright: $CHROMIUM_PATH, a Playwright-installed Chromium, or Debian's
// /usr/bin/chromium. On Debian as root, installs the `chromium` package when none is found.
// Prints the path on stdout (nothing else), so scripts can capture it.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const HOW_TO =
  'No Chromium found: set CHROMIUM_PATH, run `npx playwright install chromium`, or on Debian/Ubuntu `sudo apt-get install chromium`.';

async function playwrightChromium() {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

export async function findChromium({ install = true } = {}) {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const candidates = [await playwrightChromium(), '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p) => p && existsSync(p));
  if (found) return found;
  const canInstall = install && existsSync('/etc/debian_version') && process.getuid?.() === 0;
  if (!canInstall) throw new Error(HOW_TO);
  console.error("No Chromium found: installing Debian's `chromium` package (apt-get)…");
  execFileSync('apt-get', ['update', '-q'], { stdio: ['ignore', 'inherit', 'inherit'] });
  execFileSync('apt-get', ['install', '-y', '-q', 'chromium'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  throw new Error(HOW_TO);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(await findChromium());
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  }
}
