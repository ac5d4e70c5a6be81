import type { DerivedRecord } from '~/record/derive';
import { pageOf } from '~/site/pagination';
import { personLists } from './paged';
import { numberedPages, pageParams, required } from './shared';

/** Every page of every person: the lists of the page, the labels the minutes use, the affiliation. */
export function personPaths(record: DerivedRecord) {
  return numberedPages(record.people, record.byPerson, personLists).map((numbered) => {
    const { entry: person, index, page } = numbered;
    const [attendance, recommendations, statements] = personLists(index);
    return {
      params: pageParams('person', numbered),
      props: {
        ...numbered,
        attendance: pageOf(attendance, page),
        recommendations: pageOf(recommendations, page),
        statements: pageOf(statements, page),
        organization: person.data.organization && record.organizations.get(person.data.organization.id),
        labels: [...new Set(index.attendance.map((a) => a.attendee.label))],
      },
    };
  });
}
export type PersonPage = ReturnType<typeof personPaths>[number]['props'];

/** Every person with their index, for the list of people. */
export const peopleIndex = (record: DerivedRecord) =>
  [...record.people.values()].map((person) => ({ person, index: required(record.byPerson, person.id, 'person') }));
