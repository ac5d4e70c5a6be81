import { z } from 'astro/zod';
import { editorialText, sourceText, strictRecord, ref, type Reference } from './common';

/** A subject discussed across meetings. The Markdown body is the editorial summary. */
export const topicSchema = ({ reference }: { reference: Reference }) =>
  strictRecord({
    /** Japanese title. */
    title: sourceText,
    /** English title, written by the editors. */
    title_en: editorialText,
    /** Other spellings (表記ゆれ), abbreviations and English terms; search expands queries with them. */
    aliases: z.array(sourceText).default([]),
    /** Topics a reader of this one will also want. */
    related: z.array(ref(reference, 'topics')).default([]),
  });
