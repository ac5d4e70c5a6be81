/**
 * npm run bench -- [--meetings N] [--seed S] [--dir DIR] [--double] [--profile]
 * Writes a synthetic corpus, builds the site and its search index from it into its own folder, then
 * the Astro floor (floor.ts) of the same number of pages of the same average size, and prints one
 * `name: value` line per figure and the ratios the targets are set in (docs/benchmarks.md). With
 * --double, also 2N meetings, for time(2N)/time(N). With --profile, the build runs under V8's CPU
 * profiler and the bench prints where Node's CPU went (profile.ts); its times then include the
 * profiler's cost. Figures, not a test: nothing passes or fails.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import {
  claimFolder,
  ownedTemporaryFolder,
  refuseOrRun,
  removeInOwnedFolder,
  removeOwnedFolder,
} from '../owned-folder.ts';
import { distFigures, hostLines, type DistFigures } from '../../src/site/hosts.ts';
import { figureLines, parseGnuTime, siteFigures, type BuiltFile, type Measured } from './figures.ts';
import { readCommandLine } from '../command-line.ts';
import { writeFloorProject } from './floor.ts';
import { profileLines } from './profile.ts';
import { readProcesses } from './processes.ts';
import { addSample, emptySample, pagefindCpuSeconds, type Sampled } from './sampler.ts';

/** Where the build's search integration writes the Pagefind index inside the site. */
const INDEX_FOLDER = 'pagefind';

const { values } = readCommandLine(
  {
    options: {
      meetings: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '7' },
      dir: { type: 'string' },
      double: { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
    },
  },
  'usage: npm run bench -- [--meetings N] [--seed S] [--dir DIR] [--double] [--profile]',
);
const meetings = Number(values.meetings);
const dir = values.dir ?? `/tmp/record-bench-${String(meetings)}`;

/** Milliseconds between samples of the build's memory. */
const SAMPLE_MS = 200;

/** Runs a command under GNU time, sampling its whole process tree from outside as it runs. */
async function run(command: string[], env: Record<string, string> = {}): Promise<Measured & { sampled: Sampled }> {
  const child = spawn('/usr/bin/time', ['-v', ...command], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  const output: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  const started = performance.now();
  const sampled = emptySample();
  const sampler = setInterval(() => {
    if (child.pid !== undefined) addSample(sampled, readProcesses(), child.pid, (performance.now() - started) / 1000);
  }, SAMPLE_MS);
  const [status] = (await once(child, 'close')) as [number | null];
  clearInterval(sampler);
  const err = Buffer.concat(stderr).toString('utf8');
  if (status !== 0) {
    const out = Buffer.concat(output).toString('utf8');
    throw new Error(`${command.join(' ')} failed (${String(status)}):\n${out.slice(-3000)}\n${err.slice(-3000)}`);
  }
  return { ...parseGnuTime(err), sampled };
}

function filesUnder(root: string): BuiltFile[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const full = join(entry.parentPath, entry.name);
      return { path: relative(root, full), bytes: statSync(full).size };
    });
}

/**
 * dist/ beside each host's limits, and beside the previous run's dist/ in the same folder (kept in
 * its dist-figures.json), as ratios.
 */
function distLines(dist: DistFigures, folder: string): string[] {
  const saved = join(folder, 'dist-figures.json');
  const previous = existsSync(saved) ? (JSON.parse(readFileSync(saved, 'utf8')) as DistFigures) : undefined;
  writeFileSync(saved, `${JSON.stringify(dist)}\n`);
  const ratio = (now: number, before: number | undefined) => (before ? (now / before).toFixed(2) : 'no previous run');
  return [
    `dist files: ${dist.files.toLocaleString('en')} (${(dist.bytes / 1e6).toFixed(1)} MB; largest ${dist.largest?.path ?? 'none'}, ${((dist.largest?.bytes ?? 0) / 1e6).toFixed(1)} MB)`,
    `dist size / previous run: ${ratio(dist.bytes, previous?.bytes)}; files / previous run: ${ratio(dist.files, previous?.files)}`,
    ...hostLines(dist).map((line) => `host ${line}`),
  ];
}

/** Each thread's profile: Node names them CPU.<date>.<time>.<pid>.<thread>.<sequence>.cpuprofile. */
function threadProfileLines(profileDir: string): string[] {
  return readdirSync(profileDir)
    .filter((name) => name.endsWith('.cpuprofile'))
    .sort()
    .flatMap((name) => {
      const thread = name.split('.').at(-3);
      return profileLines(join(profileDir, name), thread === '0' ? 'main thread' : `thread ${thread ?? '?'}`);
    });
}

/** Builds the corpus of `count` meetings into `folder`; prints its figures; returns its time and site. */
async function buildCorpusSite(count: number, folder: string) {
  // The bench deletes the corpus and the site it builds in this folder, so it must be its own.
  refuseOrRun(() => {
    claimFolder(folder, 'npm run bench');
  });
  const content = join(folder, 'content');
  const outDir = join(folder, 'dist');
  await run(['node', 'tools/corpus/cli.ts', '--meetings', String(count), '--seed', values.seed, '--out', content]);
  removeInOwnedFolder(folder, 'dist', 'npm run bench');
  // --force: a cold build every time, so the figure does not depend on what the cache held. The
  // build writes the search index itself (src/integrations/search-index.ts), so it is measured here.
  const profileDir = join(folder, 'profile');
  removeInOwnedFolder(folder, 'profile', 'npm run bench');
  const profiler = values.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, '--cpu-prof-interval=1000'] : [];
  const build = await run(
    ['node', ...profiler, 'node_modules/astro/bin/astro.mjs', 'build', '--force', '--outDir', outDir],
    { RECORD_CONTENT_DIR: content },
  );
  const site = siteFigures(filesUnder(outDir), INDEX_FOLDER);
  const { sampled } = build;
  const lines = figureLines({
    meetings: count,
    build,
    sampled: { ...sampled, pagefindCpuSeconds: pagefindCpuSeconds(sampled) },
    site,
    sampleMs: SAMPLE_MS,
  });
  for (const line of lines) console.log(line);
  for (const line of distLines(distFigures(filesUnder(outDir)), folder)) console.log(line);
  if (values.profile) for (const line of threadProfileLines(profileDir)) console.log(line);
  return { build, site };
}

/** Builds the Astro floor for a site of these pages; returns its time. */
async function buildFloor(pages: number, pageBytes: number): Promise<Measured> {
  const floorDir = ownedTemporaryFolder(join(tmpdir(), 'astro-floor-'), 'npm run bench');
  try {
    const floor = await run(writeFloorProject(floorDir, pages, pageBytes));
    console.log(
      `Astro floor (${String(pages)} pages of ${(pageBytes / 1024).toFixed(1)} KB, one-line template): ${floor.seconds.toFixed(2)} s, CPU ${(floor.userSeconds + floor.systemSeconds).toFixed(1)} s`,
    );
    return floor;
  } finally {
    removeOwnedFolder(floorDir);
  }
}

console.log(
  `machine: ${String(cpus().length)} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}`,
);
const ours = await buildCorpusSite(meetings, dir);
const floor = await buildFloor(ours.site.pages, ours.site.pageBytes / Math.max(1, ours.site.pages));
const GB = 2 ** 30;
const cpu = (m: Measured) => m.userSeconds + m.systemSeconds;
console.log(`build time / Astro floor: ${(ours.build.seconds / floor.seconds).toFixed(2)} (target ≤ 1.30)`);
// On a shared machine the wall clock follows the load; CPU time says how much work each build is.
console.log(`build CPU time / Astro floor's: ${(cpu(ours.build) / cpu(floor)).toFixed(2)}`);
console.log(
  `peak memory, all processes at once: ${(ours.build.sampled.peakRssBytes / GB).toFixed(2)} GB (target ≤ 8 GB at 10,000 meetings)`,
);
console.log(
  `Pagefind: CPU ${pagefindCpuSeconds(ours.build.sampled).toFixed(1)} s, peak ${(ours.build.sampled.pagefindPeakRssBytes / GB).toFixed(2)} GB (one record per statement: 35.8 s, 2.0 GB at 1,000 meetings)`,
);
if (values.double) {
  const twice = await buildCorpusSite(meetings * 2, `${dir}-x2`);
  console.log(`time(2N)/time(N): ${(twice.build.seconds / ours.build.seconds).toFixed(2)} (target ≤ 2.1)`);
}
