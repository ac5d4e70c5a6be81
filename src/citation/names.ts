/**
 * Authors as reference managers read them. Zotero splits a `citation_author` without a comma at
 * its last space (given name first), so a Japanese name with a space, `名和 太郎`, comes out
 * reversed, and an organisation name with a space becomes a fake person. A person is written
 * `姓, 名` where the record has a given name; anything else is one token with no space.
 */
export type Creator = { kind: 'person'; family: string; given?: string } | { kind: 'group'; name: string };

const spaces = /[\s\u3000]+/gu;

/**
 * A person's name as the record writes it: family name first (the Japanese order), a space before
 * the given name where the source gives one. Usually only a family name.
 */
export function personCreator(name: string): Creator {
  const [family = '', ...given] = name.trim().split(spaces);
  return given.length > 0 ? { kind: 'person', family, given: given.join(' ') } : { kind: 'person', family };
}

/** An organisation, a council, or a speaker the source does not name: one token, spaces removed. */
export const groupCreator = (name: string): Creator => ({ kind: 'group', name: name.replace(spaces, '') });

/** The name for `citation_author` and `DC.creator`: `姓, 名`, or one token. */
export function creatorText(creator: Creator): string {
  if (creator.kind === 'group') return creator.name;
  return creator.given === undefined ? creator.family : `${creator.family}, ${creator.given}`;
}

/**
 * The CSL name Zotero exports for the creator it reads from `creatorText`: family and given
 * where there is a comma, otherwise one field (Zotero's single-field mode, CSL `literal`).
 */
export function cslName(creator: Creator): { family: string; given: string } | { literal: string } {
  if (creator.kind === 'person' && creator.given !== undefined) return { family: creator.family, given: creator.given };
  return { literal: creator.kind === 'group' ? creator.name : creator.family };
}
