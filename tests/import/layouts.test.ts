import { describe, expect, it } from 'vitest';
import { importMinutes } from '../../tools/import/import-minutes';
import type { Draft, KnownRecord } from '../../tools/import/types';
import { layoutCorpus, type Expected, type Variation } from './layout-corpus';
import { record } from './helpers';

/** The record with the invented committee's body, as an editor would have added it before importing. */
const withBody: KnownRecord = {
  ...record,
  bodies: [
    ...record.bodies,
    { slug: 'test-committee', name: '情報セキュリティ政策会議 技術検討専門委員会', ministry: 'nisc' },
  ],
};

const corpus = layoutCorpus();

interface Score {
  header: boolean;
  attendees: [right: number, of: number];
  statements: [right: number, of: number];
  problems: string[];
}

function score(draft: Draft, expected: Expected): Score {
  const problems: string[] = [];
  const header = { session: draft.session, date: draft.date, start: draft.start, end: draft.end, venue: draft.venue };
  const wantedHeader = {
    session: expected.session,
    date: expected.date,
    start: expected.start,
    end: expected.end,
    venue: expected.venue,
  };
  const headerRight = JSON.stringify(header) === JSON.stringify(wantedHeader);
  if (!headerRight) problems.push(`header ${JSON.stringify(header)} is not ${JSON.stringify(wantedHeader)}`);
  const members = draft.attendees.flatMap((group) => group.members);
  const stubName = (slug: string) => draft.stubs.find((stub) => stub.slug === slug)?.name;
  let attendeesRight = 0;
  expected.attendees.forEach((wanted, index) => {
    const got = members[index];
    const name = got && 'person' in got.party ? stubName(got.party.person) : undefined;
    const right = got?.label === wanted.label && got.role === wanted.role && name === wanted.name;
    if (right) attendeesRight += 1;
    else
      problems.push(
        `attendee ${index + 1}: got ${JSON.stringify([got?.label, got?.role, name])}, want ${JSON.stringify([wanted.label, wanted.role, wanted.name])}`,
      );
  });
  if (members.length !== expected.attendees.length)
    problems.push(`${members.length} attendees, want ${expected.attendees.length}`);
  const statements = draft.items.flatMap((item) =>
    item.type === 'statement' ? [{ label: item.label, speaker: item.speaker, text: item.paragraphs.join('') }] : [],
  );
  let statementsRight = 0;
  expected.statements.forEach((wanted, index) => {
    const got = statements[index];
    const text = got?.text;
    const speakerRight = wanted.anonymous
      ? got !== undefined && 'anonymous' in got.speaker
      : speakerIs(got?.speaker, wanted.label, draft);
    if (got?.label === wanted.label && text === wanted.text && speakerRight) statementsRight += 1;
    else
      problems.push(
        `statement ${index + 1}: got ${JSON.stringify([got?.label, got?.speaker, text])}, want ${JSON.stringify([wanted.label, wanted.text])}`,
      );
  });
  if (statements.length !== expected.statements.length)
    problems.push(`${statements.length} statements, want ${expected.statements.length}`);
  return {
    header: headerRight,
    attendees: [attendeesRight, expected.attendees.length],
    statements: [statementsRight, expected.statements.length],
    problems,
  };
}

/** 事務局 is the publisher; a member's label names the attendee whose name starts with its surname. */
function speakerIs(speaker: unknown, label: string, draft: Draft): boolean {
  if (label === '事務局') return JSON.stringify(speaker) === JSON.stringify({ organization: draft.source.publisher });
  const surname = label.slice(0, 2);
  const member = draft.attendees.flatMap((group) => group.members).find((m) => m.label.startsWith(surname));
  return member !== undefined && JSON.stringify(speaker) === JSON.stringify(member.party);
}

function importVariation(variation: Variation): Score {
  try {
    return score(importMinutes(variation.text, withBody), variation.expected);
  } catch (error) {
    const of = variation.expected;
    return {
      header: false,
      attendees: [0, of.attendees.length],
      statements: [0, of.statements.length],
      problems: [String(error)],
    };
  }
}

describe('the layout corpus', () => {
  const results = corpus.map((variation) => ({ variation, result: importVariation(variation) }));

  it('covers every trait of the layouts the councils use', () => {
    expect(corpus.length).toBeGreaterThan(200);
    expect(new Set(corpus.map((variation) => variation.text)).size).toBe(corpus.length);
  });

  it('reads every variation: header, attendees and statements', () => {
    const sum = (pick: (score: Score) => [number, number]) =>
      results.reduce<[number, number]>(
        ([right, of], { result }) => [right + pick(result)[0], of + pick(result)[1]],
        [0, 0],
      );
    const [attendeesRight, attendees] = sum((r) => r.attendees);
    const [statementsRight, statements] = sum((r) => r.statements);
    const headers = results.filter(({ result }) => result.header).length;
    console.log(
      `layout corpus: ${corpus.length} variations; headers ${headers}/${corpus.length}, attendees ${attendeesRight}/${attendees}, statements ${statementsRight}/${statements}`,
    );
    const failed = results.filter(({ result }) => result.problems.length > 0);
    expect(
      failed
        .slice(0, 5)
        .map(({ variation, result }) => `${variation.name}\n  ${result.problems.slice(0, 4).join('\n  ')}`),
    ).toEqual([]);
  });
});
