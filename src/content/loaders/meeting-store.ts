/**
 * The meetings loader's store, written by the loader and read back by nothing else but
 * `readMeetings` here: the proceedings of each meeting, kept in a file of their own in Astro's
 * cache folder instead of in its content data store, without the HTML that their text rebuilds.
 * The meetings loader validates them with the rest of the meeting and writes them here
 * (`storeProceedings`); the site gets whole meetings back when the record loads (`readMeetings`).
 *
 * Why not in the data store: Astro keeps the store it filled during the content sync for the
 * whole build, and bundles a second copy into the build as one string literal that it parses at
 * run time. With the proceedings in it, both copies grow with the archive: a large share of the
 * live heap that every full garbage collection marks again, and a literal near the length the
 * bundler can hand back to JavaScript (docs/benchmarks.md). Each file is named after the meeting and the digest of its source, so the record
 * can never pair a meeting with proceedings from another version of its file.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { plainParagraphsHtml } from '~/content/markdown/plain-paragraphs-html';
import type { Meeting, StoredMeeting, WithHtml } from '~/record/types';

/** A meeting entry as the data store holds it: its proceedings are in their own file. */
type StoredMeetingEntry = StoredMeeting & { digest?: string | number | undefined };
type StoredItem = StoredMeeting['data']['proceedings'][number];

/** The folder of proceedings files inside Astro's cache folder (`cacheDir`). */
export const proceedingsFolder = (cacheDir: URL) => new URL('meeting-proceedings/', cacheDir);

const fileName = (id: string, digest: string) => `${id}.${digest}.json`;

/** Whether the proceedings of this version of the meeting file are already written. */
export const hasProceedings = (folder: URL, id: string, digest: string) =>
  existsSync(new URL(fileName(id, digest), folder));

/** Writes the proceedings of one version of a meeting file. */
export async function writeProceedings(folder: URL, id: string, digest: string, items: readonly unknown[]) {
  await mkdir(folder, { recursive: true });
  await writeFile(new URL(fileName(id, digest), folder), JSON.stringify(items));
}

/** Removes every proceedings file but those of the given meeting versions (id → digest). */
export async function keepOnlyProceedings(folder: URL, current: ReadonlyMap<string, string>) {
  const names = await readdir(folder).catch(() => [] as string[]);
  const wanted = new Set([...current].map(([id, digest]) => fileName(id, digest)));
  await Promise.all(names.filter((name) => !wanted.has(name)).map((name) => rm(new URL(name, folder))));
}

/**
 * The proceedings the loader wrote for this version of the meeting file. They passed the meeting
 * schema before they were written, so they are returned as the schema's output type.
 */
export function readProceedings<Item>(folder: URL, id: string, digest: string | number | undefined): Item[] {
  const file = new URL(fileName(id, String(digest)), folder);
  if (digest === undefined || !existsSync(file)) {
    throw new Error(
      `meeting ${id}: its proceedings are not in ${file.pathname}. The content cache is out of step with the data store. Fix: run \`astro build --force\` (or \`astro sync --force\`) to load the meetings again.`,
    );
  }
  return JSON.parse(readFileSync(file, 'utf8')) as Item[];
}

/** The fields of a proceedings item these need; parsed, validated and stored items all have them. */
export interface ItemText {
  type: string;
  text: string;
  html?: string | undefined;
}

/**
 * The item as the meetings loader stores it: without its HTML where that is plain paragraphs of its
 * text, so the proceedings file holds each statement's words once. Equality decides, so only HTML
 * that itemWithHtml rebuilds byte for byte is left out.
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

/** Writes the proceedings of one version of a meeting file as the store keeps them (itemForStore). */
export async function storeProceedings(folder: URL, id: string, digest: string, items: readonly ItemText[]) {
  await writeProceedings(folder, id, digest, items.map(itemForStore));
}

/** The meetings as the site uses them: each entry with its stored proceedings, HTML and all. */
export function readMeetings(cacheDir: URL, entries: readonly StoredMeetingEntry[]): Meeting[] {
  const folder = proceedingsFolder(cacheDir);
  return entries.map((entry) => {
    const proceedings = readProceedings<StoredItem>(folder, entry.id, entry.digest);
    return withItemHtml({ ...entry, data: { ...entry.data, proceedings } });
  });
}
