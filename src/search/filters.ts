import type { DerivedRecord } from '~/record/derive';
import { filterNames, kindLabels, kinds, speakerName } from './documents';

/** The values each filter offers; they are the values the index holds (see documents.ts). */
export function searchFilterOptions(record: DerivedRecord) {
  const sorted = (values: Iterable<string>) => [...new Set(values)].sort((a, b) => a.localeCompare(b, 'ja'));
  const option = (value: string) => ({ value, label: value });
  return [
    { key: 'kind', label: '種類', values: kinds.map((k) => option(kindLabels[k])) },
    { key: 'body', label: filterNames.body, values: [...record.bodies.values()].map((b) => option(b.data.name)) },
    {
      key: 'year',
      label: filterNames.year,
      values: sorted(record.meetingsByDate.map((m) => m.data.date.slice(0, 4))).map(option),
    },
    {
      key: 'speaker',
      label: filterNames.speaker,
      values: sorted(record.spoken.map(({ item }) => speakerName(record, item.speaker, item.label))).map(option),
    },
    { key: 'topic', label: filterNames.topic, values: [...record.topics.values()].map((t) => option(t.data.title)) },
  ];
}
