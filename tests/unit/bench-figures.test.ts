import { describe, expect, it } from 'vitest';
import { figureLines, parseGnuTime, siteFigures, treeRssBytes } from '../../tools/bench/figures';
import { parseProcStat, parseProcStatus } from '../../tools/bench/processes';
import { addSample, emptySample, pagefindCpuSeconds } from '../../tools/bench/sampler';

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
      pageBytes: 40,
      distBytes: 645,
      searchIndexBytes: 600,
      largestPage: { path: 'topics/a/index.html', bytes: 30 },
    });
    const lines = figureLines({
      meetings: 1,
      build: { seconds: 70, peakRssBytes: 2 ** 30, userSeconds: 76.69, systemSeconds: 41.8 },
      sampled: {
        peakRssBytes: 2.5 * 2 ** 30,
        peakSeconds: 12.34,
        pagefindPeakRssBytes: 900 * 2 ** 20,
        pagefindCpuSeconds: 40,
      },
      site,
      sampleMs: 200,
    });
    for (const line of lines) expect(line).toMatch(/^[A-Za-z +(),]+: \S/u);
    expect(lines).toContain('full build time (site and index): 70.00 s');
    expect(lines).toContain('indexing CPU time (Pagefind, user and system, sampled): 40.0 s');
    expect(lines).toContain('astro build CPU time (Node, user and system): 78.5 s');
    expect(lines).toContain('total CPU time (Node and Pagefind): user 76.7 s, system 41.8 s');
    expect(lines).toContain('indexing peak RSS (largest Pagefind process, sampled): 900.0 MB');
    expect(lines).toContain('largest process peak RSS (GNU time): 1024.0 MB');
    expect(lines).toContain('average page HTML: 0.0 KB');
    expect(lines).toContain('pages built: 2');
    expect(lines).toContain('full build peak RSS (all processes at once, sampled): 2560.0 MB, every 200 ms, at 12.3 s');
  });

  it("samples a tree from outside: its memory at once, its Pagefind processes' peak and last CPU time", () => {
    const at = (cpuSeconds: number, rssMb: number) => [
      { pid: 1, ppid: 0, name: 'node', rssBytes: 100 * 2 ** 20, peakRssBytes: 0, cpuSeconds: 1 },
      {
        pid: 2,
        ppid: 1,
        name: 'pagefind_extended',
        rssBytes: rssMb * 2 ** 20,
        peakRssBytes: rssMb * 2 ** 20,
        cpuSeconds,
      },
      {
        pid: 3,
        ppid: 9,
        name: 'pagefind_extended',
        rssBytes: 999 * 2 ** 20,
        peakRssBytes: 999 * 2 ** 20,
        cpuSeconds: 50,
      },
    ];
    const sampled = emptySample();
    addSample(sampled, at(2, 300), 1, 0.2);
    addSample(sampled, at(5, 200), 1, 0.4);
    expect(pagefindCpuSeconds(sampled)).toBe(5);
    expect(sampled.pagefindPeakRssBytes).toBe(300 * 2 ** 20);
    expect([sampled.peakRssBytes, sampled.peakSeconds]).toEqual([400 * 2 ** 20, 0.2]);
    expect(parseProcStat('42 (pagefind (x)) S 1 2 3 4 5 6 7 8 9 10 150 50 0 0')).toBe(2);
  });

  it('reads a process from /proc/<pid>/status, and skips one without resident memory', () => {
    const status = 'Name:\tpagefind_extended\nPid:\t4242\nPPid:\t17\nVmHWM:\t 900 kB\nVmRSS:\t  512 kB\n';
    expect(parseProcStatus(status)).toEqual({
      pid: 4242,
      ppid: 17,
      name: 'pagefind_extended',
      rssBytes: 512 * 1024,
      peakRssBytes: 900 * 1024,
      cpuSeconds: 0,
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
