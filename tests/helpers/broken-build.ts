import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

/** The fixture record every broken copy starts from. */
export const FIXTURE = 'tests/fixtures/valid';

/**
 * Copies the fixture record into `scratch/name`, lets `prepare` break it, and runs the real
 * `astro build` on it. Returns the exit status and what the build printed, without colours.
 */
export function buildBrokenCopy(scratch: string, name: string, prepare: (content: string) => void) {
  const content = join(scratch, name);
  const outDir = join(scratch, `${name}-dist`);
  cpSync(FIXTURE, content, { recursive: true });
  prepare(content);
  const result = spawnSync('npx', ['astro', 'build', '--force', '--outDir', outDir], {
    env: { ...process.env, RECORD_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  // CI=true turns on colours; the assertions are about the words.
  return { status: result.status, output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`), outDir };
}

export function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture does not contain ${from}`);
  return text.replace(from, to);
}
