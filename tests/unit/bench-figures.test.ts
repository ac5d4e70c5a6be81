import { describe, expect, it } from 'vitest';
import { figureLines, parseGnuTime, parseIndexLine, siteFigures, treeRssBytes } from '../../tools/bench/figures';
import { parseProcStatus } from '~/integrations/processes';

const gnuTime = `	Command being timed: "node x"
	Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.50
	Maximum resident set size (kbytes): 2048
	User time (seconds): 76.69
	System time (seconds): 41.80
`;

describe('bench figures', () => {
  it('reads elapsed time, peak RSS and CPU times from GNU time -v', () => {
    expect(parseGnuTime(gnuTime)).toEqual({
      seconds: 62.5,
      peakRssBytes: 2048 * 1024,
      userSeconds: 76.69,
      systemSeconds: 41.8,
    });
    expect(parseGnuTime(gnuTime.replace('1:02.50', '1:00:01'))).toMatchObject({ seconds: 3601, peakRssBytes: 2097152 });
    expect(() => parseGnuTime('nothing')).toThrow(/no GNU time figures/);
    // A GNU time without CPU lines is not silently read as zero CPU.
    expect(() => parseGnuTime(gnuTime.replace(/\tSystem time.*\n/u, ''))).toThrow(/no GNU time figures/);
  });

  it('counts pages, sizes and the largest page, keeping the search index apart', () => {
    const site = siteFigures(
      [
        { path: 'index.html', bytes: 10 },
        { path: 'topics/a/index.html', bytes: 30 },
        { path: 'pagefind/pagefind.js', bytes: 100 },
        { path: 'pagefind/x.html', bytes: 500 },
        { path: 'sources/a.txt', bytes: 5 },
      ],
      'pagefind',
    );
    expect(site).toEqual({
      pages: 2,
      distBytes: 645,
      searchIndexBytes: 600,
      largestPage: { path: 'topics/a/index.html', bytes: 30 },
    });
    const log = `17:36:10 [search-index] indexed 33019 search documents in 4 shard(s): 61.20 s beside the pages, 3.50 s after them; Pagefind peak RSS 1983.2 MB; build process peak RSS 1500.0 MB; build process CPU 71.5 s, system 22.7 s`;
    const index = parseIndexLine(`build output\n${log}\nmore`);
    expect(index).toEqual({
      documents: 33019,
      shards: 4,
      seconds: 61.2,
      afterPagesSeconds: 3.5,
      peakRssBytes: 1983.2 * 2 ** 20,
      buildPeakRssBytes: 1500 * 2 ** 20,
      buildCpuSeconds: 71.5,
      buildSystemSeconds: 22.7,
    });
    expect(() => parseIndexLine('no index here')).toThrow(/no search-index line/u);
    const lines = figureLines({
      meetings: 1,
      build: { seconds: 70, peakRssBytes: 2 ** 30, userSeconds: 76.69, systemSeconds: 41.8 },
      index,
      site,
      dataStoreBytes: 3 * 2 ** 20,
      sampledPeakRssBytes: 2.5 * 2 ** 30,
      sampledPeakSeconds: 12.34,
      sampleMs: 200,
    });
    for (const line of lines) expect(line).toMatch(/^[A-Za-z +(),]+: \S/u);
    expect(lines).toContain('full build time (site and index): 70.00 s');
    expect(lines).toContain('astro build CPU time (Node, user and system): 71.5 s, system 22.7 s');
    expect(lines).toContain('indexing CPU time (Pagefind, user and system): 47.0 s');
    expect(lines).toContain('total CPU time (Node and Pagefind): user 76.7 s, system 41.8 s');
    expect(lines).toContain('full build peak RSS (Node + Pagefind, upper bound): 3483.2 MB');
    expect(lines).toContain('largest process peak RSS (GNU time): 1024.0 MB');
    expect(lines).toContain('search documents: 33019 in 4 shard(s)');
    expect(lines).toContain('content data store: 3.0 MB');
    expect(lines).toContain('full build peak RSS (all processes at once, sampled): 2560.0 MB, every 200 ms, at 12.3 s');
  });

  it('reads a process from /proc/<pid>/status, and skips one without resident memory', () => {
    const status = 'Name:\tpagefind_extended\nPid:\t4242\nPPid:\t17\nVmHWM:\t 900 kB\nVmRSS:\t  512 kB\n';
    expect(parseProcStatus(status)).toEqual({
      pid: 4242,
      ppid: 17,
      name: 'pagefind_extended',
      rssBytes: 512 * 1024,
      peakRssBytes: 900 * 1024,
    });
    expect(parseProcStatus('Name:\tzombie\nPid:\t5\nPPid:\t1\n')).toBeUndefined();
  });

  it('sums the memory of a process and all its descendants, and nothing else', () => {
    const processes = [
      { pid: 1, ppid: 0, rssBytes: 1000 },
      { pid: 10, ppid: 1, rssBytes: 1 }, // the root of the tree: GNU time
      { pid: 11, ppid: 10, rssBytes: 20 }, // astro build
      { pid: 12, ppid: 11, rssBytes: 300 }, // a Pagefind it started
      { pid: 13, ppid: 12, rssBytes: 4000 }, // and a grandchild of that
      { pid: 14, ppid: 1, rssBytes: 50000 }, // a process beside the tree
    ];
    expect(treeRssBytes(processes, 10)).toBe(4321);
    expect(treeRssBytes(processes, 12)).toBe(4300);
    expect(treeRssBytes(processes, 99)).toBe(0);
  });
});
