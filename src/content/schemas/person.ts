import { strictRecord, ref, type Reference, sourceLine, editorialParagraphs, LIMITS } from './common';

/** A person named in the minutes. Roles per meeting live in each meeting's attendee list. */
export const personSchema = ({ reference }: { reference: Reference }) =>
  strictRecord({
    /** The name exactly as the source gives it, usually a surname only. Never completed by us. */
    name: sourceLine(LIMITS.name),
    /** The organization the source states the person belongs to. */
    organization: ref(reference, 'organizations').optional(),
    /** Editorial note, for example to tell apart two people with the same name. */
    note: editorialParagraphs(LIMITS.note).optional(),
  });
