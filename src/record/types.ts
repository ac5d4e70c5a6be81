import type { CollectionEntry } from 'astro:content';
import type { CollectionName } from './kinds';

export type { CollectionName } from './kinds';

/** The fields of a content entry that the record uses; plain objects in tests, Astro entries on the site. */
export interface Entry<Data> {
  id: string;
  data: Data;
  /** Path of the file the entry came from, relative to the project root; used in error messages. */
  filePath?: string | undefined;
}

export type BodyData = CollectionEntry<'bodies'>['data'];
export type OrganizationData = CollectionEntry<'organizations'>['data'];
export type PersonData = CollectionEntry<'people'>['data'];
export type TopicData = CollectionEntry<'topics'>['data'];
/**
 * A meeting as the loader stores it, its proceedings read back from their file
 * (src/content/loaders/meeting-store.ts): items whose HTML is plain paragraphs carry no `html`.
 */
export type StoredMeetingData = CollectionEntry<'meetings'>['data'];
/** A proceedings item with its HTML; headings have none, their component renders their text. */
export type WithHtml<Item> = Item extends { type: 'heading' } ? Item : Omit<Item, 'html'> & { html: string };
/** A meeting as the record holds it: every item with text has its HTML (see withItemHtml). */
export type MeetingData = Omit<StoredMeetingData, 'proceedings'> & {
  proceedings: WithHtml<StoredMeetingData['proceedings'][number]>[];
};
export type RecommendationData = CollectionEntry<'recommendations'>['data'];

export type Body = Entry<BodyData>;
export type Organization = Entry<OrganizationData>;
export type Person = Entry<PersonData>;
export type Topic = Entry<TopicData>;
export type Meeting = Entry<MeetingData>;
export type StoredMeeting = Entry<StoredMeetingData>;
export type Recommendation = Entry<RecommendationData>;

export type ProceedingsItem = MeetingData['proceedings'][number];
export type Statement = Extract<ProceedingsItem, { type: 'statement' }>;
export type Presentation = Extract<ProceedingsItem, { type: 'presentation' }>;
/** An item someone says: a statement or a presentation. */
export type SpokenItem = Statement | Presentation;
export type Speaker = SpokenItem['speaker'];
export type Attendee = MeetingData['attendees'][number]['members'][number];

/** The entries of one record type, as the record holds them (meetings with their items' HTML). */
export type EntriesOf<Kind extends CollectionName> = Kind extends 'meetings'
  ? Meeting
  : Entry<CollectionEntry<Kind>['data']>;

/** Every collection of the record, as loaded: one per record type (src/record/kinds.ts), and the source files. */
export type RecordEntries = { [Kind in CollectionName]: EntriesOf<Kind>[] } & {
  /** File names present in content/sources/. */
  sourceFiles: string[];
};
