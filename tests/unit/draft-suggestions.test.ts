import { describe, expect, it } from 'vitest';
import { staleSummaries } from '~/record/stale-summaries';
import {
  recommendationCandidates,
  sentencesOf,
  suggestTopics,
  termCandidates,
  termsOf,
} from '../../tools/draft/suggest';

const gateways = { id: 'secure-gateways', title: 'セキュアゲートウェイ', aliases: ['secure gateway'] };
const education = { id: 'education', title: '人材育成・教育', aliases: [] };

describe('topic suggestions', () => {
  it('match a title or an alias as search normalises it, and show the words matched', () => {
    expect(suggestTopics('ＳＥＣＵＲＥ　ＧＡＴＥＷＡＹ の導入について', [gateways, education])).toEqual([
      { topic: 'secure-gateways', matched: ['secure gateway'] },
    ]);
    expect(suggestTopics('セキュア ゲートウェイを置く。', [gateways])).toEqual([
      { topic: 'secure-gateways', matched: ['セキュアゲートウェイ'] },
    ]);
  });

  it('match each member of a title of several', () => {
    expect(suggestTopics('専門家の教育が要る。', [education])).toEqual([{ topic: 'education', matched: ['教育'] }]);
  });

  it('match exactly: no topic for a word that only resembles a name', () => {
    expect(suggestTopics('ゲートウェイ機器の話', [gateways])).toEqual([]);
  });
});

describe('terms for a new topic', () => {
  it('are katakana, kanji and Latin runs of three characters or more, compounds and their parts', () => {
    expect([...termsOf('情報セキュリティ対策とiot機器')].sort()).toEqual(
      ['iot', 'iot機器', 'セキュリティ', '情報セキュリティ対策'].sort(),
    );
  });

  it('recur in the meeting or elsewhere, belong to no topic, and hide a part that recurs no more than its whole', () => {
    const statements = [
      'サプライチェーン対策が要る。',
      'サプライチェーン対策を急ぐ。',
      'セキュアゲートウェイを置く。',
      '一度だけの用語ファームウェア。',
    ];
    const found = termCandidates(statements, [gateways], { counts: new Map([['ファームウェア', 3]]), total: 50 });
    expect(found).toEqual([
      { term: 'サプライチェーン対策', statements: 2, meetings: 0 },
      { term: 'ファームウェア', statements: 1, meetings: 3 },
    ]);
  });

  it('leave out the archive’s common vocabulary: a term in most meetings', () => {
    const found = termCandidates(['事務局から説明。', '事務局が答えた。'], [], {
      counts: new Map([['事務局', 40]]),
      total: 50,
    });
    expect(found).toEqual([]);
  });
});

describe('recommendation candidates', () => {
  it('are the sentences that propose or request, verbatim, with the wordings found', () => {
    const text = '資料を読んだ。法律の整備が必要ではないか。\n\n国際的な場を設定してはどうか。ありがとう。';
    expect(recommendationCandidates(text)).toEqual([
      { sentence: '法律の整備が必要ではないか。', wordings: ['が必要'] },
      { sentence: '国際的な場を設定してはどうか。', wordings: ['てはどうか'] },
    ]);
    expect(sentencesOf(text)).toHaveLength(4);
  });

  it('find each wording the issue lists', () => {
    for (const sentence of [
      '対応すべき。',
      '説明を求める。',
      '示してほしい。',
      '書くのが望ましい。',
      '制度を検討する。',
    ]) {
      expect(recommendationCandidates(sentence)).toHaveLength(1);
    }
    expect(recommendationCandidates('必要な資料は配布した。')).toEqual([]);
  });
});

describe('stale summaries', () => {
  const topic = (id: string, asOf?: string) => ({ id, data: asOf ? { summary_as_of: asOf } : {} });
  const meeting = (id: string, date: string, topics: string[]) => ({
    id,
    data: { date, proceedings: [{ id: 's001', line: 9, topics: topics.map((t) => ({ id: t })) }] },
  });

  it('are topics gathering a statement from a meeting later than the summary, with the statements', () => {
    const stale = staleSummaries(
      [topic('a', '2020-01-01'), topic('b', '2021-01-01'), topic('c')],
      [meeting('2020-06-01-x', '2020-06-01', ['a', 'b', 'c']), meeting('2019-01-01-y', '2019-01-01', ['a'])],
    );
    expect(stale).toEqual([
      {
        topic: 'a',
        asOf: '2020-01-01',
        newer: [{ meeting: '2020-06-01-x', date: '2020-06-01', items: [{ id: 's001', line: 9 }] }],
      },
    ]);
  });
});
