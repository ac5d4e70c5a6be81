import { execFileSync } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';

const setFlagsFromString = vi.hoisted(() => vi.fn<(flags: string) => void>());
vi.mock('node:v8', () => ({ setFlagsFromString }));
const { default: buildGc, HEAP_GROWING_PERCENT } = await import('~/integrations/build-gc');

type ConfigSetup = (options: { command: string }) => void;
const configSetup = buildGc().hooks['astro:config:setup'] as unknown as ConfigSetup;

describe('build-gc', () => {
  it('sets its V8 flags for a build', () => {
    setFlagsFromString.mockClear();
    configSetup({ command: 'build' });
    expect(setFlagsFromString.mock.calls.map(([flags]) => flags)).toEqual([
      '--external-memory-accounted-in-global-limit',
      `--heap-growing-percent=${String(HEAP_GROWING_PERCENT)}`,
    ]);
  });

  it('leaves the dev server and the other commands to V8', () => {
    setFlagsFromString.mockClear();
    for (const command of ['dev', 'preview', 'sync']) configSetup({ command });
    expect(setFlagsFromString).not.toHaveBeenCalled();
  });

  // V8 ignores a flag it does not know, with no more than a line on stderr: were a Node upgrade
  // to drop either, builds would silently go back to a full collection per 64 MB of pages.
  it('sets only flags that the V8 of this Node knows', () => {
    const options = execFileSync(process.execPath, ['--v8-options'], { encoding: 'utf8' });
    for (const flag of ['--external-memory-accounted-in-global-limit', '--heap-growing-percent'])
      expect(options).toContain(`  ${flag} (`);
  });
});
