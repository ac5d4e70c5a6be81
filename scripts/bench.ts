/**
 * npm run bench -- --meetings N [--seed S] [--dir DIR]
 * Writes a synthetic corpus, builds the site and its search index from it into its own folder, and prints
 * one `name: value` line per figure. Figures, not a test: nothing here passes or fails.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import {
  figureLines,
  parseGnuTime,
  parseIndexLine,
  siteFigures,
  type BuiltFile,
  type Measured,
} from '../src/lib/bench/figures.ts';

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

function run(command: string[], env: Record<string, string> = {}): Measured & { output: string } {
  const result = spawnSync('/usr/bin/time', ['-v', ...command], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(
      `${command.join(' ')} failed (${result.status}):\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`,
    );
  }
  return { ...parseGnuTime(result.stderr), output: `${result.stdout}\n${result.stderr}` };
}

function filesUnder(root: string): BuiltFile[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const full = join(entry.parentPath, entry.name);
      return { path: relative(root, full), bytes: statSync(full).size };
    });
}

run(['node', 'scripts/corpus.ts', '--meetings', String(meetings), '--seed', values.seed, '--out', content]);
rmSync(outDir, { recursive: true, force: true });
// --force: a cold build every time, so the figure does not depend on what the cache held. The
// build writes the search index itself (src/integrations/search-index.ts), so it is measured here.
const build = run(['node', 'node_modules/astro/bin/astro.mjs', 'build', '--force', '--outDir', outDir], {
  RECORD_CONTENT_DIR: content,
});

console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}`,
);
const index = parseIndexLine(build.output);
const site = siteFigures(filesUnder(outDir), INDEX_FOLDER);
for (const line of figureLines({ meetings, build, index, site, dataStoreBytes: statSync(DATA_STORE).size })) {
  console.log(line);
}
