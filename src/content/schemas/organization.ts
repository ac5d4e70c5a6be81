import { z } from 'astro/zod';
import { editorialText, sourceText, strictRecord, ref, type Reference } from './common';

/** A ministry, agency or other organization that hosts, attends or is an attendee's affiliation. */
export const organizationSchema = ({ reference }: { reference: Reference }) =>
  strictRecord({
    /** The name as the source writes it. */
    name: sourceText,
    /** English name, written by the editors. */
    name_en: editorialText,
    /** The short form the sources use, such as IPA. */
    abbreviation: sourceText.optional(),
    /** Other ways the sources write the name; search and matching use them. */
    aliases: z.array(sourceText).default([]),
    /** The organization it is part of, where known from the sources. */
    parent: ref(reference, 'organizations').optional(),
  });
