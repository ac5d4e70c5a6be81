import { normalize } from '~/text/normalize';
import { editorialLine, isoDate, LIMITS, listOf, ref, sourceLine, strictRecord, type Reference } from './common';

/** A subject discussed across meetings. The Markdown body is the editorial summary. */
export const topicSchema = ({ reference }: { reference: Reference }) =>
  strictRecord({
    /** Japanese title. */
    title: sourceLine(LIMITS.title),
    /** English title, written by the editors. */
    title_en: editorialLine(LIMITS.title),
    /**
     * Other names for the same thing: spellings (表記ゆれ), abbreviations and English terms. Search
     * expands a query equal to one of them into the others, so each must name the topic itself: a
     * broader word (リスク for リスクマネジメント) or a narrower one (ファジングテスト for ファジング)
     * is not an alias.
     */
    aliases: listOf(sourceLine(LIMITS.name), LIMITS.aliases).default([]),
    /**
     * The date of the newest meeting the editorial summary takes into account. A statement the
     * topic gathers from a later meeting marks the summary as possibly stale (npm run draft, /changes/).
     */
    summary_as_of: isoDate.optional(),
    /** Topics a reader of this one will also want. */
    related: listOf(ref(reference, 'topics'), LIMITS.aliases).default([]),
  }).superRefine((topic, context) => {
    // Past the limit the list is refused already; within it, this pairwise check is at most
    // 50 × 50 comparisons of names normalised once each.
    if (topic.aliases.length > LIMITS.aliases) return;
    // A title of several members (人材育成・教育) names each of them: they are parts, not broader words.
    const names = [...topic.title.split('・'), ...topic.aliases].map((name) => ({ name, normalized: normalize(name) }));
    topic.aliases.forEach((alias, i) => {
      const own = normalize(alias);
      const wider = names.find(({ name, normalized }) => name !== alias && normalized !== own && normalized.includes(own));
      if (wider === undefined) return;
      context.addIssue({
        code: 'custom',
        path: ['aliases', i],
        message: `"${alias}" is part of "${wider.name}", so it is a broader word, not another name of this topic. Fix: remove it from aliases (a broader word that is a topic of its own belongs in related:), or remove "${wider.name}" if that is the narrower one.`,
      });
    });
  });
