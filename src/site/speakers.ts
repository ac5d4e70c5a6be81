import { speakerRef } from '~/record/speakers';
import type { Speaker } from '~/record/types';
import { organizationUrl, personUrl } from './urls';

/** The page of whoever spoke, or undefined when the source names no one. */
export function speakerUrl(speaker: Speaker): string | undefined {
  const ref = speakerRef(speaker);
  if (!ref) return undefined;
  return ref.kind === 'person' ? personUrl(ref.id) : organizationUrl(ref.id);
}
