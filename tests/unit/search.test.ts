import { describe, expect, it } from 'vitest';
import {
  bySignals,
  bySignalsDate,
  runSearch,
  type Engine,
  type Ranked,
  type SearchIndex,
  type Signals,
} from '~/search/engine';
import { remembering } from '~/search/cache';
import { buildLayout, GAP, segmentAt } from '~/search/layout';
import type { SearchDocument } from '~/search/documents';
import { PART_SEGMENTS, resultParts } from '~/search/result-files';
import { excerpt, originalSpans } from '~/search/highlight';
import { normalize, normalizeWithMap } from '~/text/normalize';
import { expandTerms, parseQuery, parseQueryTyped, type SynonymGroup } from '~/search/query';
import { indexTokens, matchStarts, recordContent, termPattern } from '~/search/tokenize';
import { shardRecords } from '~/search/shards';
import { verify } from '~/search/verify';

const groups: SynonymGroup[] = [
  { title: 'ファジング', names: ['ファジング', 'Fuzzing', 'Fuzzing Test'] },
  { title: 'C&C サーバとの通信制御', names: ['C&C サーバとの通信制御', 'C2', 'C&C'] },
];
const terms = (query: string) => expandTerms(parseQuery(query), groups);

describe('normalize', () => {
  it('folds full-width and half-width forms and ASCII case', () => {
    expect(normalize('ＩｏＴ機器とｻｲﾊﾞｰ攻撃')).toBe('iot機器とサイバー攻撃');
    expect(normalize('ｶﾞｲﾄﾞﾗｲﾝ')).toBe('ガイドライン');
  });
  it('collapses whitespace, so a line break never splits a term', () => {
    expect(normalize('Food and\n  Drug')).toBe('food and drug');
  });
  it('drops the spaces typeset around Latin words in Japanese text', () => {
    expect(normalize('家庭用 IoT 機器と C&C サーバ')).toBe('家庭用iot機器とc&cサーバ');
    expect(originalSpans('IoT 機器', ['iot機器'])).toEqual([[0, 6]]);
  });
  it('maps each normalised character back to its source', () => {
    const { text, start, end } = normalizeWithMap('aｶﾞb');
    expect(text).toBe('aガb');
    expect([start[1], end[1]]).toEqual([1, 3]);
  });
  it('gives the same text with and without the map, whitespace at either end included', () => {
    const texts = [' IoT 機器\n\n', '\tＡ　Ｂ ', 'e\u0301 ｶﾞ  ﾟ', '通信の 秘密  と Fuzzing', ''];
    for (const original of texts) {
      const { text, start, end } = normalizeWithMap(original);
      expect(normalize(original)).toBe(text);
      expect([start.length, end.length]).toEqual([text.length, text.length]);
    }
    expect(normalize(' IoT 機器\n\n')).toBe(' iot機器');
  });
});

describe('tokens', () => {
  const cases: [string, string][] = [
    ['通信の秘密を守る', '通信の秘密'],
    ['セキュアゲートウェイの設置', 'セキュアゲートウェイ'],
    ['ISP による C&C サーバとの通信制御', 'c&cサーバ'],
    ['家庭用 IoT 機器', 'iot'],
    ['JPCERT/CC', 'cc'],
    ['法', '法'],
  ];
  it.each(cases)('every pattern word of a contained term starts an index word (%s ⊇ %s)', (text, term) => {
    const index = indexTokens(text);
    const { words } = termPattern(normalize(term));
    expect(words.every(({ token }) => index.some((word) => word.startsWith(token)))).toBe(true);
  });
  it('are digit strings, which Pagefind neither splits nor stems, or a gap it indexes as nothing', () => {
    expect(indexTokens('IoT 機器').every((token) => /^\d+$/.test(token) || token === GAP)).toBe(true);
  });
  it('hold one word per character, in order: bigrams, then the last character and an end mark, then a gap', () => {
    expect(indexTokens('ab cd')).toEqual([
      '00000970000098',
      '00000980000000',
      GAP,
      '00000990000100',
      '00001000000000',
      GAP,
    ]);
  });
  it('start each segment of a record on a block boundary', () => {
    const { content, positions } = recordContent(['ab', 'c', 'x'.repeat(6)], 4);
    const words = content.split(' ');
    expect(positions).toEqual([3, 2, 7]);
    expect(words.length).toBe(4 + 4 + 8);
    expect([words[0], words[4], words[8]]).toEqual(
      indexTokens('ab')
        .slice(0, 1)
        .concat(indexTokens('c')[0] ?? '', indexTokens('xx')[0] ?? ''),
    );
    const layout = buildLayout([positions], 4);
    expect(layout.long).toEqual({ '0': [1, 1, 2] });
    expect([0, 3, 4, 7, 8, 15, 16].map((p) => segmentAt(layout, 0, p))).toEqual([0, 0, 1, 1, 2, 2, -1]);
  });
});

describe('positional verification', () => {
  /** Pagefind's answer: positions of index words that start with the query word. */
  const positions = (text: string) => {
    const index = indexTokens(text);
    return (token: string) => new Set(index.flatMap((word, at) => (word.startsWith(token) ? [at] : [])));
  };
  const found = (text: string, term: string) => matchStarts(termPattern(normalize(term)).words, positions(text));
  /**
   * Pagefind's fallback when no index word starts with the query word: the longest index word
   * that is a prefix of the query word (pagefind_core_search's find_word_extensions).
   */
  const withFallback = (text: string) => {
    const index = indexTokens(text);
    return (token: string) => {
      const extensions = index.flatMap((word, at) => (word.startsWith(token) ? [at] : []));
      if (extensions.length > 0) return new Set(extensions);
      const prefix = index.filter((word) => token.startsWith(word)).sort((a, b) => b.length - a.length)[0];
      return new Set(index.flatMap((word, at) => (word === prefix ? [at] : [])));
    };
  };
  it("never matches an absent bigram through Pagefind's fallback to a shorter index word", () => {
    // "c2" is not in the text; the run "abc" ends with c, which must not stand in for it.
    expect(matchStarts(termPattern('c2').words, withFallback('abc de'))).toEqual([]);
    expect(matchStarts(termPattern('bc2').words, withFallback('abc de'))).toEqual([]);
    expect(matchStarts(termPattern('bc').words, withFallback('abc de'))).toEqual([1]);
  });
  it('looks for every other bigram and the last one', () => {
    expect(termPattern('abcde').words.map((w) => w.offset)).toEqual([0, 2, 3]);
    expect(termPattern('abcdef').words.map((w) => w.offset)).toEqual([0, 2, 4]);
  });
  it('finds a term where its bigrams stand at their offsets', () => {
    expect(found('事務局は通信の秘密を守る', '通信の秘密')).toEqual([4]);
    expect(found('通信の秘密と通信の秘密', '通信の秘密')).toEqual([0, 6]);
  });
  it('rejects a text whose bigrams are all present but not in place', () => {
    expect(found('セキュアゲ、アゲート', 'セキュアゲート')).toEqual([]);
    expect(found('秘密の通信', '通信の秘密')).toEqual([]);
  });
  it('finds a single character wherever it occurs, run ends included', () => {
    expect(found('法と法律', '法')).toEqual([0, 2]);
    expect(found('ab c', 'c')).toEqual([3]);
  });
  it('finds a term at the end of a run and of the text, never across a space', () => {
    expect(found('food ab', 'ab')).toEqual([5]);
    expect(found('xab cd', 'ab')).toEqual([1]);
    // ab and cd stand two positions apart only across the gap the space leaves: no match.
    expect(found('ab cd', 'abcd')).toEqual([]);
    expect(found('xab cde', 'abcde')).toEqual([]);
  });
  it('decides a spaced term from positions too: each run but the last ends where the text run ends', () => {
    expect(termPattern('fuzz testing').exact).toBe(true);
    expect(found('a fuzz testing', 'fuzz testing')).toEqual([2]);
    expect(found('fuzz testings', 'fuzz testing')).toEqual([0]);
    expect(found('fuzzy testing', 'fuzz testing')).toEqual([]);
    expect(found('fuzzytesting', 'fuzz testing')).toEqual([]);
    expect(found('fuzztesting', 'fuzz testing')).toEqual([]);
    expect(found('a b c', 'a b')).toEqual([0]);
    expect(found('ab c', 'b c')).toEqual([1]);
    expect(found('a bc', 'a c')).toEqual([]);
  });
});

describe('parseQuery and expandTerms', () => {
  it('gives the same terms quoted or not, for one word', () => {
    expect(parseQuery('"セキュアゲートウェイ"')).toEqual(parseQuery('セキュアゲートウェイ'));
    expect(parseQuery('“通信の秘密”')).toEqual(['通信の秘密']);
  });
  it('remembers how each term was typed, for messages', () => {
    expect(parseQueryTyped('ＣＤ "C2"')).toEqual([
      { text: 'cd', typed: 'ＣＤ' },
      { text: 'c2', typed: 'C2' },
    ]);
  });
  it('splits Japanese terms on spaces, full-width ones too', () => {
    expect(parseQuery('通信の　秘密')).toEqual(['通信の', '秘密']);
  });
  it('keeps a quoted phrase with spaces as one term and splits the rest on spaces', () => {
    expect(parseQuery('"food and drug"　ＦＤＡ')).toEqual(['food and drug', 'fda']);
  });
  it('expands a whole topic name to the topic’s other names and says which topic', () => {
    const [term] = terms('ファジング');
    // fuzzing test holds fuzzing, which finds it anyway.
    expect(term?.variants).toEqual(['ファジング', 'fuzzing']);
    expect(term?.synonyms).toEqual(['Fuzzing', 'Fuzzing Test']);
    expect(term?.expandedBy).toBe('ファジング');
    expect(terms('ファジ')[0]?.variants).toEqual(['ファジ']);
    expect(terms('C2')[0]?.variants).toContain('c&c');
  });
});

describe('verify', () => {
  it('rejects a candidate that holds the tokens but not the term', () => {
    // Every bigram of セキュアゲート is here, but not the term itself.
    expect(verify(normalize('セキュアゲ、アゲート'), terms('セキュアゲート'))).toBeUndefined();
    expect(verify(normalize('CPSF の C と C'), terms('C&C'))).toBeUndefined();
  });
  it('requires every term and tells exact matches from synonym-only ones', () => {
    expect(verify(normalize('通信の秘密'), terms('通信 ISP'))).toBeUndefined();
    expect(verify(normalize('Fuzzing Tool'), terms('ファジング'))?.exact).toBe(false);
    expect(verify(normalize('ファジング'), terms('ファジング'))?.exact).toBe(true);
  });
  it('ranks the exact phrase above scattered words', () => {
    const phrase = verify(normalize('通信の秘密に関する整理'), terms('通信の 秘密'));
    const scattered = verify(normalize('秘密と通信の両方、秘密、秘密'), terms('通信の 秘密'));
    expect(phrase?.phrase).toBe(true);
    expect(scattered?.phrase).toBe(false);
  });
  it('ranks exact before synonym-only, the phrase before scattered terms, then by occurrences and score', () => {
    const base = { exact: true, phrase: true, occurrences: 1, score: 1, record: 0 };
    const order = (...list: Signals[]) => [...list].sort(bySignals);
    const synonymOnly = { ...base, exact: false, occurrences: 9, score: 9 };
    const scattered = { ...base, phrase: false, occurrences: 9, score: 9 };
    const frequent = { ...base, occurrences: 3 };
    const better = { ...base, score: 2 };
    expect(order(synonymOnly, scattered, base, frequent, better)).toEqual([
      frequent,
      better,
      base,
      scattered,
      synonymOnly,
    ]);
    const older = { ...base, record: 1, occurrences: 9 };
    expect([older, base].sort(bySignalsDate)).toEqual([base, older]);
  });
});

describe('highlight', () => {
  it('marks the whole term in the source text, never a particle alone', () => {
    const text = '事務局は、通信の秘密に関する整理を行った。';
    const pieces = excerpt(text, originalSpans(text, ['通信の秘密']));
    expect(pieces.filter((p) => p.mark).map((p) => p.text)).toEqual(['通信の秘密']);
  });
  it('maps marks through normalisation back to the verbatim characters', () => {
    const text = 'ＩｏＴ機器';
    expect(originalSpans(text, ['iot'])).toEqual([[0, 3]]);
  });
  it('cuts long text around the first match', () => {
    const text = `${'あ'.repeat(300)}IoT${'い'.repeat(300)}`;
    const pieces = excerpt(text, originalSpans(text, ['iot']), 10);
    expect(pieces.map((p) => p.text).join('')).toBe(`…${'あ'.repeat(10)}IoT${'い'.repeat(10)}…`);
  });
});

describe('runSearch', () => {
  const record = (url: string, texts: string[], speakers: string[] = []): SearchDocument => ({
    url,
    kind: 'meeting',
    title: url,
    date: '2019-01-01',
    segments: texts.map((text, i) =>
      i === 0
        ? { kind: 'meeting', text, topics: [] }
        : {
            anchor: `s${String(i)}`,
            kind: 'statement',
            text,
            label: speakers[i] ?? '委員',
            speaker: speakers[i] ?? '委員',
            topics: [],
          },
    ),
  });
  /** Records in index order (newest first), and a stand-in for Pagefind over their contents. */
  function indexOf(records: SearchDocument[], block = 8): SearchIndex {
    const contents = records.map((r) =>
      recordContent(
        r.segments.map((s) => s.text),
        block,
      ),
    );
    const words = contents.map(({ content }) => content.split(' '));
    const engine: Engine = {
      search: (query) =>
        Promise.resolve({
          results: words.flatMap((list, n) => {
            const at = list.flatMap((word, i) => (query !== null && word.startsWith(query) ? [i] : []));
            return query === null || at.length > 0 ? [{ id: `r${String(n)}`, score: 1, words: at }] : [];
          }),
        }),
    };
    return {
      engine,
      layout: buildLayout(
        contents.map((c) => c.positions),
        block,
      ),
      recordOf: (id) => Number(id.slice(1)),
      loadPart: (n, segment) => {
        const part = resultParts(records[n] ?? record('/none/', []))[Math.floor(segment / PART_SEGMENTS)];
        return part ? Promise.resolve(part) : Promise.reject(new Error(`no part for ${String(n)}:${String(segment)}`));
      },
    };
  }
  const index = indexOf([
    record('/m2/', ['第2回', '通信の秘密に関する整理', '秘密の通信', 'Fuzzing Tool'], ['', '田中', '鈴木', '田中']),
    record('/m1/', ['第1回', '通信の整理', '通信'], ['', '佐藤', '佐藤']),
  ]);
  const urls = async (ranked: Promise<Ranked[]>) => Promise.all((await ranked).map(async (r) => (await r.load()).url));
  it('returns only the statements that hold every term, each named by its place in the record', async () => {
    expect(await urls(runSearch(index, terms('通信の秘密'), {}, 'relevance'))).toEqual(['/m2/#s1']);
    expect((await urls(runSearch(index, terms('秘密 通信'), {}, 'relevance'))).sort()).toEqual(['/m2/#s1', '/m2/#s2']);
    const [hit] = await runSearch(index, terms('通信の秘密'), {}, 'relevance');
    expect((await hit?.load())?.verified?.found).toEqual(['通信の秘密']);
  });
  it('ranks the terms standing together as typed above scattered ones', async () => {
    const phrased = indexOf([record('/m/', ['', '秘密はあるが通信もある', '通信秘密', '通信 秘密の話'])]);
    const ranked = await runSearch(phrased, terms('通信 秘密'), {}, 'relevance');
    expect(await urls(Promise.resolve(ranked))).toEqual(['/m/#s2', '/m/#s3', '/m/#s1']);
  });
  it('never joins terms from two statements of one record', async () => {
    expect(await urls(runSearch(index, terms('秘密 fuzzing'), {}, 'relevance'))).toEqual([]);
  });
  it('finds the source spelling through a synonym, listed as a synonym-only match', async () => {
    const ranked = await runSearch(index, terms('ファジング'), {}, 'relevance');
    expect(ranked.map((r) => r.exact)).toEqual([false]);
    expect(await urls(Promise.resolve(ranked))).toEqual(['/m2/#s3']);
  });
  it('applies the kind filter by place and the speaker filter from the record file', async () => {
    expect(await urls(runSearch(index, terms('回'), { kind: '会議' }, 'date'))).toEqual(['/m2/', '/m1/']);
    expect(await urls(runSearch(index, terms('通信'), { kind: '発言', speaker: '佐藤' }, 'date'))).toEqual([
      '/m1/#s1',
      '/m1/#s2',
    ]);
  });
  it('orders by date from the record numbers, newest first', async () => {
    expect(await urls(runSearch(index, terms('通信'), {}, 'date'))).toEqual([
      '/m2/#s1',
      '/m2/#s2',
      '/m1/#s1',
      '/m1/#s2',
    ]);
  });
  it('settles a spaced synonym by the text', async () => {
    const spaced = expandTerms(parseQuery('ft'), [{ title: 'ft', names: ['ft', 'fuzzing tool', 'fuzzing test'] }]);
    expect(await urls(runSearch(index, spaced, {}, 'relevance'))).toEqual(['/m2/#s3']);
  });
  it('places matches in segments longer than a block', async () => {
    const long = indexOf([record('/m/', ['', `${'あ'.repeat(20)}秘密`, '秘密'])], 8);
    expect(await urls(runSearch(long, terms('秘密'), {}, 'relevance'))).toEqual(['/m/#s1', '/m/#s2']);
    // Eleven statements: the tenth is in the record file's second part.
    const many = indexOf([record('/m/', ['', ...Array.from({ length: 11 }, (_, i) => (i === 9 ? '秘密' : 'x'))])]);
    expect(await urls(runSearch(many, terms('秘密'), {}, 'relevance'))).toEqual(['/m/#s10']);
  });
});

describe('shardRecords', () => {
  it('cuts shards of at most the given size, numbering records across them', () => {
    expect(shardRecords(5, 2)).toEqual([
      { first: 0, count: 2 },
      { first: 2, count: 2 },
      { first: 4, count: 1 },
    ]);
  });
  it('refuses a shard size that is not a positive integer', () => {
    expect(() => shardRecords(5, 0)).toThrow(/positive integer/);
  });
});

describe('remembering', () => {
  const counting = () => {
    const asked: string[] = [];
    const engine: Engine = {
      search: (query) => {
        asked.push(query ?? '');
        if (query === 'fail') return Promise.reject(new Error('chunk did not load'));
        const results = Array.from({ length: (query ?? '').length }, (_, i) => ({
          id: `${query ?? ''}${i}`,
          data: () => Promise.resolve({ url: '/', meta: {} }),
        }));
        return Promise.resolve({ results });
      },
    };
    return { asked, engine };
  };
  it('asks Pagefind once per distinct search, filters and sort included', async () => {
    const { asked, engine } = counting();
    const cached = remembering(engine);
    const first = await cached.search('ab', { filters: {} });
    expect(await cached.search('ab', { filters: {} })).toBe(first);
    await cached.search('ab', { filters: { 年: '2019' } });
    await cached.search(null, { filters: {}, sort: { date: 'desc' } });
    await cached.search(null, { filters: {} });
    expect(asked).toEqual(['ab', 'ab', '', '']);
  });
  it('forgets the least recently used answers beyond its budget of results', async () => {
    const { asked, engine } = counting();
    const cached = remembering(engine, 5);
    await cached.search('aa', { filters: {} }); // 2 results held
    await cached.search('bbb', { filters: {} }); // 5
    await cached.search('aa', { filters: {} }); // used again: now the newest
    await cached.search('cc', { filters: {} }); // 7 > 5: bbb goes
    await cached.search('aa', { filters: {} });
    await cached.search('bbb', { filters: {} });
    expect(asked).toEqual(['aa', 'bbb', 'cc', 'bbb']);
  });
  it('asks again after a failure', async () => {
    const { asked, engine } = counting();
    const cached = remembering(engine);
    await expect(cached.search('fail', { filters: {} })).rejects.toThrow();
    await expect(cached.search('fail', { filters: {} })).rejects.toThrow();
    expect(asked).toEqual(['fail', 'fail']);
  });
});
