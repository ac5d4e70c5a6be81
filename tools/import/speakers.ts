import { chairRoles } from '../../src/content/schemas/roles.ts';
import type { Header } from './header.ts';
import { OBSERVER_WORDS, OFFICIAL_TITLES, ROLE_WORDS, SPEAKER_NAME } from './patterns.ts';
import { roleClass } from './matching.ts';
import type { DraftAttendee, Role, Speaker } from './types.ts';

const SUFFIXES = [...ROLE_WORDS, ...OBSERVER_WORDS, ...OFFICIAL_TITLES].sort((a, b) => b.length - a.length);
/** The suffixes as a regular expression's alternation. */
export const SUFFIX_WORDS = SUFFIXES.join('|');
/** A speaker's label: 岡村構成員, 安田座長, 徳田座長代理, 菅本部長, 松井審議官, 事務局, or 委員 alone. */
export const LABEL = String.raw`(?:事務局|(?:${SPEAKER_NAME})?(?:${SUFFIXES.join('|')}))`;
const SUFFIX_AT_END = new RegExp(`(${SUFFIXES.join('|')})$`, 'u');
const CHAIRS = new Set<Role>(chairRoles);

/** The role word a label ends in, and the name before it ('' for a bare role). */
export function splitLabel(label: string): { name: string; suffix: string } {
  const compact = label.trim();
  const suffix = SUFFIX_AT_END.exec(compact)?.[1] ?? '';
  return { name: compact.slice(0, compact.length - suffix.length).trim(), suffix };
}

const members = (header: Header) => header.attendees.flatMap((group) => group.members);
const personOf = (member: DraftAttendee) => ('person' in member.party ? member.party.person : undefined);

/**
 * Who a label names. 座長 and 本部長 are roles, not names: 安田座長 is the member the attendee list
 * prints as 安田構成員 (whose role is then set from the label), and 本部長 alone is whoever the list
 * gives that role.
 */
export function resolveSpeaker(label: string, header: Header): Speaker {
  if (label === '事務局') return { organization: header.publisher };
  const exact = members(header).find((member) => member.label === label);
  if (exact) return exact.party;
  const { name, suffix } = splitLabel(label);
  if (name === '') {
    // A bare 委員 or 構成員 is any member: only a role one person holds (座長, 本部長) names someone.
    if (!CHAIRS.has(suffix as Role)) return { anonymous: true };
    const holders = members(header).filter((member) => member.role === suffix && personOf(member));
    const [holder] = holders;
    return holders.length === 1 && holder ? holder.party : { anonymous: true };
  }
  const named = members(header).filter((member) => {
    if (!personOf(member)) return false;
    const memberName = member.name ?? '';
    const surname = memberName.replace(/\s.*$/, '');
    return memberName === name || surname === name || (memberName === '' ? member.label : surname).startsWith(name);
  });
  // 樫谷部会長 for 樫谷隆夫部会長, 茂木IT担当大臣 for 茂木 敏充: the label opens with a listed name.
  if (named.length === 0) {
    const compact = label.replace(/\s/g, '');
    named.push(
      ...members(header).filter((m) => {
        const memberName = (m.name ?? '').replace(/\s.*$/, '');
        return personOf(m) !== undefined && memberName.length >= 2 && compact.startsWith(memberName);
      }),
    );
  }
  const [member] = named;
  if (named.length === 1 && member) {
    if (CHAIRS.has(suffix as Role) && roleClass(member.role) === 'member' && !CHAIRS.has(member.role))
      member.role = suffix as Role;
    return member.party;
  }
  const wanted = ROLE_WORDS.includes(suffix as (typeof ROLE_WORDS)[number]) ? 'member' : 'official';
  const slug = header.matcher.person(name, wanted, `speaker "${label}" is not in the attendee list`);
  header.warnings.push(
    named.length > 1
      ? `speaker "${label}" could be any of ${named.map((m) => m.label).join(', ')}: proposed as ${slug}`
      : `speaker "${label}" is not in the attendee list: proposed as ${slug}`,
  );
  return { person: slug };
}
