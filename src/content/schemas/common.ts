import { z } from 'astro/zod';
import type { reference as astroReference } from 'astro:content';
import { findForbiddenInLine, visibleText } from '../text-rules';
import { PLACEHOLDER_MARK } from './placeholder';

/**
 * Astro's `reference()`. Schemas take it as a parameter, as Starlight's schema factories do,
 * so unit tests can build the same schemas without Astro's virtual modules.
 */
export type Reference = typeof astroReference;

const FORMAT_DOC = 'see docs/content-format.md';

/**
 * Errors name the fix, not only the fault: an editor reads them in a failed build log.
 * Set once for the zod instance Astro shares with us.
 */
const MISSING = `is required but missing. Fix: add this field (${FORMAT_DOC})`;

/**
 * A schema-level error message: Astro passes its own error map to parse(), which only says
 * "Required"; a schema's own message takes precedence over it.
 */
export const requiredOr =
  (otherwise: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? MISSING : otherwise;

/** z.strictObject whose unknown-key error lists the keys that are allowed, since the usual cause is a typo. */
export function strictRecord<Shape extends z.ZodRawShape>(shape: Shape) {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown key ${issue.keys.map((key) => `"${key}"`).join(', ')}. Fix: remove it or correct its spelling; allowed here: ${allowed}`
        : requiredOr(`must be a mapping with the keys ${allowed}`)(issue),
  });
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A slug: the file name of a record, and part of its permanent URL. */
export const slug = z.string().regex(SLUG, {
  message: 'must be a slug: lowercase ASCII letters, digits and single hyphens (e.g. "okamura")',
});

/** A calendar date written as YYYY-MM-DD. YAML turns unquoted dates into Date objects, so both are accepted. */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: requiredOr('must be an ISO date written YYYY-MM-DD (e.g. 2017-03-27)') })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be an ISO date written YYYY-MM-DD (e.g. 2017-03-27)' })
    .refine((value) => {
      // Shape errors are reported by the regex above; only judge dates that have the shape.
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return true;
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
    }, 'is not a real calendar date: check the month and day'),
);

/** A time of day written HH:MM, 24-hour clock. */
export const timeOfDay = z
  .string({ error: requiredOr('must be a time written HH:MM, in quotes') })
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, {
    message: 'must be a time written HH:MM on a 24-hour clock, in quotes (e.g. "15:00")',
  });

/** Text copied from a source; never empty. */
export const sourceText = z
  .string({ error: requiredOr('must be text') })
  .trim()
  .min(1, { message: 'must not be empty' });

/**
 * The most characters (or, for lists, items) a field may hold: many times the longest in the real
 * record, far below what makes a page, the search index or a citation too big to build. A value
 * past them is almost always a paste gone wrong. docs/content-format.md lists them.
 */
export const LIMITS = {
  /** Names, labels, abbreviations, aliases, positions, attendee groups, `at`. */
  name: 200,
  /** Titles (source and English), English names, venues, agenda items, material numbers. */
  title: 500,
  /** A person's note, a recommendation's summary. */
  note: 2_000,
  /** A recommendation's quote of its statement. */
  quote: 5_000,
  /** A topic's Markdown body (the same as one statement, remark-proceedings.ts). */
  body: 50_000,
  /** Aliases of one topic or organization; topics of one statement; related topics. */
  aliases: 50,
  /** Attendee groups, members of one group, materials, agenda items of one meeting. */
  listItems: 500,
} as const;

const TOO_LONG_FIX =
  'Fix: check that the field holds only its own text (a pasted paragraph or file is the usual cause); docs/content-format.md lists the limits';

/** A maximum length, with a message that gives the length, the limit and the fix. */
const atMost = (max: number) => ({
  error: (issue: { input?: unknown }) =>
    `has ${typeof issue.input === 'string' ? issue.input.length.toLocaleString('en') : 'too many'} characters, more than the ${max.toLocaleString('en')} this field may hold. ${TOO_LONG_FIX}`,
});

/** A list with at most `max` items, with a message that gives the count, the limit and the fix. */
export const listOf = <T extends z.ZodType>(
  item: T,
  max: number = LIMITS.listItems,
  params?: Parameters<typeof z.array>[1],
) =>
  z.array(item, params).max(max, {
    error: (issue) =>
      `has ${Array.isArray(issue.input) ? issue.input.length.toLocaleString('en') : 'too many'} items, more than the ${max.toLocaleString('en')} this list may hold. Fix: check for a paste or a generated list gone wrong; docs/content-format.md lists the limits`,
  });

/** Refuses, in a one-line field, a control, bidi or invisible character or a line break. */
function refuseInLine(value: string, context: z.core.$RefinementCtx<string>) {
  const problem = findForbiddenInLine(value);
  if (problem === undefined) return;
  const fix = problem.reason.startsWith('a line break')
    ? "write it on one line (the source's line breaks are not part of a name or title)"
    : 'delete it: retype the text from the source if it was pasted';
  context.addIssue({
    code: 'custom',
    input: value,
    message: `"${visibleText(value).slice(0, 120)}" holds ${problem.character}, ${problem.reason}. Fix: ${fix}`,
  });
}

/** One line copied from a source (a name, a label, a title), at most `max` characters. */
export const sourceLine = (max: number) => sourceText.max(max, atMost(max)).superRefine(refuseInLine);

const notPlaceholder = (value: string) => !value.startsWith(PLACEHOLDER_MARK);
const PLACEHOLDER_MESSAGE = `is still the importer's placeholder ("${PLACEHOLDER_MARK} …"). Fix: write the editorial text in its place`;

/** A reference the importer could not fill (the publisher the minutes do not name): its placeholder fails. */
export const filledIn = <T extends z.ZodType<unknown, string>>(schema: T) =>
  z
    .string({ error: requiredOr('must be text') })
    .refine(notPlaceholder, { message: `is still the importer's placeholder ("${PLACEHOLDER_MARK} …"). Fix: write the slug it asks for` })
    .pipe(schema);

/** Text written by the editors, not by the source; shown as editorial. An importer's placeholder fails. */
export const editorialText = z
  .string({ error: requiredOr('must be text') })
  .trim()
  .min(1, { message: 'must not be empty' })
  .refine(notPlaceholder, { message: PLACEHOLDER_MESSAGE });

/** One line written by the editors (an English title or name), at most `max` characters. */
export const editorialLine = (max: number) => editorialText.max(max, atMost(max)).superRefine(refuseInLine);

/** Editorial text of paragraphs (a note, a summary), at most `max` characters. */
export const editorialParagraphs = (max: number) => editorialText.max(max, atMost(max));

/** Text copied from a source that may run over lines (a quote), at most `max` characters. */
export const sourceParagraphs = (max: number) => sourceText.max(max, atMost(max));

/**
 * A reference to another record by slug. Wraps Astro's reference() so that a missing or
 * non-text value gets our message rather than Astro's bare "Required".
 */
export const ref = <C extends Parameters<Reference>[0]>(reference: Reference, collection: C) =>
  z
    .string({ error: requiredOr(`must be the slug of a record in content/${collection}/`) })
    .regex(SLUG, {
      // Shown with its invisible characters written out: "okamura\u{200B}" is not okamura.
      error: (issue) =>
        `must be the slug of a record in content/${collection}/ (lower-case ASCII letters, digits and single hyphens), not "${visibleText(String(issue.input)).slice(0, 120)}". Fix: write the slug as the record's file name spells it`,
    })
    .pipe(reference(collection));

/** A statement ID inside a meeting: `s` and three digits for statements, `p`/`n` and two for presentations and notes. */
export const proceedingsItemId = z.string().regex(/^(?:s\d{3}|p\d{2}|n\d{2})$/, {
  message: 'must be an item ID such as s001 (statement), p01 (presentation) or n01 (note)',
});

/**
 * A reference to one statement anywhere in the record, written `<meeting-slug>#<id>`,
 * parsed into its parts so that nothing downstream splits strings again.
 */
export const statementLocator = z
  .string({ error: requiredOr('must point at a statement as <meeting-slug>#<id>') })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*#(?:s\d{3}|p\d{2}|n\d{2})$/, {
    message:
      'must point at a statement as <meeting-slug>#<id> (e.g. 2017-03-27-soumu-cybersecurity-task-force-03#s012)',
  })
  .transform((value) => {
    const [meeting = '', id = ''] = value.split('#');
    return { meeting, id };
  });

export type StatementLocator = z.output<typeof statementLocator>;
