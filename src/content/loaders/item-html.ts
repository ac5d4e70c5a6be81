import { plainParagraphsHtml } from '~/content/markdown/plain-paragraphs-html';
import type { Meeting, StoredMeeting, WithHtml } from '~/record/types';

/** The fields of a proceedings item these need; parsed, validated and stored items all have them. */
export interface ItemText {
  type: string;
  text: string;
  html?: string | undefined;
}

/**
 * The item as the meetings loader stores it: without its HTML where that is plain paragraphs of its
 * text, so the proceedings file (src/content/loaders/proceedings-files.ts) holds each statement's words
 * once. Equality decides, so only HTML that itemWithHtml rebuilds byte for byte is left out.
 */
export function itemForStore<Item extends ItemText>(item: Item): Item {
  if (item.html === undefined || item.html !== plainParagraphsHtml(item.text)) return item;
  const stored = { ...item };
  delete stored.html;
  return stored;
}

/** The item with its HTML: as stored, or rebuilt from its text where the loader left it out. */
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
