/**
 * Topic summaries that may no longer say what the topic gathers: a topic's `summary_as_of` is the
 * date of the newest meeting its editorial summary takes into account, and a statement it gathers
 * from a later meeting may say something the summary does not. `npm run draft` and /changes/ list them.
 */

/** The parts of a topic and a meeting this needs, so that plain data and the site's entries both fit. */
interface TopicLike {
  id: string;
  data: { summary_as_of?: string | undefined };
}
interface MeetingLike {
  id: string;
  data: {
    date: string;
    proceedings: readonly ({ id: string; line: number } & ({ topics: readonly { id: string }[] } | object))[];
  };
}

/** A topic whose summary predates statements it gathers, with those statements by meeting. */
export interface StaleSummary {
  topic: string;
  asOf: string;
  newer: { meeting: string; date: string; items: { id: string; line: number }[] }[];
}

/** The topics whose summary predates a statement they gather in `meetings`; topics without a date are not judged. */
export function staleSummaries(topics: readonly TopicLike[], meetings: readonly MeetingLike[]): StaleSummary[] {
  const asOf = new Map(topics.flatMap((t) => (t.data.summary_as_of ? [[t.id, t.data.summary_as_of] as const] : [])));
  const stale = new Map<string, StaleSummary>();
  for (const meeting of [...meetings].sort(
    (a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id),
  )) {
    for (const item of meeting.data.proceedings) {
      if (!('topics' in item)) continue;
      for (const { id: topic } of item.topics) {
        const date = asOf.get(topic);
        if (date === undefined || meeting.data.date <= date) continue;
        const entry = stale.get(topic) ?? { topic, asOf: date, newer: [] };
        stale.set(topic, entry);
        let group = entry.newer.at(-1);
        if (group?.meeting !== meeting.id)
          entry.newer.push((group = { meeting: meeting.id, date: meeting.data.date, items: [] }));
        group.items.push({ id: item.id, line: item.line });
      }
    }
  }
  return [...stale.values()].sort((a, b) => a.topic.localeCompare(b.topic));
}
