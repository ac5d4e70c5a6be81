import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../tools/corpus/generate';
import { realVocabulary, sentencesFromSources } from '../../tools/corpus/vocabulary';
import { deriveRecord } from '~/record/derive';
import { findIntegrityProblems } from '~/record/integrity';
import { readRecordEntries } from '~/content/read-record';

const vocabulary = realVocabulary('content', (path) => readFileSync(path, 'utf8'), readdirSync);
const corpus = (meetings: number, seed = 7) => generateCorpus({ meetings, seed, ...vocabulary });

function written(meetings: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
  for (const { path, content } of corpus(meetings)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

describe('vocabulary of the real sources', () => {
  it('yields whole sentences without markup characters', () => {
    expect(vocabulary.sentences.length).toBeGreaterThan(100);
    expect(vocabulary.topicTitles).toContain('セキュアゲートウェイ');
    for (const sentence of vocabulary.sentences) {
      expect(sentence).toMatch(/。$/);
      expect(sentence).not.toMatch(/[<>*_`[\]{}:#|"]/);
    }
  });

  it('joins printed lines before splitting sentences', () => {
    expect(sentencesFromSources(['・情報共有の仕組み \n\nが必要である。次の文は、ここで終わる。\n'])).toEqual([
      '情報共有の仕組みが必要である。',
      '次の文は、ここで終わる。',
    ]);
  });
});

describe('synthetic corpus', () => {
  it('is the same for the same seed and differs for another', () => {
    expect(corpus(3)).toEqual(corpus(3));
    expect(corpus(3, 8)).not.toEqual(corpus(3));
  });

  it('validates with the schemas and passes every integrity check', () => {
    const entries = readRecordEntries(written(5));
    expect(entries.meetings).toHaveLength(5);
    expect(findIntegrityProblems(entries)).toEqual([]);
  });

  it('has realistic meetings, cross-referenced across bodies, people, topics and recommendations', () => {
    const entries = readRecordEntries(written(12));
    const record = deriveRecord(entries);
    for (const meeting of entries.meetings) {
      const statements = meeting.data.proceedings.filter((item) => item.type === 'statement');
      expect(statements.length).toBeGreaterThanOrEqual(27);
      expect(statements.length).toBeLessThanOrEqual(33);
      const characters = statements.reduce((sum, item) => sum + item.text.length, 0);
      expect(characters).toBeGreaterThan(5000);
      expect(characters).toBeLessThan(10_000);
    }
    expect(record.bodies.size).toBeGreaterThanOrEqual(3);
    const bodiesPerPerson = [...record.byPerson.values()].map(
      (index) => new Set(index.attendance.map((a) => a.meeting.data.body.id)).size,
    );
    expect(Math.max(...bodiesPerPerson)).toBeGreaterThan(1);
    expect([...record.byTopic.values()].filter((t) => t.byMeeting.length > 1).length).toBeGreaterThan(3);
    expect(record.recommendations.size).toBeGreaterThan(5);
    expect([...record.recommendations.values()].some((r) => r.response !== undefined)).toBe(true);
  });
});
