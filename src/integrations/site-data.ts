/**
 * What the pages get from the build's configuration, as virtual modules (as Starlight's
 * virtual:starlight/user-config and virtual:starlight/git-info): the settings, read and validated
 * once (src/site/settings.ts), and the git history of the content folder, read once per build.
 * src/site/load.ts is their one reader.
 */
import { execFileSync } from 'node:child_process';
import type { AstroIntegration } from 'astro';
import type { Settings } from '../site/settings.ts';
import { GIT_LOG_ARGS, parseGitLog, type ContentChange } from '../record/versions.ts';

/** The git history of `folder`; empty where there is no git (then the pages' fallbacks apply). */
function readContentChanges(folder: string): ContentChange[] {
  try {
    return parseGitLog(
      execFileSync('git', [...GIT_LOG_ARGS, '--', folder], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
    );
  } catch {
    return [];
  }
}

export default function siteData(settings: Settings): AstroIntegration {
  const modules: Record<string, () => unknown> = {
    'virtual:site/settings': () => settings,
    'virtual:site/git-info': () => readContentChanges(settings.contentDir),
  };
  const resolved = (id: string) => `\0${id}`;
  return {
    name: 'site-data',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'site-data',
                resolveId: (id) => (id in modules ? resolved(id) : undefined),
                load: (id) => {
                  const name = Object.keys(modules).find((key) => resolved(key) === id);
                  return name === undefined ? undefined : `export default ${JSON.stringify(modules[name]?.())};`;
                },
              },
            ],
          },
        });
      },
    },
  };
}
