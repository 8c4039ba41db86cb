import {
  evolveTaxonomy,
  initialTaxonomyState,
  latestSharesFrom,
  type Activity,
  type ActivityReturnEvent,
  type LatestSharesRow,
  type TaxonomyEvent,
} from '@orgledger/domain';
import { defineReadModel, domainEventOf, idAfterTenant } from '../platform/read-model';

export type TaxonomyRow = { programmeId: string; activities: Activity[] };
export type SharesRow = LatestSharesRow & { submittedAt: string; submittedBy: string };

export const taxonomyModel = defineReadModel<TaxonomyRow>({
  name: 'taxonomy',
  categories: ['activityTaxonomy'],
  key: (e) => ({ tenantId: e.metadata.tenantId, id: idAfterTenant(e) }),
  evolve: (row, e) => ({
    programmeId: idAfterTenant(e),
    activities: evolveTaxonomy(row ?? initialTaxonomyState, domainEventOf<TaxonomyEvent>(e)).activities,
  }),
});

// The latest return per post and programme.
export const activitySharesModel = defineReadModel<SharesRow>({
  name: 'activityShares',
  categories: ['activityReturn'],
  rows: (e) => {
    const programmeId = idAfterTenant(e).split('.')[0];
    const by = { submittedAt: e.metadata.occurredAt, submittedBy: e.metadata.actor.displayName };
    return latestSharesFrom(domainEventOf<ActivityReturnEvent>(e)).map((row) => ({
      tenantId: e.metadata.tenantId,
      id: `${programmeId}:${row.postId}`,
      parentId: programmeId,
      row: { ...row, ...by },
    }));
  },
});
