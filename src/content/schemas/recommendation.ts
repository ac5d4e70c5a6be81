import { z } from 'astro/zod';
import { recommendationStatuses } from '~/record/recommendation-statuses';
import { editorialText, sourceText, statementLocator, strictRecord, ref, requiredOr, type Reference } from './common';

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
        at: sourceText.optional(),
      })
      .optional(),
    /** The words of the statement that make the proposal, verbatim. */
    quote: sourceText,
    /** What it asks, in the editors' words. */
    summary: editorialText,
    /** The statement that answers it, as <meeting-slug>#<id>. */
    response: statementLocator.optional(),
    /** Where it stands, as far as the record shows. */
    status: z.enum(recommendationStatuses, {
      error: requiredOr(`must be one of ${recommendationStatuses.join(', ')}`),
    }),
    /** Topics it concerns. */
    topics: z.array(ref(reference, 'topics')).default([]),
  });
