import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { distFigures, exceededLimits, hosts } from '../site/hosts.ts';
import type { Settings } from '../site/settings.ts';

/** Every file under `root`, with its path relative to it and its size. */
function filesUnder(root: string) {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const full = join(entry.parentPath, entry.name);
      return { path: relative(root, full), bytes: statSync(full).size };
    });
}

/**
 * Measures dist/ once the build is done (after the search index moved in) and warns about each
 * limit of the host in DEPLOY_HOST that it exceeds, before a deployment fails on it.
 */
export default function hostLimits(settings: Settings): AstroIntegration {
  return {
    name: 'host-limits',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const figures = distFigures(filesUnder(fileURLToPath(dir)));
        const { label } = hosts[settings.deployHost];
        const problems = exceededLimits(settings.deployHost, figures);
        const size = `${(figures.bytes / 1e6).toFixed(1)} MB in ${figures.files.toLocaleString('en')} files`;
        if (problems.length === 0) {
          logger.info(`dist/ is ${size}, within ${label}'s limits (DEPLOY_HOST=${settings.deployHost}).`);
          return;
        }
        for (const problem of problems) logger.warn(`${problem} (DEPLOY_HOST=${settings.deployHost}).`);
        logger.warn(
          `dist/ (${size}) will not deploy to ${label}. See docs/deploying.md for the host that holds it, or set DEPLOY_HOST to where it is published.`,
        );
      },
    },
  };
}
