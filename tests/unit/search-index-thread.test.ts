import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { startIndexThread, STOPPED } from '~/integrations/search-index/thread';

const folder = mkdtempSync(join(tmpdir(), 'index-thread-'));
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

/** A stand-in for the worker: a script of its own, given the job as workerData. */
function standIn(name: string, code: string): URL {
  const file = join(folder, `${name}.mjs`);
  writeFileSync(file, `import { parentPort, workerData } from 'node:worker_threads';\n${code}\n`);
  return pathToFileURL(file);
}
const job = { contentDir: 'content', outputPath: join(folder, 'index'), shardRecords: 10, base: '' };

describe("the search index's worker thread", () => {
  it("answers with the worker's figures, which got the job", async () => {
    const script = standIn(
      'answers',
      'parentPort.postMessage({ records: workerData.shardRecords, segments: 2, shards: 1 });',
    );
    await expect(startIndexThread(script, job).join()).resolves.toEqual({ records: 10, segments: 2, shards: 1 });
  });

  it("fails with the worker's error and what to try", async () => {
    const script = standIn('throws', "throw new Error('content/people/x.yaml: does not match the people schema');");
    await expect(startIndexThread(script, job).join()).rejects.toThrow(
      /the search index was not written: content\/people\/x\.yaml: does not match the people schema\. .*SEARCH_SHARD_RECORDS/,
    );
  });

  it('fails when the worker ends without an answer, as when Pagefind dies with its answers unsettled', async () => {
    const script = standIn('ends', 'await new Promise(() => {});');
    await expect(startIndexThread(script, job).join()).rejects.toThrow(STOPPED);
  });

  it('does not keep Node alive until it is joined, and a failure before then is no unhandled rejection', () => {
    const thread = fileURLToPath(new URL('../../src/integrations/search-index/thread.ts', import.meta.url));
    for (const script of [
      standIn('works', 'setInterval(() => {}, 1000);'),
      standIn('fails', "throw new Error('x');"),
    ]) {
      // A build that fails before its pages are done: the thread is started and never joined.
      const runner = join(folder, `run-${script.pathname.split('/').pop() ?? ''}`);
      writeFileSync(
        runner,
        `import { startIndexThread } from ${JSON.stringify(thread)};
startIndexThread(new URL(${JSON.stringify(script.href)}), ${JSON.stringify(job)});
setTimeout(() => {}, 300);`,
      );
      const run = spawnSync(process.execPath, [runner], { encoding: 'utf8', timeout: 10_000 });
      expect(run.error).toBeUndefined();
      expect(run.stderr).not.toMatch(/Unhandled|unhandled/);
      expect(run.status).toBe(0);
    }
  });
});
