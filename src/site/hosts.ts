/**
 * The static hosts a built site is published on, and their limits, as each documents them
 * (docs/deploying.md). The build warns when dist/ exceeds those of DEPLOY_HOST
 * (src/integrations/host-limits.ts); the bench prints dist/ beside all of them. No imports:
 * src/site/settings.ts reads the host names.
 */

export interface HostLimits {
  label: string;
  /** The whole published site, in bytes. */
  maxBytes?: number;
  maxFiles?: number;
  /** Any one file, in bytes. */
  maxFileBytes?: number;
}

const GB = 1_000_000_000;
const MiB = 2 ** 20;

export const hosts = {
  'github-pages': { label: 'GitHub Pages', maxBytes: GB },
  'gitlab-pages': { label: 'GitLab Pages', maxBytes: GB, maxFiles: 200_000 },
  'cloudflare-pages': { label: 'Cloudflare Pages (paid plans)', maxFiles: 100_000, maxFileBytes: 25 * MiB },
  'cloudflare-pages-free': { label: 'Cloudflare Pages (free plan)', maxFiles: 20_000, maxFileBytes: 25 * MiB },
  'object-store': { label: 'an object store behind a CDN (S3 with CloudFront, R2)' },
} as const satisfies Record<string, HostLimits>;

export type DeployHost = keyof typeof hosts;
export const hostNames = Object.keys(hosts) as [DeployHost, ...DeployHost[]];

/** What the hosts limit, measured on a built site. */
export interface DistFigures {
  bytes: number;
  files: number;
  largest: { path: string; bytes: number } | undefined;
}

/** The figures of a built site from its files (paths relative to dist/). */
export function distFigures(files: readonly { path: string; bytes: number }[]): DistFigures {
  return {
    bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    files: files.length,
    largest: files.reduce<DistFigures['largest']>((max, f) => (max && max.bytes >= f.bytes ? max : f), undefined),
  };
}

const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;
const count = (n: number) => n.toLocaleString('en');

/** Each limit of `host` that the site exceeds, in words: the limit, the figure and the host. */
export function exceededLimits(host: DeployHost, dist: DistFigures): string[] {
  const limits: HostLimits = hosts[host];
  const problems: string[] = [];
  if (limits.maxBytes !== undefined && dist.bytes > limits.maxBytes)
    problems.push(`dist/ is ${mb(dist.bytes)}, above ${limits.label}'s ${mb(limits.maxBytes)} per site`);
  if (limits.maxFiles !== undefined && dist.files > limits.maxFiles)
    problems.push(`dist/ has ${count(dist.files)} files, above ${limits.label}'s ${count(limits.maxFiles)}`);
  if (limits.maxFileBytes !== undefined && dist.largest && dist.largest.bytes > limits.maxFileBytes)
    problems.push(
      `${dist.largest.path} is ${mb(dist.largest.bytes)}, above ${limits.label}'s ${mb(limits.maxFileBytes)} per file`,
    );
  return problems;
}

/** One line per host: whether the site fits, and each of its limits beside the site's figure. */
export function hostLines(dist: DistFigures): string[] {
  const used = (value: number, limit: number | undefined, unit: (n: number) => string) =>
    limit === undefined ? undefined : `${unit(value)} of ${unit(limit)} (${((value / limit) * 100).toFixed(0)} %)`;
  return hostNames.map((host) => {
    const limits: HostLimits = hosts[host];
    const parts = [
      ['size', used(dist.bytes, limits.maxBytes, mb)],
      ['files', used(dist.files, limits.maxFiles, count)],
      ['largest file', used(dist.largest?.bytes ?? 0, limits.maxFileBytes, mb)],
    ].flatMap(([name, figure]) => (figure ? [`${name ?? ''} ${figure}`] : []));
    const verdict = exceededLimits(host, dist).length > 0 ? 'exceeds' : 'fits';
    return `${limits.label}: ${verdict}; ${parts.length > 0 ? parts.join('; ') : 'no size or file limit'}`;
  });
}
