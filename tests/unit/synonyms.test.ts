/**
 * The synonym rule: a topic's aliases are other names of the same thing, so a query equal to one
 * finds the others; a broader word (リスク for リスクマネジメント) is not an alias, and a query is
 * never expanded into a word inside it.
 */
import { describe, expect, it } from 'vitest';
import { normalize } from '~/text/normalize';
import { expandTerms, parseQuery } from '~/search/query';
import { readRecordEntries, plainSchemas } from '~/content/read-record';

const topics = readRecordEntries('content').topics;
const groups = topics.map((t) => ({ title: t.data.title, names: [t.data.title, t.data.title_en, ...t.data.aliases] }));

describe('synonyms', () => {
  it('never expand a query into a broader word inside it', () => {
    const risk = [
      {
        title: 'リスクマネジメント',
        names: ['リスクマネジメント', 'Risk management', 'リスク', 'レピュテーションリスク'],
      },
    ];
    const [term] = expandTerms(parseQuery('レピュテーションリスク'), risk);
    expect(term?.variants).toEqual(['レピュテーションリスク', 'リスクマネジメント', 'risk management']);
  });

  it('hold no broader word on the real record: no query on a topic name expands into a word inside it', () => {
    for (const { names } of groups) {
      for (const name of names) {
        const [term] = expandTerms([normalize(name)], groups);
        const inside = (term?.variants ?? []).filter((v) => v !== term?.text && (term?.text ?? '').includes(v));
        expect(inside, name).toEqual([]);
      }
    }
    const [reputation] = expandTerms(parseQuery('レピュテーションリスク'), groups);
    expect(reputation?.variants).not.toContain('リスク');
  });

  it('are refused in a topic file when one is part of the title or of another alias, with the fix', () => {
    const result = plainSchemas.topics.safeParse({
      title: 'リスクマネジメント',
      title_en: 'Risk management',
      aliases: ['リスク管理', 'リスク', 'セキュリティ・リスクアセスメント', 'リスクアセスメント'],
    });
    const messages = (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(messages).toEqual([
      expect.stringMatching(
        /^aliases\.1: "リスク" is part of "リスクマネジメント", so it is a broader word.*Fix: remove it from aliases/u,
      ),
      expect.stringMatching(/^aliases\.3: "リスクアセスメント" is part of "セキュリティ・リスクアセスメント"/u),
    ]);
  });

  it('let a title of several members name each of them', () => {
    const topic = { title: '人材育成・教育', title_en: 'Human resources and education', aliases: ['人材育成', '教育'] };
    expect(plainSchemas.topics.safeParse(topic).success).toBe(true);
  });
});
