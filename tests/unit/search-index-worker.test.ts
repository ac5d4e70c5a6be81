import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../src/lib/search/documents';
import { indexInWorker } from '../../src/integrations/search-index';

const documents: SearchDocument[] = ['通信の秘密', 'セキュアゲートウェイ', 'C&C サーバ'].map((text, i) => ({
  url: `/meetings/m/#s${String(i)}`,
  kind: 'statement',
  title: `発言 #s${String(i)}`,
  text,
  date: '2017-01-17',
  filters: { kind: ['発言'], year: ['2017'] },
}));

describe('the search index, written in a worker thread', () => {
  const folder = mkdtempSync(join(tmpdir(), 'search-index-worker-'));
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('writes a Pagefind index of every document and reports it', async () => {
    const figures = await indexInWorker(documents, folder);
    expect(figures).toMatchObject({ documents: 3, shards: 1 });
    expect(figures.peakRssBytes).toBeGreaterThan(0);
    expect(JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8'))).toHaveProperty('languages.en');
    expect(JSON.parse(readFileSync(join(folder, 'shards.json'), 'utf8'))).toEqual([]);
  });

  it('fails, naming the worker, when Pagefind dies before the index is written', async () => {
    // Pagefind panics when it cannot create the folder, and its answer never comes.
    await expect(indexInWorker(documents, '/proc/no-such-folder/pagefind')).rejects.toThrow(
      /indexing worker stopped \(exit code \d+\) before it had written the index/u,
    );
  });
});
