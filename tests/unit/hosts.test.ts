import { describe, expect, it } from 'vitest';
import { distFigures, exceededLimits, hostLines } from '~/site/hosts';

const MB = 1_000_000;
const site = (bytes: number, files: number, largest = 1000) =>
  distFigures([
    { path: 'data/statements.json', bytes: largest },
    ...Array.from({ length: files - 1 }, (_, i) => ({
      path: `p${String(i)}.html`,
      bytes: Math.floor((bytes - largest) / (files - 1)),
    })),
  ]);

describe('host limits', () => {
  it('measure a site: its bytes, its files and its largest file', () => {
    expect(
      distFigures([
        { path: 'a', bytes: 3 },
        { path: 'b/c', bytes: 7 },
      ]),
    ).toEqual({
      bytes: 10,
      files: 2,
      largest: { path: 'b/c', bytes: 7 },
    });
  });

  it('name each limit a site exceeds, with the figure and the host', () => {
    const big = site(1300 * MB, 44_432, 40 * MB);
    expect(exceededLimits('github-pages', big)).toEqual([
      "dist/ is 1300.0 MB, above GitHub Pages's 1000.0 MB per site",
    ]);
    expect(exceededLimits('cloudflare-pages', big)).toEqual([
      "data/statements.json is 40.0 MB, above Cloudflare Pages (paid plans)'s 26.2 MB per file",
    ]);
    expect(exceededLimits('cloudflare-pages-free', big)).toEqual([
      "dist/ has 44,432 files, above Cloudflare Pages (free plan)'s 20,000",
      "data/statements.json is 40.0 MB, above Cloudflare Pages (free plan)'s 26.2 MB per file",
    ]);
    expect(exceededLimits('gitlab-pages', big)).toHaveLength(1);
    expect(exceededLimits('object-store', big)).toEqual([]);
  });

  it('pass a site within every limit, up to the limit itself', () => {
    const fits = site(1000 * MB, 20_000, 25 * 2 ** 20);
    for (const host of ['github-pages', 'gitlab-pages', 'cloudflare-pages', 'cloudflare-pages-free'] as const)
      expect(exceededLimits(host, fits), host).toEqual([]);
  });

  it('print every host beside the site’s figures', () => {
    const lines = hostLines(site(500 * MB, 30_000));
    expect(lines).toContain('GitHub Pages: fits; size 500.0 MB of 1000.0 MB (50 %)');
    expect(lines).toContain(
      'Cloudflare Pages (free plan): exceeds; files 30,000 of 20,000 (150 %); largest file 0.0 MB of 26.2 MB (0 %)',
    );
    expect(lines).toContain('an object store behind a CDN (S3 with CloudFront, R2): fits; no size or file limit');
  });
});
