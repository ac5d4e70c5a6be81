import type { DerivedRecord } from '~/record/derive';
import { attendanceMatrix, CHART_MEETINGS } from '~/site/charts';
import { pageOf } from '~/site/pagination';
import { bodyLists } from './paged';
import { numberedPages, pageParams, required } from './shared';

/** Every page of every body: its sessions on the page, who attended, the hosting ministry. */
export function bodyPaths(record: DerivedRecord) {
  return numberedPages(record.bodies, record.byBody, bodyLists).map((numbered) => {
    const { entry: body, index, page } = numbered;
    const [meetings] = bodyLists(index);
    return {
      params: pageParams('body', numbered),
      props: {
        ...numbered,
        meetings: pageOf(meetings, page),
        /** The number of the page's first session in the whole list. */
        firstNumber: (page - 1) * meetings.perPage + 1,
        attendance: attendanceMatrix(record, body.id, CHART_MEETINGS),
        ministry: body.data.ministry && record.organizations.get(body.data.ministry.id),
      },
    };
  });
}
export type BodyPage = ReturnType<typeof bodyPaths>[number]['props'];

/** Every body with its index, for the list of bodies. */
export const bodiesIndex = (record: DerivedRecord) =>
  [...record.bodies.values()].map((body) => ({ body, index: required(record.byBody, body.id, 'body') }));
