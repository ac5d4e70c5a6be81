import { strictRecord, ref, type Reference, sourceLine, editorialLine, LIMITS } from './common';

/** A 会議体: a council, study group, working group or task force. */
export const bodySchema = ({ reference }: { reference: Reference }) =>
  strictRecord({
    /** The name as the source writes it. */
    name: sourceLine(LIMITS.name),
    /** English name, written by the editors. */
    name_en: editorialLine(LIMITS.title),
    /** The ministry that hosts it, where the source states one. */
    ministry: ref(reference, 'organizations').optional(),
    /** The body it belongs to (研究会 → WG → TF), where the source states one. */
    parent: ref(reference, 'bodies').optional(),
  });
