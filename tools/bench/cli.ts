/**
 * npm run bench -- --meetings N [--seed S] [--dir DIR]
 * Writes a synthetic corpus, builds the site and its search index from it into its own folder, and prints
 * one `name: value` line per figure. Figures, not a test: nothing here passes or fails.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import {
  figureLines,
  parseGnuTime,
  parseIndexLine,
  siteFigures,
  treeRssBytes,
  type BuiltFile,
  type Measured,
} from './figures.ts';
import { claimFolder, refuseOrRun, removeInOwnedFolder } from '../owned-folder.ts';
import { readProcesses } from '../../src/integrations/processes.ts';

/** Where the build's search integration writes the Pagefind index inside the site. */
const INDEX_FOLDER = 'pagefind';
/** Astro's content data store: its cacheDir (the default, node_modules/.astro) holds it in a build. */
const DATA_STORE = 'node_modules/.astro/data-store.json';

const { values } = parseArgs({
  options: {
    meetings: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '7' },
    dir: { type: 'string' },
  },
});
const meetings = Number(values.meetings);
const dir = values.dir ?? `/tmp/record-bench-${meetings}`;
const content = join(dir, 'content');
const outDir = join(dir, 'dist');
// The bench deletes the corpus and the site it builds in this folder, so it must be its own.
refuseOrRun(() => {
  claimFolder(dir, 'npm run bench');
});

/** Milliseconds between samples of the build's memory. */
const SAMPLE_MS = 200;

/** Runs a command under GNU time, sampling the memory of its whole process tree as it runs. */
async function run(
  command: string[],
  env: Record<string, string> = {},
): Promise<Measured & { output: string; sampledPeakRssBytes: number; sampledPeakSeconds: number }> {
  const child = spawn('/usr/bin/time', ['-v', ...command], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  const started = performance.now();
  let sampledPeakRssBytes = 0;
  let sampledPeakSeconds = 0;
  const sampler = setInterval(() => {
    if (child.pid === undefined) return;
    const rss = treeRssBytes(readProcesses(), child.pid);
    if (rss > sampledPeakRssBytes) {
      sampledPeakRssBytes = rss;
      sampledPeakSeconds = (performance.now() - started) / 1000;
    }
  }, SAMPLE_MS);
  const [status] = (await once(child, 'close')) as [number | null];
  clearInterval(sampler);
  const out = Buffer.concat(stdout).toString('utf8');
  const err = Buffer.concat(stderr).toString('utf8');
  if (status !== 0) {
    throw new Error(`${command.join(' ')} failed (${String(status)}):\n${out.slice(-3000)}\n${err.slice(-3000)}`);
  }
  return { ...parseGnuTime(err), output: `${out}\n${err}`, sampledPeakRssBytes, sampledPeakSeconds };
}

function filesUnder(root: string): BuiltFile[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const full = join(entry.parentPath, entry.name);
      return { path: relative(root, full), bytes: statSync(full).size };
    });
}

await run(['node', 'tools/corpus/cli.ts', '--meetings', String(meetings), '--seed', values.seed, '--out', content]);
removeInOwnedFolder(dir, 'dist', 'npm run bench');
// --force: a cold build every time, so the figure does not depend on what the cache held. The
// build writes the search index itself (src/integrations/search-index.ts), so it is measured here.
const build = await run(['node', 'node_modules/astro/bin/astro.mjs', 'build', '--force', '--outDir', outDir], {
  RECORD_CONTENT_DIR: content,
});

console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}`,
);
const index = parseIndexLine(build.output);
const site = siteFigures(filesUnder(outDir), INDEX_FOLDER);
const dataStoreBytes = statSync(DATA_STORE).size;
const { sampledPeakRssBytes, sampledPeakSeconds } = build;
for (const line of figureLines({
  meetings,
  build,
  index,
  site,
  dataStoreBytes,
  sampledPeakRssBytes,
  sampledPeakSeconds,
  sampleMs: SAMPLE_MS,
})) {
  console.log(line);
}
