import { speakerRef } from '../speakers';
import type { Body, Meeting, Organization, Person } from '../types';
import { hostsOf, type BodyIndex } from './bodies';
import type { ResolvedRecommendation } from './recommendations';
import { getOrCreate, indexOf, type Lookups, type SpokenInMeeting } from './shared';

/** How an organization took part in one meeting. */
export interface Participation {
  meeting: Meeting;
  /** Japanese descriptions, e.g. 主催, オブザーバー, 事務局として発言, 所属者が出席. */
  roles: string[];
}

export interface OrganizationIndex {
  participation: Participation[];
  statements: SpokenInMeeting[];
  /** People whose record names this organization. */
  members: Person[];
  /** Bodies this organization hosts. */
  hosts: Body[];
  recommendations: ResolvedRecommendation[];
  children: Organization[];
}

export interface OrganizationSources {
  organizations: readonly Organization[];
  people: readonly Person[];
  bodies: readonly Body[];
}

export function deriveOrganizations(
  entries: OrganizationSources,
  lookups: Lookups,
  byBody: Map<string, BodyIndex>,
  recommendations: readonly ResolvedRecommendation[],
): Map<string, OrganizationIndex> {
  const byOrganization = indexOf<OrganizationIndex>(entries.organizations, () => ({
    participation: [],
    statements: [],
    members: [],
    hosts: [],
    recommendations: [],
    children: [],
  }));
  for (const body of entries.bodies) {
    if (body.data.ministry) byOrganization.get(body.data.ministry.id)?.hosts.push(body);
  }
  for (const organization of entries.organizations) {
    if (organization.data.parent) byOrganization.get(organization.data.parent.id)?.children.push(organization);
  }
  for (const person of entries.people) {
    if (person.data.organization) byOrganization.get(person.data.organization.id)?.members.push(person);
  }
  for (const entry of lookups.spoken) {
    const speaker = speakerRef(entry.item.speaker);
    if (speaker?.kind === 'organization') byOrganization.get(speaker.id)?.statements.push(entry);
  }
  for (const resolved of recommendations) {
    const speaker = speakerRef(resolved.proposal.item.speaker);
    if (speaker?.kind === 'organization') byOrganization.get(speaker.id)?.recommendations.push(resolved);
  }
  for (const [organizationId, participation] of participationOf(lookups, byBody)) {
    const into = byOrganization.get(organizationId)?.participation;
    for (const entry of participation) into?.push(entry);
  }
  return byOrganization;
}

/** For each organization, the meetings it took part in and how: host, attendee, affiliation, speaker. */
function participationOf({ meetingsByDate, spoken, bodies, people }: Lookups, byBody: Map<string, BodyIndex>) {
  const spokenByMeeting = new Map<Meeting, SpokenInMeeting[]>();
  for (const entry of spoken) getOrCreate(spokenByMeeting, entry.meeting, () => []).push(entry);
  const participation = new Map<string, Participation[]>();
  for (const meeting of meetingsByDate) {
    const roles = new Map<string, Set<string>>();
    const addRole = (organization: string, role: string) => getOrCreate(roles, organization, () => new Set()).add(role);
    for (const host of hostsOf(meeting.data.body.id, bodies, byBody)) addRole(host, '主催');
    for (const { members } of meeting.data.attendees) {
      for (const attendee of members) {
        if (attendee.person) {
          const affiliation = attendee.affiliation?.id ?? people.get(attendee.person.id)?.data.organization?.id;
          if (affiliation) addRole(affiliation, `所属者が出席（${attendee.role}）`);
        }
        if (attendee.organization) addRole(attendee.organization.id, attendee.role);
      }
    }
    for (const { item } of spokenByMeeting.get(meeting) ?? []) {
      const speaker = speakerRef(item.speaker);
      if (speaker?.kind === 'organization') addRole(speaker.id, `${item.label}として発言`);
    }
    for (const [organization, set] of roles) {
      getOrCreate(participation, organization, () => []).push({ meeting, roles: [...set] });
    }
  }
  return participation;
}
