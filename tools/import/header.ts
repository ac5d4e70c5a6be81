import { readAttendees, type AttendeeGroup } from './attendees.ts';
import { PLACEHOLDER_MARK } from '../../src/content/schemas/placeholder.ts';
import { ImportError } from './errors.ts';
import type { Ledger } from './ledger.ts';
import { freshSlug, Matcher, takenSlugs } from './matching.ts';
import { readMaterials } from './materials.ts';
import type { Outline, Section } from './outline.ts';
import { AGENDA_NUMBER, AS_FOLLOWS, MINISTRY, SEE_APPENDIX } from './patterns.ts';
import { readTitle } from './title.ts';
import type { DraftMaterial, KnownRecord } from './types.ts';
import { readWhenWhere, type WhenWhere } from './when-where.ts';

export interface Header extends WhenWhere {
  sourceTitle: string;
  title: string;
  body: string;
  bodyName: string;
  /** True when the body is not in content/bodies/ and a stub is written for it. */
  newBody: boolean;
  session: number;
  date: string;
  attendees: AttendeeGroup[];
  materials: DraftMaterial[];
  agenda: string[];
  publisher: string;
  matcher: Matcher;
  warnings: string[];
}

export interface ImportOptions {
  /** --body: the body that met, when the title does not name one the record has. */
  body?: string;
}

/** Reads everything above the proceedings: title, session, date, venue, attendees, materials. */
export function parseHeader(
  outlined: Outline,
  record: KnownRecord,
  ledger: Ledger,
  options: ImportOptions = {},
): Header {
  const warnings: string[] = [];
  for (const line of outlined.titleLines) ledger.add(line.number, line.text, 'field');
  for (const line of outlined.repeatedTitle) ledger.add(line.number, line.text, 'structure');
  const facts = readTitle(outlined.titleLines, record, options.body);
  const bodySlug = facts.body?.slug ?? freshSlug(takenSlugs(record, 'bodies'), 'new-body');
  if (!facts.body)
    warnings.push(
      `body "${facts.bodyName}" is not in content/bodies/: a stub ${bodySlug} was written; name it, or pass --body SLUG`,
    );
  const matcher = new Matcher(record, bodySlug);
  const found: WhenWhere = {};
  const attendees: AttendeeGroup[] = [];
  const agenda: string[] = [];
  const byKind = (kind: Section['kind']) => outlined.sections.filter((section) => section.kind === kind);
  for (const section of outlined.sections) {
    if (section === outlined.proceedings) continue;
    if (section.kind === 'when' || section.kind === 'where' || section.kind === 'whenWhere')
      readWhenWhere(section, found, ledger);
    else if (section.kind === 'attendees' && refersToAppendix(section))
      ledger.add(section.line.number, section.line.text, 'structure');
    else if (section.kind === 'attendees') attendees.push(...readAttendees(section, matcher, ledger, warnings));
    else if (section.kind === 'agenda') agenda.push(...readAgenda(section, ledger));
  }
  const publisher = findPublisher(warnings, facts.body?.ministry, outlined, attendees, matcher, facts.sourceTitle);
  const materials = byKind('materials').flatMap((section) =>
    readMaterials(section, { attendees, publisher, warnings }, ledger),
  );
  if (!found.date)
    throw new ImportError('the header states no date such as 平成29年3月27日', outlined.sections[0]?.line.number);
  return {
    ...found,
    sourceTitle: facts.sourceTitle,
    title: facts.title,
    body: bodySlug,
    bodyName: facts.bodyName,
    newBody: !facts.body,
    session: facts.session,
    date: found.date,
    attendees,
    materials,
    agenda,
    publisher,
    matcher,
    warnings,
  };
}

/** 出席者：別紙のとおり。: the list is the appendix, read where it stands. */
function refersToAppendix(section: Section): boolean {
  return !section.appendix && section.lines.length === 0 && SEE_APPENDIX.test(section.rest);
}

const AGENDA_ITEM = new RegExp(String.raw`^(\s*${AGENDA_NUMBER}?\s*)(.+)$`, 'u');

function readAgenda(section: Section, ledger: Ledger): string[] {
  ledger.add(section.line.number, section.head, 'structure');
  const lines = [...(section.rest.trim() ? [{ ...section.line, text: section.rest }] : []), ...section.lines];
  return lines.flatMap((line) => {
    if (AS_FOLLOWS.test(line.text)) {
      ledger.add(line.number, line.text, 'structure');
      return [];
    }
    const [, number = '', text = line.text] = AGENDA_ITEM.exec(line.text) ?? [];
    ledger.split(line, [
      [number, 'structure'],
      [text, 'field'],
    ]);
    return [text.trim()];
  });
}

/**
 * Who published the minutes: the body's ministry, else the ministry the document itself names as
 * its secretariat (事務局 group), as a group of its own (【総務省】, 経済産業省：) or in its title.
 * Nothing else is evidence; without it the importer asks rather than guesses.
 */
/** The publisher where the document names none: asked for, never guessed; the build refuses it. */
export const PUBLISHER_PLACEHOLDER = `${PLACEHOLDER_MARK}-publisher`;

function findPublisher(
  warnings: string[],
  ministry: string | undefined,
  outlined: Outline,
  attendees: AttendeeGroup[],
  matcher: Matcher,
  title: string,
): string {
  if (ministry) return ministry;
  const secretariat = attendees
    .filter((group) => group.group.startsWith('事務局'))
    .flatMap((group) => group.members)
    .map((member) => ('organization' in member.party ? member.party.organization : member.affiliation))
    .find((slug) => slug !== undefined);
  if (secretariat) return secretariat;
  const groupNames = attendees.map((group) => group.group.replace(/側$/, ''));
  for (const text of [...groupNames.filter((name) => MINISTRY.exec(name)?.[0] === name), title]) {
    const named = MINISTRY.exec(text)?.[0];
    if (named)
      return matcher.organizationByName(named) ?? matcher.organization(named, `the publisher the minutes name`);
  }
  warnings.push(
    `line ${outlined.titleLines[0]?.number ?? 1}: the minutes do not say who published them (no ministry in the title, ` +
      `the 事務局 or a group heading): source.publisher is ${PUBLISHER_PLACEHOLDER}, which fails the build. ` +
      'Write the publisher (an organization slug), or import again with --body SLUG naming a body in content/bodies/ with its ministry',
  );
  return PUBLISHER_PLACEHOLDER;
}
