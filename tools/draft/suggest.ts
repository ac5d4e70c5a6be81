/**
 * What `npm run draft` proposes for an editor to decide, as pure functions of text: topics whose
 * names occur in a statement, terms no topic names (candidates for a new topic), and sentences
 * that propose or request something (candidate recommendations). Nothing here decides anything.
 */
import { normalize } from '../../src/text/normalize.ts';

/** A topic as matching needs it: its slug and every name an occurrence counts for. */
export interface TopicNames {
  id: string;
  title: string;
  aliases: readonly string[];
}

/** A topic whose name occurs in a text, with the names found (as the topic writes them). */
export interface TopicSuggestion {
  topic: string;
  matched: string[];
}

/**
 * The names a topic is matched by: its title, each member of a title of several (人材育成・教育), and
 * its aliases, normalised as search normalises them. Names under two characters would match anywhere.
 */
export function topicNames(topic: TopicNames): { name: string; normalized: string }[] {
  const members = topic.title.includes('・') ? topic.title.split('・') : [];
  const names = [...new Set([topic.title, ...members, ...topic.aliases])];
  return names
    .map((name) => ({ name, normalized: normalize(name) }))
    .filter(({ normalized }) => normalized.length >= 2);
}

/** The topics whose title or aliases occur in `text`, normalised the same way and matched exactly. */
export function suggestTopics(text: string, topics: readonly TopicNames[]): TopicSuggestion[] {
  const normalized = normalize(text);
  return topics.flatMap((topic) => {
    const matched = topicNames(topic)
      .filter(({ normalized: name }) => normalized.includes(name))
      .map(({ name }) => name);
    return matched.length > 0 ? [{ topic: topic.id, matched }] : [];
  });
}

/** A run of katakana (with ー), of kanji (with 々 and ヶ), or of Latin letters and digits. */
const TERM_RUN = /[\p{Script=Katakana}ー]{3,}|[\p{Script=Han}々ヶ]{3,}|[a-z][a-z0-9&+.-]{2,}/gu;
/** A compound: such runs next to each other (情報セキュリティ, IoT機器). */
const COMPOUND = /[\p{Script=Katakana}ー\p{Script=Han}々ヶa-z0-9&+]{3,}/gu;

/**
 * The terms of a normalised text: every compound of katakana, kanji and Latin of three characters
 * or more, and the runs of one script of three or more inside it (情報セキュリティ対策 gives
 * itself and セキュリティ). A rough cut on purpose: the editor judges, the counts rank.
 */
export function termsOf(normalized: string): Set<string> {
  const terms = new Set<string>();
  for (const [compound] of normalized.matchAll(COMPOUND)) {
    if (/^[\d.]+$/.test(compound)) continue;
    terms.add(compound.replace(/[.-]+$/, ''));
    for (const [run] of compound.matchAll(TERM_RUN)) terms.add(run.replace(/[.-]+$/, ''));
  }
  return terms;
}

/** A term no topic names, with how often it occurs here and in how many other meetings. */
export interface TermCandidate {
  term: string;
  /** Statements of this meeting that hold it. */
  statements: number;
  /** Other meetings whose text holds it. */
  meetings: number;
}

/**
 * Terms that recur (in two statements or more of this meeting, or in this one and another meeting)
 * and that no topic's name holds or is held by: candidates for a new topic, most frequent first.
 */
export function termCandidates(
  statements: readonly string[],
  topics: readonly TopicNames[],
  otherMeetings: { counts: ReadonlyMap<string, number>; total: number } = { counts: new Map(), total: 0 },
  limit = 20,
): TermCandidate[] {
  const counts = new Map<string, number>();
  for (const text of statements)
    for (const term of termsOf(normalize(text))) counts.set(term, (counts.get(term) ?? 0) + 1);
  const named = topics.flatMap((topic) => topicNames(topic).map(({ normalized }) => normalized));
  const candidates = [...counts].flatMap(([term, count]) => {
    const meetings = otherMeetings.counts.get(term) ?? 0;
    if (count < 2 && meetings === 0) return [];
    // A term in most meetings is the archive's common vocabulary (事務局, 可能性), not a subject.
    if (otherMeetings.total >= 10 && meetings > otherMeetings.total / 2) return [];
    if (named.some((name) => name.includes(term) || term.includes(name))) return [];
    return [{ term, statements: count, meetings }];
  });
  // A term inside a longer candidate that recurs as often adds nothing (セキュリティ in 情報セキュリティ).
  const kept = candidates.filter(
    (c) =>
      !candidates.some(
        (o) => o.term !== c.term && o.term.includes(c.term) && o.statements >= c.statements && o.meetings >= c.meetings,
      ),
  );
  return kept
    .sort((a, b) => b.statements - a.statements || b.meetings - a.meetings || a.term.localeCompare(b.term))
    .slice(0, limit);
}

/** The wordings of a proposal or a request, as the minutes write them. */
const PROPOSALS: readonly [string, RegExp][] = [
  ['べき', /べき/u],
  ['が必要', /必要(?!な|性|に応じ)/u],
  ['を求める', /を求め/u],
  ['てほしい', /[てで](?:ほしい|欲しい|いただきたい|頂きたい)/u],
  ['てはどうか', /[てで]はどうか/u],
  ['が望ましい', /が望ましい/u],
  ['を検討', /を(?:ご)?検討|検討(?:いただ|頂|して)/u],
  ['とよい', /(?:と|ば|方が|が)(?:よい|良い|いい)/u],
  ['と幸い', /と幸い/u],
  ['お願いしたい', /お願い(?:したい|する)/u],
];

/** A sentence of a statement that proposes or requests something, verbatim, with the wordings found. */
export interface RecommendationCandidate {
  sentence: string;
  wordings: string[];
}

/** The statement's sentences (ending in 。 ？ ! or a paragraph break), verbatim. */
export function sentencesOf(text: string): string[] {
  return (text.match(/[^。？！?!\n]+(?:[。？！?!]+[」』）)]*|$)/gu) ?? []).map((s) => s.trim()).filter(Boolean);
}

/** The sentences of a statement that propose or request something. */
export function recommendationCandidates(text: string): RecommendationCandidate[] {
  return sentencesOf(text).flatMap((sentence) => {
    const wordings = PROPOSALS.filter(([, pattern]) => pattern.test(sentence)).map(([wording]) => wording);
    return wordings.length > 0 ? [{ sentence, wordings }] : [];
  });
}
