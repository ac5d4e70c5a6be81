import type { ProcessSample } from '../../src/integrations/processes';

/** What the sum of a process tree's memory needs to know of each process. */
type TreeSample = Pick<ProcessSample, 'pid' | 'ppid' | 'rssBytes'>;

/** What GNU time -v reports about one command. */
export interface Measured {
  seconds: number;
  /** Peak resident set of the largest process in the command's tree, in bytes. */
  peakRssBytes: number;
  /** CPU time in user mode of the command and every descendant it waited for, in seconds. */
  userSeconds: number;
  /** CPU time in the kernel of the same processes, in seconds. */
  systemSeconds: number;
}

/**
 * Reads the elapsed time, peak RSS and CPU times out of GNU `time -v` output. The peak is that of
 * the largest single process (getrusage of the children), which for `astro build` and pagefind is
 * the process doing the work. The CPU times are the whole tree's: Node reaps the Pagefind
 * processes it stops, so theirs count too.
 */
export function parseGnuTime(stderr: string): Measured {
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  const elapsed = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):(\d+(?:\.\d+)?)/.exec(stderr);
  const user = /User time \(seconds\): (\d+(?:\.\d+)?)/.exec(stderr);
  const system = /System time \(seconds\): (\d+(?:\.\d+)?)/.exec(stderr);
  if (!rss?.[1] || !elapsed?.[2] || !elapsed[3] || !user?.[1] || !system?.[1]) {
    throw new Error(`no GNU time figures in:\n${stderr.slice(-2000)}`);
  }
  return {
    seconds: Number(elapsed[1] ?? 0) * 3600 + Number(elapsed[2]) * 60 + Number(elapsed[3]),
    peakRssBytes: Number(rss[1]) * 1024,
    userSeconds: Number(user[1]),
    systemSeconds: Number(system[1]),
  };
}

/**
 * Resident memory of a process and all its descendants at one moment: what the machine holds for
 * a command whose processes run side by side (Astro's Node and Pagefind's).
 */
export function treeRssBytes(processes: readonly TreeSample[], root: number): number {
  const children = new Map<number, TreeSample[]>();
  for (const sample of processes) {
    const siblings = children.get(sample.ppid);
    if (siblings) siblings.push(sample);
    else children.set(sample.ppid, [sample]);
  }
  let total = processes.find((sample) => sample.pid === root)?.rssBytes ?? 0;
  const pending = [root];
  for (let parent = pending.pop(); parent !== undefined; parent = pending.pop()) {
    for (const child of children.get(parent) ?? []) {
      total += child.rssBytes;
      pending.push(child.pid);
    }
  }
  return total;
}

/** A file of the built site, with its path relative to the output folder. */
export interface BuiltFile {
  path: string;
  bytes: number;
}

export interface SiteFigures {
  pages: number;
  distBytes: number;
  searchIndexBytes: number;
  largestPage: BuiltFile | undefined;
}

/** Sizes of a built site; the search index is whatever lies under `indexFolder`. */
export function siteFigures(files: readonly BuiltFile[], indexFolder: string): SiteFigures {
  const pages = files.filter((f) => f.path.endsWith('.html') && !f.path.startsWith(`${indexFolder}/`));
  return {
    pages: pages.length,
    distBytes: files.reduce((sum, f) => sum + f.bytes, 0),
    searchIndexBytes: files.filter((f) => f.path.startsWith(`${indexFolder}/`)).reduce((sum, f) => sum + f.bytes, 0),
    largestPage: pages.reduce<BuiltFile | undefined>((max, f) => (max && max.bytes >= f.bytes ? max : f), undefined),
  };
}

const MB = 1024 * 1024;
const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** What the search-index integration logs about the index it wrote inside the build. */
export interface IndexFigures {
  documents: number;
  shards: number;
  /** Indexing time in Pagefind's processes, from the record's loading to the last shard written. */
  seconds: number;
  /** How long the build waited for the index after the last page. */
  afterPagesSeconds: number;
  /** The largest peak resident set of one Pagefind process. */
  peakRssBytes: number;
  /** The peak resident set of the build's own Node process. */
  buildPeakRssBytes: number;
  /** CPU time (user and system) of the build's own Node process. */
  buildCpuSeconds: number;
  /** The kernel's part of it. */
  buildSystemSeconds: number;
}

/** Reads the integration's line (src/integrations/search-index.ts) out of the build's output. */
export function parseIndexLine(stdout: string): IndexFigures {
  const line =
    /indexed (\d+) search documents in (\d+) shard\(s\): ([\d.]+) s beside the pages, ([\d.]+) s after them; Pagefind peak RSS ([\d.]+) MB; build process peak RSS ([\d.]+) MB; build process CPU ([\d.]+) s, system ([\d.]+) s/u.exec(
      stdout,
    );
  if (!line) throw new Error(`no search-index line in the build output:\n${stdout.slice(-2000)}`);
  return {
    documents: Number(line[1]),
    shards: Number(line[2]),
    seconds: Number(line[3]),
    afterPagesSeconds: Number(line[4]),
    peakRssBytes: Number(line[5]) * MB,
    buildPeakRssBytes: Number(line[6]) * MB,
    buildCpuSeconds: Number(line[7]),
    buildSystemSeconds: Number(line[8]),
  };
}

/** One `name: value` line per figure, as the bench prints them. */
export function figureLines(figures: {
  meetings: number;
  build: Measured;
  index: IndexFigures;
  site: SiteFigures;
  /** Size of Astro's content data store, which Astro bundles into the build as one string. */
  dataStoreBytes: number;
  /** The largest sum of resident memory over the build's processes, sampled. */
  sampledPeakRssBytes: number;
  /** When that sample was taken, in seconds from the start of the build: which phase holds the peak. */
  sampledPeakSeconds: number;
  /** Milliseconds between samples. */
  sampleMs: number;
}): string[] {
  const { meetings, build, index, site, dataStoreBytes, sampledPeakRssBytes, sampledPeakSeconds, sampleMs } = figures;
  return [
    `meetings: ${meetings}`,
    `full build time (site and index): ${build.seconds.toFixed(2)} s`,
    `indexing time: ${index.seconds.toFixed(2)} s in Pagefind beside the pages, ${index.afterPagesSeconds.toFixed(2)} s of it after the last page`,
    `astro build peak RSS (Node): ${mb(index.buildPeakRssBytes)}`,
    // All of Node's threads (libuv's file system pool, V8's collector); close to the wall clock
    // when the pages keep Node busy. The system part is mostly the kernel creating files.
    `astro build CPU time (Node, user and system): ${index.buildCpuSeconds.toFixed(1)} s, system ${index.buildSystemSeconds.toFixed(1)} s`,
    // The rest of the tree's CPU time is Pagefind's: on two cores, the two sides' sum over two
    // bounds the wall clock from below.
    `indexing CPU time (Pagefind, user and system): ${(build.userSeconds + build.systemSeconds - index.buildCpuSeconds).toFixed(1)} s`,
    `total CPU time (Node and Pagefind): user ${build.userSeconds.toFixed(1)} s, system ${build.systemSeconds.toFixed(1)} s`,
    `indexing peak RSS (largest Pagefind process): ${mb(index.peakRssBytes)}`,
    // GNU time's figure is that of the largest single process, Node or one of the Pagefinds.
    `largest process peak RSS (GNU time): ${mb(build.peakRssBytes)}`,
    // Node and Pagefind run at the same time, so their sum bounds the machine's peak from above.
    `full build peak RSS (Node + Pagefind, upper bound): ${mb(index.buildPeakRssBytes + index.peakRssBytes)}`,
    // What the machine held at once; a spike shorter than the interval can slip between samples.
    `full build peak RSS (all processes at once, sampled): ${mb(sampledPeakRssBytes)}, every ${String(sampleMs)} ms, at ${sampledPeakSeconds.toFixed(1)} s`,
    `search documents: ${index.documents} in ${index.shards} shard(s)`,
    `content data store: ${mb(dataStoreBytes)}`,
    `pages built: ${site.pages}`,
    `dist size: ${mb(site.distBytes)}`,
    `search index size: ${mb(site.searchIndexBytes)}`,
    `largest page HTML: ${site.largestPage ? `${kb(site.largestPage.bytes)} (${site.largestPage.path})` : 'none'}`,
  ];
}
