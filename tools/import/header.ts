import { joinPrintedLines } from './pdf-text.ts';
import { findIsoDate, findTimes, toAsciiDigits } from './era-date.ts';
import { ImportError } from './errors.ts';
import type { Outline, Section } from './layout.ts';
import { Matcher, roleClass } from './matching.ts';
import type { DraftAttendee, DraftMaterial, KnownRecord, Piece, PieceKind, Role, SourceLine } from './types.ts';

export interface Header {
  sourceTitle: string;
  title: string;
  body: string;
  bodyName: string;
  session: number;
  date: string;
  start?: string;
  end?: string;
  venue?: string;
  attendees: { group: string; members: DraftAttendee[] }[];
  materials: DraftMaterial[];
  publisher: string;
  matcher: Matcher;
  warnings: string[];
}

/** Records where each part of a line went, in order; see Piece. */
export class Ledger {
  readonly pieces: Piece[] = [];
  add(line: number, text: string, kind: PieceKind): void {
    if (text.trim() !== '') this.pieces.push({ line, text, kind });
  }
  /** A line split into consecutive parts, each with its kind. */
  split(line: SourceLine, parts: [string, PieceKind][]): void {
    for (const [text, kind] of parts) this.add(line.number, text, kind);
  }
}

const MINISTRY_OF_LAYOUT = { soumu: '総務省', meti: '経済産業省' } as const;

export function parseHeader(outlined: Outline, record: KnownRecord, ledger: Ledger): Header {
  const warnings: string[] = [];
  const { titleLines, sections, layout } = outlined;
  for (const line of titleLines) ledger.add(line.number, line.text, 'field');
  const sourceTitle = joinPrintedLines(titleLines.map((line) => line.text));
  const firstLine = titleLines[0]?.number ?? outlined.sections[0]?.line.number ?? 1;
  if (!sourceTitle) throw new ImportError('the document has no title above its numbered sections', firstLine);

  const titleNoSuffix = sourceTitle.replace(/\s*議事(?:要旨|概要|録)\s*$/, '');
  const body = [...record.bodies]
    .sort((a, b) => b.name.length - a.name.length)
    .find((candidate) => titleNoSuffix.includes(candidate.name));
  const sessionMatch = /[（(]\s*第\s*([0-9０-９]+)\s*回\s*[)）]/.exec(titleNoSuffix);
  if (!sessionMatch) {
    throw new ImportError(`the title "${sourceTitle}" states no session number such as （第３回）`, firstLine);
  }
  const session = Number(toAsciiDigits(sessionMatch[1] ?? ''));
  const title = body ? titleNoSuffix.slice(titleNoSuffix.indexOf(body.name)) : titleNoSuffix;
  const bodyName = body?.name ?? titleNoSuffix.slice(0, sessionMatch.index).trim();
  const ministryName = MINISTRY_OF_LAYOUT[layout];
  const publisher =
    body?.ministry ??
    record.organizations.find((org) => org.name === ministryName)?.slug ??
    (layout === 'soumu' ? 'soumu' : 'meti');
  const bodySlug = body?.slug ?? 'new-body';
  if (!body) warnings.push(`body "${bodyName}" is not in content/bodies/: a stub new-body was written; name it`);
  const matcher = new Matcher(record, bodySlug);

  const result: Header = {
    sourceTitle,
    title,
    body: bodySlug,
    bodyName,
    session,
    date: '',
    attendees: [],
    materials: [],
    publisher,
    matcher,
    warnings,
  };

  for (const section of sections) {
    if (section === outlined.proceedings) {
      ledger.add(section.line.number, section.line.text, 'structure');
      continue;
    }
    if (section.name.startsWith('日時')) readWhenWhere(section, result, ledger);
    else if (section.name === '場所') readVenue(section.line, section.head, section.rest, result, ledger);
    else if (section.name.startsWith('出席者')) readAttendees(section, layout, result, ledger);
    else if (/^配[布付]資料$/.test(section.name)) readMaterials(section, result, ledger);
    else {
      ledger.add(section.line.number, section.line.text, 'unclassified');
      for (const line of section.lines) ledger.add(line.number, line.text, 'unclassified');
      warnings.push(`line ${section.line.number}: header section "${section.name}" is not one the importer knows`);
    }
  }
  if (!result.date) {
    const when = sections.find((section) => section.name.startsWith('日時'));
    throw new ImportError('the 日時 section states no date such as 平成29年3月27日', when?.line.number);
  }
  return result;
}

function readWhenWhere(section: Section, header: Header, ledger: Ledger) {
  const readDate = (line: SourceLine, head: string, rest: string) => {
    const date = findIsoDate(rest);
    const times = findTimes(rest);
    if (!date) {
      ledger.split(line, [
        [head, 'structure'],
        [rest, 'unclassified'],
      ]);
      return;
    }
    header.date = date.iso;
    if (times.start) header.start = times.start;
    if (times.end) header.end = times.end;
    ledger.split(line, [
      [head, 'structure'],
      [rest, 'converted'],
    ]);
  };
  if (section.rest.trim() !== '' || section.name === '日時') {
    readDate(section.line, section.head, section.rest);
  } else {
    ledger.add(section.line.number, section.line.text, 'structure');
  }
  for (const line of section.lines) {
    const labelled = /^(\s*(日\s*時|場\s*所)\s*[：:]\s*)(.*)$/.exec(line.text);
    if (!labelled) {
      ledger.add(line.number, line.text, 'unclassified');
      header.warnings.push(`line ${line.number}: not a 日時 or 場所 line`);
      continue;
    }
    const [, head = '', label = '', rest = ''] = labelled;
    if (label.startsWith('日')) readDate(line, head, rest);
    else readVenue(line, head, rest, header, ledger);
  }
}

function readVenue(line: SourceLine, head: string, rest: string, header: Header, ledger: Ledger) {
  const venue = rest.trim();
  if (venue) header.venue = venue;
  ledger.split(line, [
    [head, 'structure'],
    [rest, 'field'],
  ]);
}

/** Role suffixes a member's entry can end in, longest first so 座長代理 wins over 座長. */
const MEMBER_SUFFIX = /^(.+?)(構成員|委員|専門委員)\s*(?:[（(](座長代理|座長|主査|委員長)[)）])?$/;

function groupRole(group: string): Role {
  if (group.includes('構成員')) return '構成員';
  if (group.includes('委員')) return '委員';
  if (group.startsWith('オブザーバ')) return 'オブザーバー';
  if (group === '事務局') return '事務局';
  return '省庁';
}

function readAttendees(section: Section, layout: Outline['layout'], header: Header, ledger: Ledger) {
  ledger.add(section.line.number, section.line.text, 'structure');
  const groups: { group: string; lines: string[] }[] = [];
  for (const line of section.lines) {
    const bracket = /^(\s*【)([^】]+)(】\s*)$/.exec(line.text);
    const colon = layout === 'meti' ? /^(\s*)([^\s：:、]{1,10})(\s*[：:]\s*)(.*)$/.exec(line.text) : null;
    if (bracket) {
      const [, open = '', group = '', close = ''] = bracket;
      groups.push({ group: group.trim(), lines: [] });
      ledger.split(line, [
        [open, 'structure'],
        [group, 'field'],
        [close, 'structure'],
      ]);
    } else if (colon) {
      const [, , group = '', separator = '', rest = ''] = colon;
      groups.push({ group, lines: [rest] });
      ledger.split(line, [
        [group, 'field'],
        [separator, 'structure'],
      ]);
      accountEntries(line.number, rest, ledger);
    } else if (groups.length > 0) {
      groups.at(-1)?.lines.push(line.text);
      accountEntries(line.number, line.text, ledger);
    } else {
      ledger.add(line.number, line.text, 'unclassified');
      header.warnings.push(`line ${line.number}: attendee text before any group heading`);
    }
  }
  const { matcher } = header;
  for (const { group, lines } of groups) {
    const entries = joinPrintedLines(lines)
      .split('、')
      .map((entry) => entry.trim())
      .filter(Boolean);
    const role = groupRole(group);
    const members = entries.map((label) => readAttendee(label, role, group, matcher, header));
    if (members.length > 0) header.attendees.push({ group, members });
  }
}

/** Attendee entries are verbatim labels; the 、 between them is list punctuation. */
function accountEntries(line: number, text: string, ledger: Ledger) {
  const parts = text.split(/(、)/);
  for (const part of parts) ledger.add(line, part, part === '、' ? 'structure' : 'field');
}

function readAttendee(
  label: string,
  groupDefault: Role,
  group: string,
  matcher: Matcher,
  header: Header,
): DraftAttendee {
  if (groupDefault === '構成員' || groupDefault === '委員') {
    const member = MEMBER_SUFFIX.exec(label);
    const name = member?.[1] ?? label;
    const chair = member?.[3];
    const role: Role = chair === '座長' || chair === '座長代理' ? chair : groupDefault;
    const slug = matcher.personByLabel(label) ?? matcher.person(name, 'member', `attendee "${label}" in 【${group}】`);
    return { party: { person: slug }, label, role };
  }
  const organization = matcher.organizationByName(label);
  if (organization) return { party: { organization }, label, role: groupDefault };
  if (
    groupDefault === 'オブザーバー' &&
    !/[（(]/.test(label) &&
    /(?:省|庁|機構|法人|センター|組合|協会|会)$/.test(label)
  ) {
    const slug = matcher.organization(label, `observer "${label}" in 【${group}】`);
    return { party: { organization: slug }, label, role: groupDefault };
  }
  // A person with a position: 村上企画官(内閣サイバーセキュリティセンター), 商務情報政策局 奥家サイバーセキュリティ課長.
  const paren = /^(.*?)\s*[（(]([^()（）]+)[)）]$/.exec(label);
  // Only a bracketed organization is an affiliation; （情報通信担当) is part of the position.
  const bracketOrganization = paren?.[2] !== undefined ? matcher.organizationByName(paren[2]) : undefined;
  const main = bracketOrganization ? (paren?.[1] ?? label) : label;
  const affiliationName = bracketOrganization ? paren?.[2] : undefined;
  const wantedClass = roleClass(groupDefault);
  const known = matcher.personByLabel(label);
  const lastPart = main.split(/[\s\u3000]+/).at(-1) ?? main;
  const name = matcher.knownNames().find((candidate) => lastPart.startsWith(candidate));
  const affiliation = affiliationName
    ? matcher.organizationByName(affiliationName)
    : groupDefault === '省庁'
      ? matcher.organizationByName(group)
      : undefined;
  let slug = known ?? (name ? matcher.personByName(name, wantedClass) : undefined);
  let title = name ? lastPart.slice(name.length) : undefined;
  if (!slug) {
    // The surname's length is not printed; two characters is the usual case and the editor checks it.
    const guess = lastPart.slice(0, 2);
    slug = matcher.person(
      guess,
      wantedClass,
      `attendee "${label}" in 【${group}】 (surname guessed as "${guess}": check)`,
      affiliation,
    );
    title = lastPart.slice(guess.length);
    header.warnings.push(`attendee "${label}": surname guessed as "${guess}"`);
  }
  return {
    party: { person: slug },
    label,
    role: groupDefault,
    ...(title ? { title } : {}),
    ...(affiliation ? { affiliation } : {}),
  };
}

const MATERIAL = /^\s*((?:参考)?資料\s*[０-９0-9]+(?:\s*[－\-ー‐]\s*[０-９0-9]+)?)\s*(.*)$/;

function readMaterials(section: Section, header: Header, ledger: Ledger) {
  ledger.add(section.line.number, section.line.text, 'structure');
  const found: { number: string; lines: SourceLine[]; first: SourceLine; rest: string }[] = [];
  for (const line of section.lines) {
    const match = MATERIAL.exec(line.text);
    if (match) {
      found.push({ number: match[1] ?? '', lines: [], first: line, rest: match[2] ?? '' });
    } else if (found.length > 0) {
      found.at(-1)?.lines.push(line);
    } else {
      ledger.add(line.number, line.text, 'unclassified');
      header.warnings.push(`line ${line.number}: text in 配布資料 that is no material`);
    }
  }
  for (const { number, lines, first, rest } of found) {
    const printed = [rest, ...lines.map((line) => line.text)];
    let title = joinPrintedLines(printed);
    let presenter: DraftMaterial['presenter'];
    let presenterPart: [string, string, string] | undefined;
    // The presenter is printed in brackets after the title: （事務局）, (名和構成員).
    const bracket = /^(.*?)\s*([（(])([^()（）]+)([)）])\s*$/.exec(title);
    const who = bracket?.[3] ?? '';
    if (bracket && (who === '事務局' || header.attendees.some((g) => g.members.some((m) => m.label === who)))) {
      title = bracket[1] ?? title;
      const member = header.attendees.flatMap((g) => g.members).find((m) => m.label === who);
      presenter = member ? { ...member.party, label: who } : { organization: header.publisher, label: who };
      presenterPart = [bracket[2] ?? '', who, bracket[4] ?? ''];
    }
    const all = [first, ...lines];
    all.forEach((line, index) => {
      const text = index === 0 ? rest : line.text;
      const parts: [string, PieceKind][] = index === 0 ? [[number, 'field']] : [];
      const last = index === all.length - 1;
      const cut = presenterPart && last ? text.lastIndexOf(presenterPart[0]) : -1;
      if (presenterPart && cut !== -1) {
        parts.push([text.slice(0, cut), 'field'], [presenterPart[0], 'structure'], [presenterPart[1], 'field']);
        parts.push([text.slice(cut + presenterPart[0].length + presenterPart[1].length), 'structure']);
      } else {
        parts.push([text, 'field']);
      }
      ledger.split(line, parts);
    });
    const digits = toAsciiDigits(number)
      .replace(/^(参考)?資料\s*/, '')
      .replace(/\s*[－\-ー‐]\s*/, '-');
    const id = `${number.startsWith('参考') ? 'ref-' : ''}${digits}`;
    header.materials.push({ id, number, title, ...(presenter ? { presenter } : {}) });
  }
}
