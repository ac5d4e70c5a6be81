import { z } from 'astro/zod';
import type { reference as astroReference } from 'astro:content';

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
z.config({
  customError: (issue) => {
    if (issue.code === 'invalid_type' && issue.input === undefined) {
      return `is required but missing. Fix: add this field (${FORMAT_DOC})`;
    }
    return undefined;
  },
});

/** z.strictObject whose unknown-key error lists the keys that are allowed, since the usual cause is a typo. */
export function strictRecord<Shape extends z.ZodRawShape>(shape: Shape) {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown key ${issue.keys.map((key) => `"${key}"`).join(', ')}. Fix: remove it or correct its spelling; allowed here: ${allowed}`
        : undefined,
  });
}

/** A slug: the file name of a record, and part of its permanent URL. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: 'must be a slug: lowercase ASCII letters, digits and single hyphens (e.g. "okamura")',
  });

/** A calendar date written as YYYY-MM-DD. YAML turns unquoted dates into Date objects, so both are accepted. */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ message: 'must be an ISO date written YYYY-MM-DD (e.g. 2017-03-27)' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be an ISO date written YYYY-MM-DD (e.g. 2017-03-27)' })
    .refine((value) => {
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
    }, 'is not a real calendar date: check the month and day'),
);

/** A time of day written HH:MM, 24-hour clock. */
export const timeOfDay = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, {
  message: 'must be a time written HH:MM on a 24-hour clock, in quotes (e.g. "15:00")',
});

/** Text copied from a source; never empty. */
export const sourceText = z.string().trim().min(1, { message: 'must not be empty' });

/** Text written by the editors, not by the source; shown as editorial. */
export const editorialText = z.string().trim().min(1, { message: 'must not be empty' });

/** A statement ID inside a meeting: `s` and three digits for statements, `p`/`n` and two for presentations and notes. */
export const proceedingsItemId = z.string().regex(/^(?:s\d{3}|p\d{2}|n\d{2})$/, {
  message: 'must be an item ID such as s001 (statement), p01 (presentation) or n01 (note)',
});

/**
 * A reference to one statement anywhere in the record, written `<meeting-slug>#<id>`,
 * parsed into its parts so that nothing downstream splits strings again.
 */
export const statementLocator = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*#(?:s\d{3}|p\d{2}|n\d{2})$/, {
    message: 'must point at a statement as <meeting-slug>#<id> (e.g. 2017-03-27-soumu-cybersecurity-task-force-03#s012)',
  })
  .transform((value) => {
    const [meeting = '', id = ''] = value.split('#');
    return { meeting, id };
  });

export type StatementLocator = z.output<typeof statementLocator>;
