import type { Speaker } from '~/record/types';
import { organizationUrl, personUrl } from './urls';

/** The page of whoever spoke, or undefined when the source names no one. */
export function speakerUrl(speaker: Speaker): string | undefined {
  if ('person' in speaker) return personUrl(speaker.person.id);
  if ('organization' in speaker) return organizationUrl(speaker.organization.id);
  return undefined;
}
