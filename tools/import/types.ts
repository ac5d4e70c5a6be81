import type { TurnCheck } from './turn-check.ts';
import type { attendeeRoles } from '../../src/content/schemas/roles.ts';

/** One printed line of the source that holds text, with its 1-based line number in the file. */
export interface SourceLine {
  number: number;
  text: string;
  /** The page, counted by form feeds from 0. */
  page?: number;
}

/**
 * Where a piece of the source went. Every non-whitespace character of the source is in exactly one
 * piece, in source order, which is how the importer proves it lost nothing:
 * - `field`, `statement`, `heading`, `note`, `unclassified`: copied verbatim into the draft;
 * - `converted`: read into a field in another form (an era date into ISO, 第３回 into 3);
 * - `structure`: the document's own scaffolding (１．日時：, 【】, bullets, (省略), 以上);
 * - `artefact`: PDF page numbers.
 */
export type PieceKind =
  'field' | 'converted' | 'statement' | 'heading' | 'note' | 'unclassified' | 'structure' | 'artefact';

export interface Piece {
  line: number;
  text: string;
  kind: PieceKind;
}

export type Role = (typeof attendeeRoles)[number];

/** What the importer knows of the record already: the people, organizations and bodies to match. */
export interface KnownRecord {
  people: { slug: string; name: string; organization?: string }[];
  organizations: { slug: string; name: string; abbreviation?: string; aliases: string[] }[];
  bodies: { slug: string; name: string; ministry?: string; parent?: string }[];
  /** Every attendee entry of every existing meeting, to match people within the same body. */
  attendances: { body: string; person?: string; organization?: string; label: string; role: string }[];
  /** Slugs taken in the folder the draft goes to (--out), which new stubs must not reuse. */
  reserved?: Partial<Record<'people' | 'organizations' | 'bodies', string[]>>;
}

export type Party = { person: string } | { organization: string };
export type Speaker = Party | { anonymous: true };

export interface DraftAttendee {
  party: Party;
  label: string;
  role: Role;
  /** The name read from the entry, for matching speakers; not written. */
  name?: string;
  title?: string;
  affiliation?: string;
}

export interface DraftMaterial {
  id: string;
  number: string;
  title: string;
  presenter?: Party & { label: string };
}

export type DraftItem =
  | { type: 'heading'; depth: 2 | 3; text: string; line: number }
  | {
      type: 'statement' | 'presentation';
      id: string;
      speaker: Speaker;
      label: string;
      paragraphs: string[];
      material?: string;
      elided?: boolean;
      line: number;
    }
  | { type: 'note'; id: string; paragraphs: string[]; line: number; unclassified: boolean };

/** A stub for a person or organization the record does not have yet. */
export type Stub =
  | { collection: 'people'; slug: string; name: string; organization?: string; reason: string }
  | { collection: 'organizations'; slug: string; name: string; reason: string }
  | { collection: 'bodies'; slug: string; name: string; ministry?: string; reason: string };

export interface Draft {
  slug: string;
  title: string;
  body: string;
  session: number;
  date: string;
  start?: string;
  end?: string;
  venue?: string;
  attendees: { group: string; members: DraftAttendee[] }[];
  materials: DraftMaterial[];
  agenda: string[];
  source: { title: string; publisher: string; date: string; file: string };
  items: DraftItem[];
  stubs: Stub[];
  /** Things an editor must check: guesses, unmatched speakers. */
  warnings: string[];
  pieces: Piece[];
  /** Speaker markers seen against turns written, for the report. */
  turns: TurnCheck;
}
