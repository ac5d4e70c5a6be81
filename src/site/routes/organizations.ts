import type { DerivedRecord } from '~/record/derive';
import { pageOf } from '~/site/pagination';
import { organizationLists } from './paged';
import { numberedPages, pageParams, required } from './shared';

/** Every page of every organization: the lists of the page and the parent organization. */
export function organizationPaths(record: DerivedRecord) {
  return numberedPages(record.organizations, record.byOrganization, organizationLists).map((numbered) => {
    const { entry: organization, index, page } = numbered;
    const [participation, recommendations, statements] = organizationLists(index);
    return {
      params: pageParams('organization', numbered),
      props: {
        ...numbered,
        participation: pageOf(participation, page),
        recommendations: pageOf(recommendations, page),
        statements: pageOf(statements, page),
        parent: organization.data.parent && record.organizations.get(organization.data.parent.id),
      },
    };
  });
}
export type OrganizationPage = ReturnType<typeof organizationPaths>[number]['props'];

/** Every organization with its index, for the list of organizations. */
export const organizationsIndex = (record: DerivedRecord) =>
  [...record.organizations.values()].map((organization) => ({
    organization,
    index: required(record.byOrganization, organization.id, 'organization'),
  }));
