/**
 * Samples a command's process tree from outside it while it runs (processes.ts): the most memory
 * the tree held at once, and its Pagefind processes' CPU time and peak memory.
 */
import type { ProcessSample } from './processes';
import { treeRssBytes } from './figures.ts';

export interface Sampled {
  /** The largest sum of resident memory over the tree's processes at one moment. */
  peakRssBytes: number;
  /** When that was, in seconds from the start: which phase holds the peak. */
  peakSeconds: number;
  /** The largest peak resident memory of one Pagefind process. */
  pagefindPeakRssBytes: number;
  /** CPU time of each Pagefind process at its last sample, user and system, by pid. */
  pagefindCpu: Map<number, number>;
}

export const emptySample = (): Sampled => ({
  peakRssBytes: 0,
  peakSeconds: 0,
  pagefindPeakRssBytes: 0,
  pagefindCpu: new Map(),
});

/** The pids of `root` and all its descendants. */
function treeOf(processes: readonly ProcessSample[], root: number): Set<number> {
  const tree = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of processes) {
      if (tree.has(p.ppid) && !tree.has(p.pid)) {
        tree.add(p.pid);
        grew = true;
      }
    }
  }
  return tree;
}

/** Folds one look at the machine's processes into what is known of the tree under `root`. */
export function addSample(sampled: Sampled, processes: readonly ProcessSample[], root: number, seconds: number): void {
  const rss = treeRssBytes(processes, root);
  if (rss > sampled.peakRssBytes) {
    sampled.peakRssBytes = rss;
    sampled.peakSeconds = seconds;
  }
  const tree = treeOf(processes, root);
  for (const p of processes) {
    if (!tree.has(p.pid) || !p.name.startsWith('pagefind')) continue;
    sampled.pagefindPeakRssBytes = Math.max(sampled.pagefindPeakRssBytes, p.peakRssBytes);
    sampled.pagefindCpu.set(p.pid, p.cpuSeconds);
  }
}

export const pagefindCpuSeconds = (sampled: Sampled) => [...sampled.pagefindCpu.values()].reduce((a, b) => a + b, 0);
