import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's chromium, never a downloaded browser: CHROMIUM_PATH, else /usr/bin/chromium. */
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const missingChromium = `Chromium not found at ${chromiumPath}. Install it with: apt-get install -y chromium (or set CHROMIUM_PATH).`;

export function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) throw new Error(missingChromium);
  return chromium.launch({
    executablePath: chromiumPath,
    // Without the background-networking flags Chromium tries to reach Google at start-up; these
    // machines have no such network, and the site must make no request outside its own origin anyway.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
