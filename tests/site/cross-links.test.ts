import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveRecord } from '~/record/derive';
import {
  aboutUrl,
  bodyUrl,
  changesUrl,
  homeUrl,
  meetingUrl,
  meetingsIndexUrl,
  organizationUrl,
  personUrl,
  recommendationUrl,
  searchUrl,
  statementPageUrl,
  statementUrl,
  topicUrl,
} from '~/site/urls';
import { allPagePaths, fileForPath, page } from '../helpers/dist';
import { readRecordEntries } from '~/content/read-record';
import { kindNames } from '~/record/kinds';
import { siteKinds } from '~/site/kinds';

// RECORD_CONTENT_DIR and SITE_DIST run these checks on a synthetic corpus's build (see docs/benchmarks.md).
const entries = readRecordEntries(process.env['RECORD_CONTENT_DIR'] ?? 'content');
const record = deriveRecord(entries);

/** The hrefs of every link inside the page's main content (or inside `scope`). */
function linksOn(path: string, scope = '#main'): Set<string> {
  const $ = page(path);
  return new Set(
    $(scope)
      .find('a[href]')
      .map((_, a) => $(a).attr('href'))
      .get(),
  );
}

/** The record's page and every further page its pager links to (long lists are split over pages). */
function pagesOf(path: string): string[] {
  const $ = page(path);
  const pager = $('nav.pager a[href]')
    .map((_, a) => $(a).attr('href'))
    .get();
  return [...new Set([path, ...pager])];
}

/** The links of a record's main content across all of its pages. */
function linksOnAllPages(path: string): Set<string> {
  return new Set(pagesOf(path).flatMap((p) => [...linksOn(p)]));
}

describe('required topics', () => {
  it.each(['secure-gateways', 'cc-server-control', 'certification', 'insurance', 'medical-devices'])(
    '%s exists and gathers statements',
    (slug) => {
      expect(record.byTopic.get(slug)?.statementCount).toBeGreaterThan(0);
      expect(page(topicUrl(slug))('h1').text()).toBe(record.topics.get(slug)?.data.title);
    },
  );

  it('has at least 15 topics, each used by at least one statement', () => {
    expect(record.topics.size).toBeGreaterThanOrEqual(15);
    const unused = [...record.byTopic].filter(([, index]) => index.statementCount === 0).map(([id]) => id);
    expect(unused).toEqual([]);
  });
});

describe('meeting pages', () => {
  it.each(record.meetingsByDate.map((m) => m.id))(
    '%s: each statement is one element with its ID, speaker, topics and permalink',
    (id) => {
      const meeting = record.meetings.get(id)!;
      const $ = page(meetingUrl(id));
      for (const item of meeting.data.proceedings) {
        if (item.type === 'heading') continue;
        const element = $(`#main article#${item.id}`);
        expect(element, `#${item.id}`).toHaveLength(1);
        const links = new Set(
          element
            .find('a[href]')
            .map((_, a) => $(a).attr('href'))
            .get(),
        );
        expect(links.has(`#${item.id}`), `permalink of #${item.id}`).toBe(true);
        if (item.type === 'note') continue;
        if ('person' in item.speaker) expect(links.has(personUrl(item.speaker.person.id))).toBe(true);
        if ('organization' in item.speaker) expect(links.has(organizationUrl(item.speaker.organization.id))).toBe(true);
        for (const topic of item.topics) expect(links.has(topicUrl(topic.id)), `#${item.id} → ${topic.id}`).toBe(true);
      }
    },
  );
});

describe('cross-links go both ways', () => {
  it('topic page ↔ every statement on the topic', () => {
    for (const [topicId, index] of record.byTopic) {
      const onTopicPage = linksOnAllPages(topicUrl(topicId));
      for (const { meeting, items } of index.byMeeting) {
        for (const item of items) {
          expect(onTopicPage.has(statementUrl(meeting.id, item.id)), `${topicId} → ${meeting.id}#${item.id}`).toBe(
            true,
          );
          expect(linksOn(meetingUrl(meeting.id), `article#${item.id}`).has(topicUrl(topicId))).toBe(true);
        }
      }
    }
  });

  it('person page ↔ every meeting attended and every statement made', () => {
    for (const [personId, index] of record.byPerson) {
      const onPersonPage = linksOnAllPages(personUrl(personId));
      for (const { meeting } of index.attendance) {
        expect(onPersonPage.has(meetingUrl(meeting.id)), `${personId} → ${meeting.id}`).toBe(true);
        expect(linksOn(meetingUrl(meeting.id), '#attendees + dl').has(personUrl(personId))).toBe(true);
      }
      for (const { meeting, item } of index.statements) {
        expect(onPersonPage.has(statementUrl(meeting.id, item.id))).toBe(true);
      }
    }
  });

  it('body page and the list of meetings → every meeting, across their pages', () => {
    for (const [bodyId, index] of record.byBody) {
      const onPage = linksOnAllPages(bodyUrl(bodyId));
      for (const meeting of index.meetings)
        expect(onPage.has(meetingUrl(meeting.id)), `${bodyId} → ${meeting.id}`).toBe(true);
    }
    const onList = linksOnAllPages(meetingsIndexUrl());
    for (const id of record.meetings.keys()) expect(onList.has(meetingUrl(id)), `/meetings/ → ${id}`).toBe(true);
  });

  it('organization page ↔ every meeting it took part in, in any role', () => {
    for (const [organizationId, index] of record.byOrganization) {
      const onPage = linksOnAllPages(organizationUrl(organizationId));
      for (const { meeting } of index.participation) {
        expect(onPage.has(meetingUrl(meeting.id)), `${organizationId} → ${meeting.id}`).toBe(true);
      }
    }
    const soumu = record.byOrganization
      .get('soumu')!
      .participation.map((p) => [p.meeting.data.date, p.roles.join(' ')]);
    expect(soumu).toEqual([
      ['2017-03-27', expect.stringContaining('主催')],
      ['2019-08-02', expect.stringContaining('オブザーバー')],
    ]);
  });

  it('recommendation page ↔ its statement, meeting, response, proposer and topics', () => {
    expect(record.recommendations.size).toBe(entries.recommendations.length);
    for (const [id, { entry, meeting, proposal, response }] of record.recommendations) {
      const onPage = linksOn(recommendationUrl(id));
      expect(onPage.has(statementUrl(meeting.id, proposal.item.id))).toBe(true);
      expect(onPage.has(meetingUrl(meeting.id))).toBe(true);
      if (response) expect(onPage.has(statementUrl(response.meeting.id, response.item.id))).toBe(true);
      expect(linksOn(meetingUrl(meeting.id), `article#${proposal.item.id}`).has(recommendationUrl(id))).toBe(true);
      expect(linksOn(meetingUrl(meeting.id), '#recommendations + ul').has(recommendationUrl(id))).toBe(true);
      if ('person' in proposal.item.speaker)
        expect(linksOnAllPages(personUrl(proposal.item.speaker.person.id)).has(recommendationUrl(id))).toBe(true);
      for (const topic of entry.data.topics)
        expect(linksOnAllPages(topicUrl(topic.id)).has(recommendationUrl(id))).toBe(true);
    }
  });

  it('the adopted wording change of 藤本構成員 is answered by 事務局「そのように修正する」', () => {
    const adopted = record.recommendationsByStatus.get('adopted')!;
    const fujimoto = adopted.find((r) => r.proposal.item.label === '藤本構成員');
    expect(fujimoto?.response?.item.text).toBe('そのように修正する。');
    expect(fujimoto?.response?.item.label).toBe('事務局');
  });
});

describe('every page', () => {
  const paths = allPagePaths();

  it('covers every record', () => {
    // Every entry of every record type has its page, and every type its list (src/site/kinds.ts).
    const recordPages = kindNames.flatMap((kind) => {
      const { indexUrl, url } = siteKinds[kind];
      return [indexUrl(), ...[...record[kind].keys()].map(url)];
    });
    const expected = [
      ...recordPages,
      ...record.spoken.map(({ meeting, item }) => statementPageUrl(meeting.id, item.id)),
      homeUrl(),
      aboutUrl(),
      changesUrl(),
      searchUrl(),
    ];
    // A record whose lists are split has further pages, each linked from its pager.
    expected.push(...expected.flatMap((p) => pagesOf(p).slice(1)));
    expect(paths.filter((p) => !expected.includes(p))).toEqual([]);
    expect(expected.filter((p) => !paths.includes(p))).toEqual([]);
  });

  it('is in Japanese, marks English text as English, and links only to pages and anchors that exist', () => {
    const broken: string[] = [];
    for (const path of paths) {
      const $ = page(path);
      expect($('html').attr('lang'), path).toBe('ja');
      $('.english, .subtitle [lang]').each((_, el) => {
        expect($(el).attr('lang'), path).toBe('en');
      });
      $('a[href]').each((_, a) => {
        const href = $(a).attr('href') ?? '';
        if (/^[a-z]+:/.test(href)) return;
        // A query (a shared search) is read by the page's script; the page itself must exist.
        const url = new URL(href, `http://site${path}`);
        const target = url.pathname;
        const fragment = url.hash.slice(1);
        if (!existsSync(fileForPath(target))) {
          broken.push(`${path} → ${href}`);
          return;
        }
        if (fragment && page(target)(`[id="${decodeURIComponent(fragment)}"]`).length === 0)
          broken.push(`${path} → ${href}`);
      });
    }
    expect(broken).toEqual([]);
  });
});
