import type { SpokenInMeeting } from './derive';
import type { Meeting, SpokenItem } from './types';

/** Groups statements by meeting, keeping the order they come in (the record keeps them in date order). */
export function groupByMeeting(statements: readonly SpokenInMeeting[]): { meeting: Meeting; items: SpokenItem[] }[] {
  const groups: { meeting: Meeting; items: SpokenItem[] }[] = [];
  for (const { meeting, item } of statements) {
    const last = groups.at(-1);
    if (last?.meeting === meeting) last.items.push(item);
    else groups.push({ meeting, items: [item] });
  }
  return groups;
}
