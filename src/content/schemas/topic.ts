import { z } from 'astro/zod';
import { nestedNames } from '~/text/nested-names';
import { normalize } from '~/text/normalize';
import { editorialText, isoDate, sourceText, strictRecord, ref, type Reference } from './common';

/** A subject discussed across meetings. The Markdown body is the editorial summary. */
export const topicSchema = ({ reference }: { reference: Reference }) =>
  strictRecord({
    /** Japanese title. */
    title: sourceText,
    /** English title, written by the editors. */
    title_en: editorialText,
    /**
     * Other names for the same thing: spellings (表記ゆれ), abbreviations and English terms. Search
     * expands a query equal to one of them into the others, so each must name the topic itself: a
     * broader word (リスク for リスクマネジメント) or a narrower one (ファジングテスト for ファジング)
     * is not an alias.
     */
    aliases: z.array(sourceText).default([]),
    /**
     * The date of the newest meeting the editorial summary takes into account. A statement the
     * topic gathers from a later meeting marks the summary as possibly stale (npm run draft, /changes/).
     */
    summary_as_of: isoDate.optional(),
    /** Topics a reader of this one will also want. */
    related: z.array(ref(reference, 'topics')).default([]),
  }).superRefine((topic, context) => {
    // A title of several members (人材育成・教育) names each of them: they are parts, not broader words.
    const members = topic.title.split('・');
    topic.aliases.forEach((alias, i) => {
      const wider = [...members, ...topic.aliases].find((name) => name !== alias && nestedNames(alias, name) && normalize(name).includes(normalize(alias)));
      if (wider === undefined) return;
      context.addIssue({
        code: 'custom',
        path: ['aliases', i],
        message: `"${alias}" is part of "${wider}", so it is a broader word, not another name of this topic. Fix: remove it from aliases (a broader word that is a topic of its own belongs in related:), or remove "${wider}" if that is the narrower one.`,
      });
    });
  });
