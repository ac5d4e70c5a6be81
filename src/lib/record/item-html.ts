import { plainParagraphsHtml } from '../../markdown/plain-paragraphs-html';
import type { Meeting, StoredMeeting, WithHtml } from './types';

/** The fields of a proceedings item this needs; parsed items and stored items both have them. */
interface ItemText {
  type: string;
  text: string;
  html?: string | undefined;
}

/** The item with its HTML: as stored, or rendered from its text where the loader left it out. */
export function itemWithHtml<Item extends ItemText>(item: Item): WithHtml<Item> {
  // TypeScript cannot follow a conditional type through a generic body; the branches match it.
  if (item.type === 'heading' || item.html !== undefined) return item as WithHtml<Item>;
  return { ...item, html: plainParagraphsHtml(item.text) } as WithHtml<Item>;
}

/**
 * The meeting with the HTML of every proceedings item. Done once when the record loads, so no page
 * renders an item again.
 */
export function withItemHtml(meeting: StoredMeeting): Meeting {
  return { ...meeting, data: { ...meeting.data, proceedings: meeting.data.proceedings.map(itemWithHtml) } };
}
