/**
 * Builds the Pagefind index through Pagefind's Node API. Each search document becomes one custom
 * record whose content is our own tokens (src/search/tokenize.ts), not the text: see that file
 * for why. The index is English-only (`forceLanguage: 'en'`) so Pagefind never re-segments it as
 * Japanese; the tokens are digit strings, which English splitting and stemming leave alone.
 *
 * Indexing starts as soon as the record is loaded (src/search/handoff.ts says how), so it runs
 * in Pagefind's processes while the pages render, shard after shard (SHARD_RECORDS says why), into
 * a folder beside the output; the finished index moves into dist/pagefind/ when the build is done.
 */
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { awaitOrFailOnExit } from './exit-guard';
import { readProcesses } from './processes';
import { filterNames, type FilterKey, type SearchDocument } from '~/search/documents';
import { receiveSearchDocuments } from '~/search/handoff';
import { SHARD_FILTER, SHARDS_FILE, SHARDS_FOLDER, shardDocuments } from '~/search/shards';
import { settings } from '~/site/settings';
import { indexTokens } from '~/search/tokenize';

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/**
 * Records sent to Pagefind before waiting for its answers. One at a time, each record waited for a
 * turn of the event loop, which page rendering holds for milliseconds, and Pagefind sat idle.
 */
const BATCH = 500;

function customRecord(doc: SearchDocument, shard: number) {
  const meta: Record<string, string> = { title: doc.title, kind: doc.kind, text: doc.text };
  if (doc.speaker !== undefined) meta['speaker'] = doc.speaker;
  if (doc.meeting !== undefined) meta['meeting'] = doc.meeting;
  if (doc.date !== undefined) meta['date'] = doc.date;
  return {
    url: doc.url,
    // Only the text: a page's text starts with its name, and a statement must not match its
    // speaker's label (the quality test's truth is the statement's own words).
    content: indexTokens(doc.text).join(' '),
    language: 'en',
    meta,
    filters: {
      ...Object.fromEntries(
        Object.entries(doc.filters).map(([key, values]) => [filterNames[key as FilterKey], values]),
      ),
      [SHARD_FILTER]: [String(shard)],
    },
    sort: doc.date === undefined ? {} : { date: doc.date },
  };
}

/** Adds every document to a new Pagefind index. */
async function indexDocuments(documents: readonly SearchDocument[], shard: number): Promise<PagefindIndex> {
  const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error('Pagefind could not create an index');
  for (let start = 0; start < documents.length; start += BATCH) {
    const batch = documents.slice(start, start + BATCH);
    const answers = await Promise.all(batch.map((doc) => index.addCustomRecord(customRecord(doc, shard))));
    answers.forEach(({ errors }, i) => {
      if (errors.length > 0) throw new Error(`Pagefind rejected ${batch[i]?.url ?? '?'}: ${errors.join('; ')}`);
    });
  }
  return index;
}

/**
 * Peak resident memory of the Pagefind processes this process started, in bytes (Linux /proc; 0
 * elsewhere). They run beside the build, and `time -v` does not see them: Pagefind's service is
 * killed, not waited for, when we close it.
 */
function pagefindPeakRss(): number {
  return readProcesses()
    .filter((sample) => sample.name.startsWith('pagefind') && sample.ppid === process.pid)
    .reduce((peak, sample) => Math.max(peak, sample.peakRssBytes), 0);
}

/** Writes the index and stops Pagefind's process, which frees its memory; returns its peak resident memory in bytes. */
async function writeIndex(index: PagefindIndex, outputPath: string): Promise<number> {
  const { errors } = await index.writeFiles({ outputPath });
  if (errors.length > 0) throw new Error(`Pagefind could not write the index: ${errors.join('; ')}`);
  const peak = pagefindPeakRss();
  await pagefind.close();
  return peak;
}

/**
 * Records per shard. Pagefind holds about 0.2 MB per record of ours while it writes an index
 * (one token per character), so one index of a 10,000-meeting archive would need tens of GB. Each
 * shard is a Pagefind bundle of its own, written by a fresh Pagefind process one after another,
 * and the browser merges them (mergeIndex), so memory stays that of one shard at any size.
 */
export const SHARD_RECORDS = settings.searchShardRecords;

export interface IndexFigures {
  documents: number;
  shards: number;
  /** The largest peak resident memory of one Pagefind process. */
  peakRssBytes: number;
}

/**
 * Writes the sharded Pagefind index of the documents into `outputPath`: the first shard there,
 * the others in SHARDS_FOLDER/<n>/, and SHARDS_FILE listing the others' site paths.
 */
export async function writeSearchIndex(
  documents: readonly SearchDocument[],
  outputPath: string,
  sitePath = '/pagefind/',
): Promise<IndexFigures> {
  const shards = shardDocuments(documents, SHARD_RECORDS);
  let peakRssBytes = 0;
  for (const [n, shard] of shards.entries()) {
    const path = n === 0 ? outputPath : join(outputPath, SHARDS_FOLDER, String(n));
    peakRssBytes = Math.max(peakRssBytes, await writeIndex(await indexDocuments(shard, n), path));
  }
  const others = shards.slice(1).map((_, i) => `${sitePath}${SHARDS_FOLDER}/${String(i + 1)}/`);
  await writeFile(join(outputPath, SHARDS_FILE), JSON.stringify(others));
  return { documents: documents.length, shards: shards.length, peakRssBytes };
}

/**
 * CPU time of the build's own Node process so far, all its threads, in seconds: set against the
 * wall clock, it shows how busy Node kept its core. The system part is the kernel's, most of it
 * creating the files Astro writes (docs/benchmarks.md, "The file system").
 */
function buildCpuSeconds(): { total: number; system: number } {
  const { user, system } = process.cpuUsage();
  return { total: (user + system) / 1e6, system: system / 1e6 };
}

export default function searchIndex(): AstroIntegration {
  let outDir: string | undefined;
  // The shards' URLs are published under the base path (BASE_PATH), as the pages are.
  let pagefindPath = '/pagefind/';
  let indexing: Promise<{ folder: string; figures: IndexFigures; seconds: number }> | undefined;
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        pagefindPath = `${config.base.replace(/\/+$/, '')}/pagefind/`;
      },
      'astro:build:start': () => {
        indexing = undefined;
        receiveSearchDocuments((documents) => {
          // The record loads once per build; should a second module graph load it again, one index is enough.
          if (indexing || outDir === undefined) return;
          const all = documents();
          const started = performance.now();
          // Astro owns the output folder until the build is done, so the index is written beside it and moved in then.
          indexing = mkdtemp(join(dirname(outDir), '.search-index-')).then(async (folder) => {
            const figures = await writeSearchIndex(all, folder, pagefindPath);
            return { folder, figures, seconds: (performance.now() - started) / 1000 };
          });
          // Settled here so that a Pagefind error fails the build when it is done, not as an unhandled rejection now.
          indexing.catch(() => undefined);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        receiveSearchDocuments(undefined);
        if (!indexing) {
          throw new Error(
            'search-index: no search documents reached the indexer. src/site/load.ts offers them when the record loads (offerSearchDocuments); check that it still does.',
          );
        }
        const waited = performance.now();
        const { folder, figures, seconds } = await awaitOrFailOnExit(indexing, () => {
          logger.error(
            `Pagefind stopped before it had written the search index, so the build has no dist/pagefind/. Its own error, if it printed one, is above. If the machine ran out of memory, a smaller SEARCH_SHARD_RECORDS (now ${String(SHARD_RECORDS)}) lowers Pagefind's: about 0.2 MB per record.`,
          );
        });
        const target = `${fileURLToPath(dir)}pagefind`;
        await rm(target, { recursive: true, force: true });
        await rename(folder, target);
        const cpu = buildCpuSeconds();
        // One line that the benchmark (tools/bench/cli.ts) reads.
        logger.info(
          `indexed ${figures.documents} search documents in ${figures.shards} shard(s): ${seconds.toFixed(2)} s beside the pages, ${((performance.now() - waited) / 1000).toFixed(2)} s after them; Pagefind peak RSS ${(figures.peakRssBytes / 2 ** 20).toFixed(1)} MB; build process peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(1)} MB; build process CPU ${cpu.total.toFixed(1)} s, system ${cpu.system.toFixed(1)} s`,
        );
      },
    },
  };
}
