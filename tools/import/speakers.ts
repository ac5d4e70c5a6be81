import { chairRoles } from '../../src/content/schemas/roles.ts';
import { looksLikeOrganization } from './attendee-entry.ts';
import type { Header } from './header.ts';
import { COUNCIL_MEMBER_ROLES, ROLE_WORDS, SPEAKER_LABEL, SPEAKER_SUFFIXES, SURNAME_START } from './patterns.ts';
import { roleClass } from './matching.ts';
import type { DraftAttendee, Role, Speaker } from './types.ts';

/** The suffixes as a regular expression's alternation. */
export const SUFFIX_WORDS = SPEAKER_SUFFIXES.join('|');
export const LABEL = SPEAKER_LABEL;
const SUFFIX_AT_END = new RegExp(`(${SUFFIX_WORDS})$`, 'u');
const CHAIRS = new Set<Role>(chairRoles);
const MEMBER_SUFFIXES = new Set<string>([...ROLE_WORDS, ...COUNCIL_MEMBER_ROLES]);

/** The role word a label ends in, and the name before it ('' for a bare role). */
export function splitLabel(label: string): { name: string; suffix: string } {
  // 三原内閣府特命担当大臣（こども政策）: the portfolio in brackets follows the title.
  const trimmed = label.trim();
  const withoutPortfolio = trimmed.replace(/[（(][^()（）]*[)）]$/, '');
  const compact = SUFFIX_AT_END.test(withoutPortfolio) ? withoutPortfolio : trimmed;
  const suffix = SUFFIX_AT_END.exec(compact)?.[1] ?? '';
  return { name: compact.slice(0, compact.length - suffix.length).trim(), suffix };
}

const spaceless = (text: string) => text.replace(/\s/g, '');
const members = (header: Header) => header.attendees.flatMap((group) => group.members);
const personOf = (member: DraftAttendee) => ('person' in member.party ? member.party.person : undefined);

/**
 * Who a label names. 座長 and 本部長 are roles, not names: 安田座長 is the member the attendee list
 * prints as 安田構成員 (whose role is then set from the label), and 本部長 alone is whoever the list
 * gives that role.
 */
export function resolveSpeaker(label: string, header: Header): Speaker {
  if (label === '事務局') return { organization: header.publisher };
  // The label as the list prints it, but for the spacing: ミナトマーケット株式会社 白石執行役員.
  const exact = members(header).find((member) => spaceless(member.label) === spaceless(label));
  if (exact) return exact.party;
  const { name, suffix } = splitLabel(label);
  if (name === '') {
    // A bare 委員 or 構成員 is any member: only a role one person holds (座長, 本部長) names someone.
    if (!CHAIRS.has(suffix as Role)) return { anonymous: true };
    const holders = members(header).filter((member) => member.role === suffix && personOf(member));
    const [holder] = holders;
    return holders.length === 1 && holder ? holder.party : { anonymous: true };
  }
  const named = listedAs(label, name, header);
  const [member] = named;
  if (named.length === 1 && member) {
    // 安田座長 is the member's role here; 南雲国家公安委員会委員長 is a title held elsewhere.
    const byName = (member.name ?? member.label).replace(/\s/g, '').startsWith(name.replace(/\s/g, ''));
    if (byName && CHAIRS.has(suffix as Role) && roleClass(member.role) === 'member' && !CHAIRS.has(member.role))
      member.role = suffix as Role;
    return member.party;
  }
  const wanted = MEMBER_SUFFIXES.has(suffix) ? 'member' : 'official';
  const surname = surnameOf(name);
  const guessed = surname !== name.replace(/\s/g, '');
  const stubName = guessed ? surname : name;
  const slug = header.matcher.speaker(stubName, wanted, `speaker "${label}" is not in the attendee list`);
  header.warnings.push(
    named.length > 1
      ? `speaker "${label}" could be any of ${named.map((m) => m.label).join(', ')}: proposed as ${slug}`
      : `speaker "${label}" is not in the attendee list: proposed as ${slug}${guessed ? ` (surname guessed as "${stubName}": check)` : ''}`,
  );
  return { person: slug };
}

/**
 * The listed people a label can name: by name or surname (樫谷部会長 for 樫谷隆夫部会長), else by the
 * name the label opens with (茂木IT担当大臣 for 茂木 敏充, 浅尾環境大臣 for 浅尾慶一郎), the longest such.
 */
function listedAs(label: string, name: string, header: Header): DraftAttendee[] {
  const people = members(header).filter((member) => personOf(member) !== undefined);
  const byName = (wanted: string) =>
    people.filter((member) => {
      const memberName = member.name ?? '';
      const surname = memberName.replace(/\s.*$/, '');
      return (
        memberName === wanted || surname === wanted || (memberName === '' ? member.label : surname).startsWith(wanted)
      );
    });
  const named = byName(name);
  if (named.length > 0) return named;
  // ミナトマーケット株式会社白石執行役員: the speaker's organization printed before the name.
  const withoutOrganization = afterOrganization(spaceless(name));
  const namedAfter = withoutOrganization ? byName(withoutOrganization) : [];
  if (namedAfter.length > 0) return namedAfter;
  const compact = label.replace(/\s/g, '');
  const opening = (member: DraftAttendee) => {
    const memberName = member.name ?? '';
    if (/\s/.test(memberName)) {
      const surname = memberName.replace(/\s.*$/, '');
      return compact.startsWith(surname) ? surname.length : 0;
    }
    // A full name printed without a space: the label opens with its first two characters or more.
    let shared = 0;
    while (shared < memberName.length && compact[shared] === memberName[shared]) shared += 1;
    return shared >= 2 ? shared : 0;
  };
  const longest = Math.max(0, ...people.map(opening));
  return longest === 0 ? [] : people.filter((member) => opening(member) === longest);
}

/** The name after an organization's name that opens a label's name part (株式会社…白石), if any. */
function afterOrganization(name: string): string | undefined {
  const chars = Array.from(name);
  for (let cut = chars.length - 1; cut >= 2; cut -= 1) {
    if (looksLikeOrganization(chars.slice(0, cut).join(''))) return chars.slice(cut).join('');
  }
  return undefined;
}

/**
 * The surname a label's name part opens with, where a title follows it (城内人工知能戦略担当,
 * 平デジタル, あべ文部科学): the name alone when it is short. Only a guess: the editor checks it.
 */
function surnameOf(name: string): string {
  const compact = name.replace(/\s/g, '');
  if (Array.from(compact).length <= 4 || /^[^（(]{1,4}[（(]/.test(compact)) return compact;
  return SURNAME_START.exec(compact)?.[0] ?? compact;
}
