import { z } from 'astro/zod';
import {
  editorialText,
  filledIn,
  isoDate,
  proceedingsItemId,
  sourceText,
  strictRecord,
  timeOfDay,
  ref,
  requiredOr,
  type Reference,
} from './common';
import { attendeeRoles } from './roles';

export { attendeeRoles };


/** Who someone is: a person or an organization, with the label the source prints. */
const party = (reference: Reference) =>
  z.union(
    [
      strictRecord({
        /** The person. */
        person: ref(reference, 'people'),
        /** The label as the source prints it, e.g. 名和構成員. */
        label: sourceText,
      }),
      strictRecord({
        /** The organization. */
        organization: ref(reference, 'organizations'),
        /** The label as the source prints it, e.g. 事務局. */
        label: sourceText,
      }),
    ],
    { error: 'must name exactly one of person: <slug> or organization: <slug>, plus label' },
  );

/** Who speaks: a person, an organization speaking as such, or no one the source names. */
const speaker = (reference: Reference) =>
  z.union(
    [
      strictRecord({ person: ref(reference, 'people') }),
      strictRecord({ organization: ref(reference, 'organizations') }),
      strictRecord({ anonymous: z.literal(true) }),
    ],
    { error: 'must be exactly one of person=<slug>, organization=<slug> or anonymous' },
  );

const attendee = (reference: Reference) =>
  z
    .strictObject({
      /** The person attending. */
      person: ref(reference, 'people').optional(),
      /** The organization attending, where the source lists an organization rather than a person. */
      organization: ref(reference, 'organizations').optional(),
      /** The entry as the attendee list prints it. */
      label: sourceText,
      /** The role held in this meeting. */
      role: z.enum(attendeeRoles, { error: requiredOr(`must be one of ${attendeeRoles.join(', ')}`) }),
      /** The position the source states, e.g. 企画官. */
      title: sourceText.optional(),
      /** The organization the source states next to the name. */
      affiliation: ref(reference, 'organizations').optional(),
    })
    .refine((value) => (value.person === undefined) !== (value.organization === undefined), {
      message: 'must name exactly one of person: <slug> or organization: <slug>',
    });

const material = (reference: Reference) =>
  strictRecord({
    /** Short ID used by statements' material= attribute, e.g. 3-1. */
    id: z.string().regex(/^[a-z0-9-]+$/, { message: 'must be a short ID such as 3-1 or ref-3-1' }),
    /** The number as the source writes it, e.g. 資料３－１. */
    number: sourceText,
    /** The title as the source writes it. */
    title: sourceText,
    /** Who presented it, where the source says. */
    presenter: party(reference).optional(),
  });

/**
 * The marks a draft carries until an editor decides (docs/editing.md): each fails the build with
 * what to do, so a suggestion is never published as a decision.
 */
const editorMarks = {
  /** Topics `npm run draft` suggests; the editor moves the right ones into topics= and deletes this. */
  suggestedTopics: z
    .never({
      error: (issue) =>
        `holds topic suggestions not yet decided (${[issue.input].flat().join(' ')}). Fix: move the slugs you accept into topics="…" and delete suggested-topics="…"`,
    })
    .optional(),
  /** The importer's doubt about who speaks. */
  doubt: z
    .never({
      error: (issue) =>
        `the importer doubted who speaks (${String(issue.input)}). Fix: check the speaker against the source, correct person=, organization= or anonymous, then delete doubt="…"`,
    })
    .optional(),
};

/** Fields every proceedings item has. */
const itemBase = {
  /** Stable ID, the anchor that citations point at. Never renumbered. */
  id: proceedingsItemId,
  /** Plain text, paragraphs separated by a blank line; what search and exports use. */
  text: sourceText,
  /** The text rendered to HTML by our Markdown pipeline; optional because the meetings loader stores it only where the text cannot rebuild it (itemForStore, itemWithHtml). */
  html: z.string().optional(),
  /** Line in the meeting file where the item starts, for error messages. */
  line: z.number().int().positive(),
};

const statement = (reference: Reference) =>
  strictRecord({
    type: z.literal('statement'),
    ...itemBase,
    /** Who speaks. */
    speaker: speaker(reference),
    /** The label as spoken, e.g. 岡村構成員, 安田座長, 事務局, 委員. */
    label: sourceText,
    /** ID of the material it refers to, from this meeting's materials. */
    material: z.string().optional(),
    /** The page or section it refers to, as the source writes it. */
    at: sourceText.optional(),
    /** ID of the statement it replies to, in this meeting. */
    reply: proceedingsItemId.optional(),
    /** Topics it speaks to. */
    topics: z.array(ref(reference, 'topics')).default([]),
    ...editorMarks,
  });

const presentation = (reference: Reference) =>
  strictRecord({
    type: z.literal('presentation'),
    ...itemBase,
    /** Who presents. */
    speaker: speaker(reference),
    /** The presenter's label, e.g. 事務局, 名和構成員. */
    label: sourceText,
    /** ID of the material presented. */
    material: z.string().optional(),
    /** True where the minutes write (省略): the content of the presentation is not recorded. */
    elided: z.boolean(),
    /** Topics it speaks to. */
    topics: z.array(ref(reference, 'topics')).default([]),
    ...editorMarks,
  });

const note = strictRecord({
  type: z.literal('note'),
  ...itemBase,
});

const heading = strictRecord({
  type: z.literal('heading'),
  /** Anchor of the heading, derived from its position. */
  id: z.string(),
  /** 2 or 3. */
  depth: z.number().int().min(2).max(3),
  /** The source's grouping heading, verbatim without its bullet glyph. */
  text: sourceText,
  line: z.number().int().positive(),
});

/** One meeting's record: metadata from the frontmatter, proceedings parsed from the Markdown body. */
export const meetingSchema = ({ reference }: { reference: Reference }) =>
  strictRecord({
    /** The meeting's title as the source writes it. */
    title: sourceText,
    /** English title, written by the editors. */
    title_en: editorialText,
    /** The body (会議体) that met. */
    body: ref(reference, 'bodies'),
    /** Session number (第３回 → 3). */
    session: z
      .number({ error: requiredOr('must be the session number, e.g. 3') })
      .int()
      .positive(),
    /** Meeting date. */
    date: isoDate,
    /** Start time. */
    start: timeOfDay.optional(),
    /** End time. */
    end: timeOfDay.optional(),
    /** Venue as the source writes it. */
    venue: sourceText.optional(),
    /** Attendees, in the source's groups and order. */
    attendees: z.array(
      strictRecord({
        /** The group heading as the source writes it, without brackets, e.g. 構成員, オブザーバー. */
        group: sourceText,
        /** The attendees in that group. */
        members: z.array(attendee(reference)).min(1),
      }),
      { error: requiredOr('must be a list of attendee groups') },
    ),
    /** Distributed materials (配布資料). */
    materials: z.array(material(reference)).default([]),
    /** Agenda items, as the source lists them. */
    agenda: z.array(sourceText).default([]),
    /** The document this record is built from. */
    source: strictRecord({
      /** The document's title. */
      title: sourceText,
      /** Who published it. */
      publisher: filledIn(ref(reference, 'organizations')),
      /** The date the document bears (the minutes carry only the meeting date). */
      date: isoDate,
      /** File name of the extracted text in content/sources/. */
      file: z
        .string()
        .regex(/^[\w.-]+\.txt$/, { message: 'must be a file name in content/sources/, e.g. 2017-03-27-….txt' }),
    }),
    /** The ministry's own page or PDF of the minutes, where known: cited as the official source. */
    source_url: z
      .url({
        protocol: /^https?$/,
        error:
          "must be the http(s) URL of the ministry's page or PDF of the minutes, e.g. https://www.soumu.go.jp/main_content/000123456.pdf",
      })
      .optional(),
    /** The proceedings in source order. Parsed from the Markdown body by the meetings loader. */
    proceedings: z.array(z.discriminatedUnion('type', [statement(reference), presentation(reference), note, heading])),
  });
