import type { DerivedRecord } from './derive';
import type { Speaker } from './types';

/** Whom a speaker field names: a person or an organization, by ID. */
export type SpeakerRef = { kind: 'person'; id: string } | { kind: 'organization'; id: string };

/**
 * The one place that reads the speaker union: a person, an organization, or no one named (the
 * source gives only a label such as 委員). Undefined for no one.
 */
export function speakerRef(speaker: Speaker): SpeakerRef | undefined {
  if ('person' in speaker) return { kind: 'person', id: speaker.person.id };
  if ('organization' in speaker) return { kind: 'organization', id: speaker.organization.id };
  return undefined;
}

/** The speaker's name in the record, or the label the source gives where it names no one. */
export function speakerName(record: Pick<DerivedRecord, 'people' | 'organizations'>, speaker: Speaker, label: string) {
  const ref = speakerRef(speaker);
  if (ref?.kind === 'person') return record.people.get(ref.id)?.data.name ?? label;
  if (ref?.kind === 'organization') return record.organizations.get(ref.id)?.data.name ?? label;
  return label;
}
