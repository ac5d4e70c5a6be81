import type { Body, Meeting } from '../types';
import { indexOf, type Lookups } from './shared';

export interface BodyIndex {
  meetings: Meeting[];
  children: Body[];
  /** The chain from the top-level body down to this one, this one excluded. */
  ancestors: Body[];
}

export function deriveBodies(entries: readonly Body[], { bodies, meetingsByDate }: Lookups): Map<string, BodyIndex> {
  const byBody = indexOf<BodyIndex>(entries, () => ({ meetings: [], children: [], ancestors: [] }));
  for (const body of entries) {
    if (body.data.parent) byBody.get(body.data.parent.id)?.children.push(body);
    const index = byBody.get(body.id);
    if (index) index.ancestors = ancestorsOf(body, bodies);
  }
  for (const meeting of meetingsByDate) byBody.get(meeting.data.body.id)?.meetings.push(meeting);
  return byBody;
}

/** Parents up to the top-level body, top first; a loop in the parents stops the chain. */
function ancestorsOf(body: Body, bodies: Map<string, Body>): Body[] {
  const ancestors: Body[] = [];
  const seen = new Set([body.id]);
  for (
    let parent = body.data.parent && bodies.get(body.data.parent.id);
    parent;
    parent = parent.data.parent && bodies.get(parent.data.parent.id)
  ) {
    if (seen.has(parent.id)) break;
    seen.add(parent.id);
    ancestors.unshift(parent);
  }
  return ancestors;
}

/** The ministries that host a body, looking up through its parents. */
export function hostsOf(bodyId: string, bodies: Map<string, Body>, byBody: Map<string, BodyIndex>): string[] {
  const body = bodies.get(bodyId);
  if (!body) return [];
  const chain = [...(byBody.get(bodyId)?.ancestors ?? []), body];
  return [...new Set(chain.flatMap((b) => (b.data.ministry ? [b.data.ministry.id] : [])))];
}
