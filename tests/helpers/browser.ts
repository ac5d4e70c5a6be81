import { existsSync } from 'node:fs';
import { chromiumPath, missingChromium } from '../../tools/browser/chromium';

/** In CI a missing browser is an error; locally the browser tests are skipped with the install command. */
export const haveChromium = existsSync(chromiumPath);

if (!haveChromium) {
  if (process.env['CI'] === 'true') throw new Error(missingChromium);
  console.warn(`${missingChromium} Browser tests are skipped.`);
}
