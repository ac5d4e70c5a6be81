import type { Matcher } from './matching.ts';
import { roleClass } from './matching.ts';
import {
  FULL_NAME,
  GUEST_TITLES,
  NAME_TOKEN,
  ORGANIZATION_END,
  ROLE_WORDS,
  TITLE_END,
  WHOLE_TITLES,
} from './patterns.ts';
import type { DraftAttendee, Role } from './types.ts';

const ROLE_ALTERNATION = ROLE_WORDS.join('|');
export const ENDS_IN_ROLE = new RegExp(`(${ROLE_ALTERNATION})$`);
const ROLE_IN_TEXT = new RegExp(`^(?:${ROLE_ALTERNATION})$`);

export interface EntryContext {
  group: string;
  groupRole: Role;
  /** The organization the group heading names (【総務省】), for officials listed under it. */
  groupOrganization?: string;
  matcher: Matcher;
  warnings: string[];
}

/** A surname or a given name: a short word that is no title (弁護士, 教授), role or organization. */
export function isNameToken(token: string): boolean {
  return (
    NAME_TOKEN.test(token) &&
    !ROLE_IN_TEXT.test(token) &&
    !TITLE_END.test(token) &&
    !GUEST_TITLES.includes(token) &&
    !looksLikeOrganization(token)
  );
}

export function looksLikeOrganization(text: string): boolean {
  return ORGANIZATION_END.test(text.replace(/\s/g, '')) && !TITLE_END.test(text);
}

/** One attendee entry, in whichever form the list prints it, as a person or an organization. */
export function readEntry(label: string, context: EntryContext): DraftAttendee {
  const { matcher, groupRole } = context;
  const compact = label.replace(/\s/g, '');
  const known = matcher.organizationByName(label) ?? matcher.organizationByName(compact);
  const memberGroup = roleClass(groupRole) === 'member';
  if (known && !memberGroup) return { party: { organization: known }, label, role: groupRole };
  if (!memberGroup && looksLikeOrganization(label) && !ENDS_IN_ROLE.test(compact)) {
    const slug = matcher.organization(label.trim(), `attending as "${label}" in ${context.group}`);
    return { party: { organization: slug }, label, role: groupRole };
  }
  return readPerson(label, context);
}

interface PersonParts {
  name: string;
  role?: Role;
  title?: string;
  affiliationText?: string;
  guessed?: boolean;
}

function readPerson(label: string, context: EntryContext): DraftAttendee {
  const { matcher } = context;
  const parts = personParts(label, context);
  const affiliationName = parts.affiliationText?.trim();
  const affiliation = affiliationName
    ? (matcher.organizationByName(affiliationName) ??
      (looksLikeOrganization(affiliationName)
        ? matcher.organization(affiliationName, `the affiliation of "${label}"`)
        : undefined))
    : context.groupOrganization;
  const title = [parts.title, affiliationName && !affiliation ? affiliationName : undefined].filter(Boolean).join(' ');
  const role = parts.role ?? context.groupRole;
  const reason = `attendee "${label}" in ${context.group}${parts.guessed ? ` (surname guessed as "${parts.name}": check)` : ''}`;
  const person = matcher.personByLabel(label) ?? matcher.person(parts.name, roleClass(role), reason, affiliation);
  if (parts.guessed) context.warnings.push(`attendee "${label}": surname guessed as "${parts.name}"`);
  const suspicious = suspiciousName(parts.name);
  if (suspicious) context.warnings.push(`attendee "${label}" looks wrong: the name "${parts.name}" ${suspicious}`);
  return {
    party: { person },
    label,
    role,
    name: parts.name,
    ...(title ? { title } : {}),
    ...(affiliation ? { affiliation } : {}),
  };
}

/** Why a name read from an entry is probably not a name, or undefined. */
export function suspiciousName(name: string): string | undefined {
  if (name === '') return 'is empty';
  if (!/\s/.test(name) && Array.from(name).length > 8) return 'has over 8 characters without a space';
  if (ENDS_IN_ROLE.test(name) || TITLE_END.test(name)) return 'ends in a title or role';
  if (looksLikeOrganization(name)) return 'looks like an organization';
  if (/^(?:敬称略|五十音順|順不同|監査|防衛)$/.test(name)) return 'is a remark or a word, not a name';
  return undefined;
}

/** Splits an entry into name, role, title and affiliation. */
/** 手塚悟(慶應義塾大学教授)【主査】: a role in brackets after the entry. */
const BRACKETED_ROLE = new RegExp(`^(.*?)\\s*[【［]\\s*(${ROLE_ALTERNATION})\\s*[】］]$`);

function personParts(label: string, context: EntryContext): PersonParts {
  const bracketed = BRACKETED_ROLE.exec(label.trim());
  const withoutRole = bracketed?.[1] ?? label.trim();
  const paren = /^(.*?)\s*[（(]([^()（）]*)[)）]\s*$/.exec(withoutRole);
  let main = withoutRole;
  let role = bracketed?.[2] as Role | undefined;
  let affiliationText: string | undefined;
  if (paren) {
    const inner = (paren[2] ?? '').split(/[、，,／/]/).map((part) => part.trim());
    const roles = inner.filter((part) => ROLE_IN_TEXT.test(part));
    const rest = inner.filter((part) => part !== '' && !ROLE_IN_TEXT.test(part)).join('、');
    const before = (paren[1] ?? '').trim();
    // After a bare name, the brackets hold the affiliation; after a title, they may be part of it (情報通信担当).
    const plainName = before.split(/\s+/).every((token) => NAME_TOKEN.test(token)) && !TITLE_END.test(before);
    // 内閣府特命担当大臣（原子力損害賠償・廃炉等支援機構）: after a minister's title, the brackets are the portfolio.
    const restIsOrganization =
      rest !== '' &&
      !/(?:大臣|担当)$/.test(before) &&
      (context.matcher.organizationByName(rest) !== undefined ||
        looksLikeOrganization(rest) ||
        /大学|教授|研究/.test(rest));
    if (roles.length > 0 || restIsOrganization || (plainName && before !== '')) {
      main = before;
      role = (roles[0] as Role | undefined) ?? role;
      if (rest !== '') affiliationText = rest;
    }
  }
  const fromMain = mainParts(main, context);
  const chosenRole = role ?? fromMain.role;
  // 姓 名 委員 サイバー大学（東京大学名誉教授）: the affiliation stands before the brackets, which add to it.
  const chosenAffiliation = fromMain.affiliationText ?? affiliationText;
  const title = [fromMain.title, fromMain.affiliationText ? affiliationText : undefined].filter(Boolean).join(' ');
  return {
    ...fromMain,
    ...(chosenRole ? { role: chosenRole } : {}),
    ...(chosenAffiliation ? { affiliationText: chosenAffiliation } : {}),
    ...(title ? { title } : {}),
  };
}

function mainParts(main: string, context: EntryContext): PersonParts {
  const tokens = main.split(/\s+/).filter(Boolean);
  const roleAt = tokens.findIndex((token) => ROLE_IN_TEXT.test(token));
  if (roleAt > 0) {
    // 姓 名 委員 affiliation
    const after = tokens.slice(roleAt + 1).join(' ');
    return {
      name: spacedPrefix(main, tokens.slice(0, roleAt)),
      role: tokens[roleAt] as Role,
      ...(after ? { affiliationText: after } : {}),
    };
  }
  const suffix = ENDS_IN_ROLE.exec(main)?.[1] as Role | undefined;
  if (suffix && tokens.length <= 2 && main.length > suffix.length) {
    // 鵜飼構成員, 山田太郎委員長, 山田 太郎委員
    return { name: main.slice(0, main.length - suffix.length).trim(), role: suffix };
  }
  if (tokens.length <= 2 && tokens.every((token) => NAME_TOKEN.test(token)) && !TITLE_END.test(main)) {
    // 山田, 山田 太郎: a name alone, the role is the group's.
    return { name: main };
  }
  const named = nameBeforeTitles(main, tokens);
  if (named) return named;
  const nameTokens = tokens.slice(0, -1);
  if (
    nameTokens.length >= 1 &&
    nameTokens.length <= 2 &&
    nameTokens.every((token) => isNameToken(token)) &&
    TITLE_END.test(tokens.at(-1) ?? '') &&
    (nameTokens.length === 2 || (tokens.at(-1)?.length ?? 0) > 3)
  ) {
    // 姓 名 title, as ministers are listed: 菅 義偉 内閣官房長官
    return { name: spacedPrefix(main, nameTokens), title: tokens.at(-1) ?? '' };
  }
  return officialParts(main, tokens, context);
}

/**
 * 姓 名 and titles after them, as a cabinet's list prints its ministers: 城内 実 経済安全保障担当大臣
 * 内閣府特命担当大臣（…）, 浅尾慶一郎 環境大臣, 三原じゅん子 内閣府特命担当大臣（こども政策…）.
 */
function nameBeforeTitles(main: string, tokens: string[]): PersonParts | undefined {
  const [first = '', second = '', third] = tokens;
  if (third !== undefined && isNameToken(first) && isNameToken(second) && !isNameToken(third)) {
    // 遠藤 隆 委員（架空商事株式会社代表取締役）: a role word opens the rest.
    const role = ROLE_WORDS.find((word) => new RegExp(`^${word}(?:$|[（(])`).test(third));
    return { name: spacedPrefix(main, [first, second]), title: tokens.slice(2).join(' '), ...(role ? { role } : {}) };
  }
  const titled = (token: string) => /(?:大臣|長官|担当|官|長)(?:[（(][^()（）]*[)）])?/.test(token);
  const fullName = FULL_NAME.test(first) && !looksLikeOrganization(first);
  if (second !== '' && fullName && !isNameToken(second) && titled(tokens.slice(1).join(''))) {
    return { name: first, title: tokens.slice(1).join(' ') };
  }
  return undefined;
}

/** 松井官房審議官, 商務情報政策局 奥家サイバーセキュリティ課長: the surname opens the last part. */
function officialParts(main: string, tokens: string[], context: EntryContext): PersonParts {
  const lastPart = tokens.at(-1) ?? main;
  const known = context.matcher.knownNames().find((candidate) => lastPart.startsWith(candidate));
  const prefix = tokens.slice(0, -1).join(' ');
  // 内閣官房情報セキュリティセンター 山田参事官: the organization printed before the name.
  const prefixIsOrganization =
    prefix !== '' && (context.matcher.organizationByName(prefix) !== undefined || looksLikeOrganization(prefix));
  if (prefixIsOrganization) return { ...officialParts(lastPart, [lastPart], context), affiliationText: prefix };
  if (known) return { name: known, title: [prefix, lastPart.slice(known.length)].filter(Boolean).join(' ') || '' };
  if (!TITLE_END.test(lastPart)) return { name: lastPart, ...(prefix ? { title: prefix } : {}) };
  // The surname's length is not printed; two characters is the usual case, and certain when the
  // rest is a title as a whole (田中課長); otherwise the editor checks it.
  const guess = lastPart.slice(0, 2);
  const rest = lastPart.slice(2);
  const certain = WHOLE_TITLES.has(rest) || Array.from(lastPart).length <= 3;
  return { name: guess, title: [prefix, rest].filter(Boolean).join(' '), ...(certain ? {} : { guessed: true }) };
}

/** The first tokens of a text with the spacing the source gives them. */
function spacedPrefix(text: string, tokens: string[]): string {
  const last = tokens.at(-1) ?? '';
  let at = 0;
  for (const token of tokens) at = text.indexOf(token, at) + token.length;
  return text.slice(0, at).trim() || last;
}
