import { strictRecord, ref, type Reference, sourceLine, editorialLine, LIMITS, listOf } from './common';

/** A ministry, agency or other organization that hosts, attends or is an attendee's affiliation. */
export const organizationSchema = ({ reference }: { reference: Reference }) =>
  strictRecord({
    /** The name as the source writes it. */
    name: sourceLine(LIMITS.name),
    /** English name, written by the editors. */
    name_en: editorialLine(LIMITS.title),
    /** The short form the sources use, such as IPA. */
    abbreviation: sourceLine(LIMITS.name).optional(),
    /** Other ways the sources write the name; search and matching use them. */
    aliases: listOf(sourceLine(LIMITS.name), LIMITS.aliases).default([]),
    /** The organization it is part of, where known from the sources. */
    parent: ref(reference, 'organizations').optional(),
  });
