/**
 * Lighthouse on the home page, a meeting and a topic, through @lhci/cli and Debian's chromium.
 * Prints the four category scores per page as `name: value` lines. A benchmark, not a CI gate:
 * scores move with the load on the machine. Run `npm run build` first.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { claimFolder, refuseOrRun, removeOwnedFolder } from '../owned-folder.ts';

const pages = ['/', '/meetings/2017-03-27-soumu-cybersecurity-task-force-03/', '/topics/secure-gateways/'];
const chromePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

// lhci writes its reports here; the folder is removed at the end, so it must be ours.
refuseOrRun(() => {
  claimFolder('.lighthouseci', 'npm run bench:lighthouse');
});
execFileSync(
  'npx',
  [
    'lhci',
    'collect',
    '--staticDistDir=dist',
    ...pages.map((page) => `--url=http://localhost${page}`),
    '--numberOfRuns=1',
    `--chromePath=${chromePath}`,
    '--settings.chromeFlags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
  ],
  { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, LHCI_BUILD_CONTEXT__CURRENT_HASH: 'bench' } },
);

interface LighthouseResult {
  finalDisplayedUrl: string;
  categories: Record<string, { score: number | null }>;
}

const reports = readdirSync('.lighthouseci').filter((name) => name.startsWith('lhr-') && name.endsWith('.json'));
for (const name of reports) {
  const result = JSON.parse(readFileSync(join('.lighthouseci', name), 'utf8')) as LighthouseResult;
  const path = new URL(result.finalDisplayedUrl).pathname;
  for (const [category, { score }] of Object.entries(result.categories)) {
    console.log(`${path} ${category}: ${score ?? 'n/a'}`);
  }
}
removeOwnedFolder('.lighthouseci');
