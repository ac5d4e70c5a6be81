import { describe, expect, it } from 'vitest';
import { figureLines, parseGnuTime, siteFigures } from '../../src/lib/bench/figures';

const gnuTime = `	Command being timed: "node x"
	Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.50
	Maximum resident set size (kbytes): 2048
`;

describe('bench figures', () => {
  it('reads elapsed time and peak RSS from GNU time -v', () => {
    expect(parseGnuTime(gnuTime)).toEqual({ seconds: 62.5, peakRssBytes: 2048 * 1024 });
    expect(parseGnuTime(gnuTime.replace('1:02.50', '1:00:01'))).toEqual({ seconds: 3601, peakRssBytes: 2097152 });
    expect(() => parseGnuTime('nothing')).toThrow(/no GNU time figures/);
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
    const lines = figureLines({
      meetings: 1,
      build: { seconds: 1, peakRssBytes: 2 ** 20 },
      index: { seconds: 2, peakRssBytes: 2 ** 21 },
      site,
    });
    for (const line of lines) expect(line).toMatch(/^[A-Za-z ]+: \S/);
    expect(lines).toContain('full build time: 3.00 s');
    expect(lines).toContain('full build peak RSS: 2.0 MB');
    const inside = figureLines({ meetings: 1, build: { seconds: 1, peakRssBytes: 2 ** 20 }, site });
    expect(inside).toContain('indexing: inside astro build (src/integrations/search-index.ts)');
    expect(inside).toContain('full build time: 1.00 s');
    expect(inside).toContain('full build peak RSS: 1.0 MB');
  });
});
