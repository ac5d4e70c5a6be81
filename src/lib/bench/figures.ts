/** What GNU time -v reports about one command. */
export interface Measured {
  seconds: number;
  /** Peak resident set of the largest process in the command's tree, in bytes. */
  peakRssBytes: number;
}

/**
 * Reads the elapsed time and peak RSS out of GNU `time -v` output. The peak is that of the
 * largest single process (getrusage of the children), which for `astro build` and pagefind is
 * the process doing the work.
 */
export function parseGnuTime(stderr: string): Measured {
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  const elapsed = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):(\d+(?:\.\d+)?)/.exec(stderr);
  if (!rss?.[1] || !elapsed?.[2] || !elapsed[3]) throw new Error(`no GNU time figures in:\n${stderr.slice(-2000)}`);
  return {
    seconds: Number(elapsed[1] ?? 0) * 3600 + Number(elapsed[2]) * 60 + Number(elapsed[3]),
    peakRssBytes: Number(rss[1]) * 1024,
  };
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

/** One `name: value` line per figure, as the bench prints them. */
export function figureLines(figures: {
  meetings: number;
  build: Measured;
  /** A separate indexing step, when there is one; the site's own index is written inside the build. */
  index?: Measured;
  site: SiteFigures;
}): string[] {
  const { meetings, build, index, site } = figures;
  const steps = index ? [build, index] : [build];
  return [
    `meetings: ${meetings}`,
    `astro build time: ${build.seconds.toFixed(2)} s`,
    `astro build peak RSS: ${mb(build.peakRssBytes)}`,
    ...(index
      ? [`indexing time: ${index.seconds.toFixed(2)} s`, `indexing peak RSS: ${mb(index.peakRssBytes)}`]
      : ['indexing: inside astro build (src/integrations/search-index.ts)']),
    `full build time: ${steps.reduce((sum, step) => sum + step.seconds, 0).toFixed(2)} s`,
    `full build peak RSS: ${mb(Math.max(...steps.map((step) => step.peakRssBytes)))}`,
    `pages built: ${site.pages}`,
    `dist size: ${mb(site.distBytes)}`,
    `search index size: ${mb(site.searchIndexBytes)}`,
    `largest page HTML: ${site.largestPage ? `${kb(site.largestPage.bytes)} (${site.largestPage.path})` : 'none'}`,
  ];
}
