import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** A script run as `npm run` runs it: its exit status, what it printed to stdout and to stderr. */
function runScript(script: string, args: string[]) {
  const result = spawnSync('node_modules/.bin/node', [script, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("the scripts' command lines (tools/command-line.ts)", () => {
  it.each([
    ['tools/corpus/cli.ts', 'usage: npm run corpus --'],
    ['tools/bench/cli.ts', 'usage: npm run bench --'],
  ])('%s prints its usage for --help and does nothing else', (script, usage) => {
    const { status, stdout } = runScript(script, ['--help']);
    expect(status).toBe(0);
    expect(stdout.trim()).toMatch(new RegExp(`^${usage}`));
  });

  it.each([
    ['tools/corpus/cli.ts', '--meeting', 'usage: npm run corpus --'],
    ['tools/bench/cli.ts', '--profil', 'usage: npm run bench --'],
  ])('%s names the unknown option %s with its usage, without a stack trace', (script, option, usage) => {
    const { status, stderr } = runScript(script, [option]);
    expect(status).toBe(2);
    expect(stderr).toContain(`Unknown option '${option}'`);
    expect(stderr).toContain(usage);
    expect(stderr).not.toContain('    at ');
  });

  it('npm run corpus names a missing --out and its fix', () => {
    const { status, stderr } = runScript('tools/corpus/cli.ts', ['--meetings', '1']);
    expect(status).toBe(2);
    expect(stderr).toContain('--out: missing. Fix: give the folder to write the corpus to.');
    expect(stderr).not.toContain('    at ');
  });
});
