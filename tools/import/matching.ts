import { memberRoles } from '../../src/content/schemas/roles.ts';
import type { KnownRecord, Stub } from './types.ts';

/** Roles that make someone a member of the body, as opposed to an observer or an official. */
const MEMBER_ROLES = new Set<string>(memberRoles);

export type RoleClass = 'member' | 'observer' | 'official';

export function roleClass(role: string): RoleClass {
  if (MEMBER_ROLES.has(role)) return 'member';
  return role === 'オブザーバー' || role === '説明者' ? 'observer' : 'official';
}

type Collection = 'people' | 'organizations' | 'bodies';

/** Slugs a new stub must not take: the record's, and those already in the output folder. */
export function takenSlugs(record: KnownRecord, collection: Collection): Set<string> {
  const own =
    collection === 'people' ? record.people : collection === 'organizations' ? record.organizations : record.bodies;
  return new Set([...own.map((entry) => entry.slug), ...(record.reserved?.[collection] ?? [])]);
}

/** The first of prefix, prefix-02… (people and organizations: prefix-01…) that is free. */
export function freshSlug(taken: ReadonlySet<string>, prefix: string, numberFirst = false): string {
  if (!numberFirst && !taken.has(prefix)) return prefix;
  for (let n = numberFirst ? 1 : 2; ; n += 1) {
    const slug = `${prefix}-${String(n).padStart(2, '0')}`;
    if (!taken.has(slug)) return slug;
  }
}

/**
 * Resolves names against the record and collects stubs for what it lacks. A name is matched first
 * among those who attended the same body, by the class of role they held (two 吉岡 attend one task
 * force, a member and an official), then across the record. A name that could be two people is
 * never merged: the editor gets a stub and a warning naming both.
 */
export class Matcher {
  readonly stubs: Stub[] = [];
  readonly warnings: string[] = [];
  private warn(message: string): void {
    if (!this.warnings.includes(message)) this.warnings.push(message);
  }
  private readonly newPeople = new Map<string, string>();
  private readonly newOrganizations = new Map<string, string>();
  private readonly record: KnownRecord;
  readonly body: string;

  constructor(record: KnownRecord, body: string) {
    this.record = record;
    this.body = body;
  }

  organizationByName(text: string): string | undefined {
    const wanted = text.trim();
    const compact = (value: string) => value.replace(/\s/g, '');
    const hit = this.record.organizations.find((org) =>
      [org.name, org.abbreviation, ...org.aliases].some(
        (name) => name !== undefined && name !== '' && compact(name) === compact(wanted),
      ),
    );
    return hit?.slug ?? this.newOrganizations.get(wanted);
  }

  /** An organization attending or named as an affiliation; a stub when the record lacks it. */
  organization(name: string, reason: string): string {
    const known = this.organizationByName(name);
    if (known) return known;
    const taken = new Set([...takenSlugs(this.record, 'organizations'), ...this.stubs.map((stub) => stub.slug)]);
    const slug = freshSlug(taken, 'new-organization', true);
    this.newOrganizations.set(name.trim(), slug);
    this.stubs.push({ collection: 'organizations', slug, name: name.trim(), reason });
    return slug;
  }

  /** The person this body's past attendee lists printed with exactly this label. */
  personByLabel(label: string): string | undefined {
    return this.record.attendances.find((a) => a.body === this.body && a.label === label && a.person)?.person;
  }

  /** The one person of the record this name can be; undefined when none or several (then flagged). */
  personByName(name: string, wantedClass?: RoleClass): string | undefined {
    const named = new Set(this.record.people.filter((p) => p.name === name).map((p) => p.slug));
    const fresh = this.newPeople.get(`${name}\u0000${wantedClass ?? ''}`);
    if (named.size === 0) return fresh;
    const here = this.record.attendances.filter((a) => a.body === this.body && a.person && named.has(a.person));
    const sameClass = here.filter((a) => wantedClass === undefined || roleClass(a.role) === wantedClass);
    const inBody = new Set((sameClass.length > 0 ? sameClass : here).map((a) => a.person ?? ''));
    if (inBody.size > 0) return this.single(name, inBody, fresh);
    // Elsewhere in the record, a person who held the same class of role; a member is not an official.
    const elsewhere = this.record.attendances.filter((a) => a.person && named.has(a.person));
    const sameClassElsewhere = new Set(
      elsewhere
        .filter((a) => wantedClass === undefined || roleClass(a.role) === wantedClass)
        .map((a) => a.person ?? ''),
    );
    if (sameClassElsewhere.size === 0) {
      if (fresh === undefined)
        this.warn(
          `"${name}" may be ${[...named].join(' or ')}, who attended in another role: not merged; a stub was written`,
        );
      return fresh;
    }
    const matched = this.single(name, sameClassElsewhere, fresh);
    if (matched && matched !== fresh)
      this.warn(`"${name}" matched ${matched}, who attended another body: check it is the same person`);
    return matched;
  }

  /** The one candidate, or the stub already made for an ambiguous name (flagged once). */
  private single(name: string, candidates: Set<string>, fresh: string | undefined): string | undefined {
    const [only] = candidates;
    if (candidates.size === 1 && only) return only;
    if (fresh === undefined) {
      this.warn(
        `"${name}" could be any of ${[...candidates].join(', ')}: not merged; a stub was written, point it at the right one`,
      );
    }
    return fresh;
  }

  /** Names already known in this body, longest first, to find a name inside a label. */
  knownNames(): string[] {
    const slugs = new Set(this.record.attendances.filter((a) => a.body === this.body).map((a) => a.person));
    return [...new Set(this.record.people.filter((p) => slugs.has(p.slug)).map((p) => p.name))].sort(
      (a, b) => b.length - a.length,
    );
  }

  /**
   * A speaker the attendee list does not name, known by a surname alone: the person of that name
   * who attended this body, else a stub. A surname is no evidence across bodies, so none is merged.
   */
  speaker(name: string, wantedClass: RoleClass, reason: string): string {
    const named = new Set(this.record.people.filter((p) => p.name === name).map((p) => p.slug));
    const here = new Set(
      this.record.attendances
        .filter((a) => a.body === this.body && a.person && named.has(a.person) && roleClass(a.role) === wantedClass)
        .map((a) => a.person ?? ''),
    );
    const [only] = here;
    if (here.size === 1 && only) return only;
    const fresh = this.newPeople.get(`${name}\u0000${wantedClass}`);
    if (fresh) return fresh;
    const taken = new Set([...takenSlugs(this.record, 'people'), ...this.stubs.map((stub) => stub.slug)]);
    const slug = freshSlug(taken, 'new-person', true);
    this.newPeople.set(`${name}\u0000${wantedClass}`, slug);
    this.stubs.push({ collection: 'people', slug, name, reason });
    return slug;
  }

  person(name: string, wantedClass: RoleClass | undefined, reason: string, organization?: string): string {
    const known = this.personByName(name, wantedClass);
    if (known) return known;
    const taken = new Set([...takenSlugs(this.record, 'people'), ...this.stubs.map((stub) => stub.slug)]);
    const slug = freshSlug(taken, 'new-person', true);
    this.newPeople.set(`${name}\u0000${wantedClass ?? ''}`, slug);
    this.stubs.push({ collection: 'people', slug, name, ...(organization ? { organization } : {}), reason });
    return slug;
  }
}
