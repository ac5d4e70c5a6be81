import type { KnownRecord, Stub } from './types.ts';

/** Roles that make someone a member of the body, as opposed to an observer or an official. */
const MEMBER_ROLES = new Set(['座長', '座長代理', '構成員', '委員']);

export type RoleClass = 'member' | 'observer' | 'official';

export function roleClass(role: string): RoleClass {
  if (MEMBER_ROLES.has(role)) return 'member';
  return role === 'オブザーバー' ? 'observer' : 'official';
}

/**
 * Resolves names against the record and collects stubs for what it lacks. People are matched only
 * among those who attended the same body before: surnames repeat (two 吉岡 attend the same task
 * force), and a match across bodies would attribute words to the wrong person.
 */
export class Matcher {
  readonly stubs: Stub[] = [];
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
    const hit = this.record.organizations.find(
      (org) => org.name === wanted || org.abbreviation === wanted || org.aliases.includes(wanted),
    );
    return hit?.slug ?? this.newOrganizations.get(wanted);
  }

  /** An organization attending or named as an affiliation; a stub when the record lacks it. */
  organization(name: string, reason: string): string {
    const known = this.organizationByName(name);
    if (known) return known;
    const slug = this.freshSlug('organizations', 'new-organization', this.newOrganizations.size + 1);
    this.newOrganizations.set(name, slug);
    this.stubs.push({ collection: 'organizations', slug, name, reason });
    return slug;
  }

  /** The person this body's past attendee lists printed with exactly this label. */
  personByLabel(label: string): string | undefined {
    return this.record.attendances.find((a) => a.body === this.body && a.label === label && a.person)?.person;
  }

  /** People of this body with this name, preferring those who held a role of the same class. */
  personByName(name: string, wantedClass?: RoleClass): string | undefined {
    const named = new Set(this.record.people.filter((p) => p.name === name).map((p) => p.slug));
    const here = this.record.attendances.filter((a) => a.body === this.body && a.person && named.has(a.person));
    const sameClass = here.filter((a) => wantedClass === undefined || roleClass(a.role) === wantedClass);
    const candidates = new Set((sameClass.length > 0 ? sameClass : here).map((a) => a.person));
    const [only] = candidates;
    if (candidates.size === 1 && only) return only;
    return this.newPeople.get(`${name}\u0000${wantedClass ?? ''}`) ?? this.newPeople.get(`${name}\u0000`);
  }

  /** Names already known in this body, longest first, to find a name inside a label. */
  knownNames(): string[] {
    const slugs = new Set(this.record.attendances.filter((a) => a.body === this.body).map((a) => a.person));
    return [...new Set(this.record.people.filter((p) => slugs.has(p.slug)).map((p) => p.name))].sort(
      (a, b) => b.length - a.length,
    );
  }

  person(name: string, wantedClass: RoleClass | undefined, reason: string, organization?: string): string {
    const known = this.personByName(name, wantedClass);
    if (known) return known;
    const slug = this.freshSlug('people', 'new-person', this.newPeople.size + 1);
    this.newPeople.set(`${name}\u0000${wantedClass ?? ''}`, slug);
    this.stubs.push({ collection: 'people', slug, name, ...(organization ? { organization } : {}), reason });
    return slug;
  }

  private freshSlug(collection: 'people' | 'organizations', prefix: string, start: number): string {
    const taken = new Set<string>(
      collection === 'people' ? this.record.people.map((p) => p.slug) : this.record.organizations.map((o) => o.slug),
    );
    for (const stub of this.stubs) taken.add(stub.slug);
    let n = start;
    while (taken.has(`${prefix}-${String(n).padStart(2, '0')}`)) n += 1;
    return `${prefix}-${String(n).padStart(2, '0')}`;
  }
}
