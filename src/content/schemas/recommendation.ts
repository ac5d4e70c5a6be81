import { z } from 'astro/zod';
import { recommendationStatuses } from '~/record/recommendation-statuses';
import { statementLocator, strictRecord, ref, requiredOr, type Reference, sourceLine, sourceParagraphs, editorialParagraphs, LIMITS, listOf } from './common';

/** A proposal made in a meeting. Proposer and meeting come from the statement. */
export const recommendationSchema = ({ reference }: { reference: Reference }) =>
  strictRecord({
    /** The statement that makes the proposal, as <meeting-slug>#<id>. */
    statement: statementLocator,
    /** What it asks to change, where the statement names it. */
    target: z
      .strictObject({
        /** ID of one of the meeting's materials. */
        material: z.string().optional(),
        /** Page or section, as the source writes it. */
        at: sourceLine(LIMITS.name).optional(),
      })
      .optional(),
    /** The words of the statement that make the proposal, verbatim. */
    quote: sourceParagraphs(LIMITS.quote),
    /** What it asks, in the editors' words. */
    summary: editorialParagraphs(LIMITS.note),
    /** The statement that answers it, as <meeting-slug>#<id>. */
    response: statementLocator.optional(),
    /** Where it stands, as far as the record shows. */
    status: z.enum(recommendationStatuses, {
      error: requiredOr(`must be one of ${recommendationStatuses.join(', ')}`),
    }),
    /** Topics it concerns. */
    topics: listOf(ref(reference, 'topics'), LIMITS.aliases).default([]),
  });
