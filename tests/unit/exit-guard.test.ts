import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const guard = fileURLToPath(new URL('../../src/integrations/exit-guard.ts', import.meta.url));

/** Runs `awaitOrFailOnExit` on the promise `expression` in a Node process of its own. */
function run(expression: string) {
  const script = `import { awaitOrFailOnExit } from ${JSON.stringify(guard)};
awaitOrFailOnExit(${expression}, () => console.error('the index was lost')).then((value) => console.log('settled', value));`;
  return spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
}

describe('awaitOrFailOnExit', () => {
  it('fails the process, saying what was lost, when Node would exit before the promise settles', () => {
    // A promise nothing can settle, as when Pagefind's process dies with answers pending.
    const child = run('new Promise(() => {})');
    expect(child.stderr).toContain('the index was lost');
    expect(child.stdout).not.toContain('settled');
    expect(child.status).toBe(1);
  });

  it('hands the value through, and leaves the exit code alone, when the promise settles', () => {
    const child = run('new Promise((resolve) => setTimeout(() => resolve(42), 50))');
    expect(child.stdout).toContain('settled 42');
    expect(child.stderr).not.toContain('the index was lost');
    expect(child.status).toBe(0);
  });
});
