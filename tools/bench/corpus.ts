/**
 * The benchmark's search documents: the scale issue's synthetic corpus (tools/corpus, the same
 * generator as `npm run corpus`, seed 7) written to a temporary content folder, loaded with the
 * site's schemas and meeting parser, derived and turned into documents by the build's own code
 * (src/search/documents.ts). So the queries see the text the real build would index.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { generateCorpus } from '../corpus/generate';
import { realVocabulary } from '../corpus/vocabulary';
import { ownedTemporaryFolder, removeOwnedFolder } from '../owned-folder';
import { deriveRecord } from '~/record/derive';
import { searchDocuments, type SearchDocument } from '~/search/documents';
import { loadRecordEntries } from '../../tests/helpers/load-record';

export function syntheticDocuments(meetings: number, seed = 7): SearchDocument[] {
  const files = generateCorpus({
    meetings,
    seed,
    ...realVocabulary('content', (path) => readFileSync(path, 'utf8'), readdirSync),
  });
  const dir = ownedTemporaryFolder(join(tmpdir(), 'bench-corpus-'), 'tools/bench/corpus.ts');
  try {
    for (const { path, content } of files) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    const entries = loadRecordEntries(dir);
    // What the site passes as topic summaries: each topic's Markdown body.
    const summaries = new Map(
      entries.topics.map((topic) => [topic.id, parseFrontmatter(readFileSync(topic.filePath ?? '', 'utf8')).content]),
    );
    return searchDocuments(deriveRecord(entries), summaries);
  } finally {
    removeOwnedFolder(dir);
  }
}
