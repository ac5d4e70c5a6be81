import type { Body, Meeting, Organization, Person, SpokenItem, Topic } from '../types';

/** A statement or presentation together with the meeting it was made in. */
export interface SpokenInMeeting {
  meeting: Meeting;
  item: SpokenItem;
}

export interface Count<T> {
  entry: T;
  count: number;
}

/** The entries by ID and in date order: what every index is computed from. */
export interface Lookups {
  bodies: Map<string, Body>;
  organizations: Map<string, Organization>;
  people: Map<string, Person>;
  topics: Map<string, Topic>;
  meetings: Map<string, Meeting>;
  /** Meetings, oldest first. */
  meetingsByDate: Meeting[];
  /** Every statement and presentation, in date and then source order. */
  spoken: SpokenInMeeting[];
}

export const byDate = (a: Meeting, b: Meeting) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id);

export function mapOf<T extends { id: string }>(entries: readonly T[]): Map<string, T> {
  return new Map(entries.map((entry) => [entry.id, entry]));
}

/** An index for every entry, in the entries' order, filled in afterwards. */
export function indexOf<I>(entries: readonly { id: string }[], create: () => I): Map<string, I> {
  return new Map(entries.map((entry) => [entry.id, create()]));
}

export function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}

/** Counts most first, then by ID; IDs missing from `lookup` are left out. */
export function counted<T extends { id: string }>(counts: Map<string, number>, lookup: Map<string, T>): Count<T>[] {
  return [...counts]
    .flatMap(([id, count]) => {
      const entry = lookup.get(id);
      return entry ? [{ entry, count }] : [];
    })
    .sort((a, b) => b.count - a.count || a.entry.id.localeCompare(b.entry.id));
}

export function increment(map: Map<string, number>, key: string) {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Counts of `key` per `owner`, for the counts kept as maps of maps. */
export function incrementIn(maps: Map<string, Map<string, number>>, owner: string, key: string) {
  increment(
    getOrCreate(maps, owner, () => new Map<string, number>()),
    key,
  );
}

/** Every statement and presentation, meetings in date order and items in source order. */
export function spokenInOrder(meetingsByDate: readonly Meeting[]): SpokenInMeeting[] {
  return meetingsByDate.flatMap((meeting) =>
    meeting.data.proceedings.flatMap((item) =>
      item.type === 'statement' || item.type === 'presentation' ? [{ meeting, item }] : [],
    ),
  );
}
