import type { ProcessSample } from './processes';

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
  /** The pages' HTML, together. */
  pageBytes: number;
  distBytes: number;
  searchIndexBytes: number;
  largestPage: BuiltFile | undefined;
}

/** Sizes of a built site; the search index is whatever lies under `indexFolder`. */
export function siteFigures(files: readonly BuiltFile[], indexFolder: string): SiteFigures {
  const pages = files.filter((f) => f.path.endsWith('.html') && !f.path.startsWith(`${indexFolder}/`));
  return {
    pages: pages.length,
    pageBytes: pages.reduce((sum, f) => sum + f.bytes, 0),
    distBytes: files.reduce((sum, f) => sum + f.bytes, 0),
    searchIndexBytes: files.filter((f) => f.path.startsWith(`${indexFolder}/`)).reduce((sum, f) => sum + f.bytes, 0),
    largestPage: pages.reduce<BuiltFile | undefined>((max, f) => (max && max.bytes >= f.bytes ? max : f), undefined),
  };
}

const MB = 1024 * 1024;
const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** One `name: value` line per figure of a build, as the bench prints them. */
export function figureLines(figures: {
  meetings: number;
  build: Measured;
  sampled: { peakRssBytes: number; peakSeconds: number; pagefindPeakRssBytes: number; pagefindCpuSeconds: number };
  site: SiteFigures;
  /** Milliseconds between samples. */
  sampleMs: number;
}): string[] {
  const { meetings, build, sampled, site, sampleMs } = figures;
  const cpu = build.userSeconds + build.systemSeconds;
  return [
    `meetings: ${meetings}`,
    `full build time (site and index): ${build.seconds.toFixed(2)} s`,
    `total CPU time (Node and Pagefind): user ${build.userSeconds.toFixed(1)} s, system ${build.systemSeconds.toFixed(1)} s`,
    // Sampled from outside the build; the rest of the tree's CPU time is Node's.
    `indexing CPU time (Pagefind, user and system, sampled): ${sampled.pagefindCpuSeconds.toFixed(1)} s`,
    `astro build CPU time (Node, user and system): ${(cpu - sampled.pagefindCpuSeconds).toFixed(1)} s`,
    `indexing peak RSS (largest Pagefind process, sampled): ${mb(sampled.pagefindPeakRssBytes)}`,
    // GNU time's figure is that of the largest single process, Node or one of the Pagefinds.
    `largest process peak RSS (GNU time): ${mb(build.peakRssBytes)}`,
    // What the machine held at once; a spike shorter than the interval can slip between samples.
    `full build peak RSS (all processes at once, sampled): ${mb(sampled.peakRssBytes)}, every ${String(sampleMs)} ms, at ${sampled.peakSeconds.toFixed(1)} s`,
    `pages built: ${site.pages}`,
    `average page HTML: ${kb(site.pageBytes / Math.max(1, site.pages))}`,
    `dist size: ${mb(site.distBytes)}`,
    `search index size: ${mb(site.searchIndexBytes)}`,
    `largest page HTML: ${site.largestPage ? `${kb(site.largestPage.bytes)} (${site.largestPage.path})` : 'none'}`,
  ];
}
