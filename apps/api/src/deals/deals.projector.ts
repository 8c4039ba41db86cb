import { projectDeal, type DealSummary, type DealTerms, type FteDealsEvent } from '@orgledger/domain';
import type { RecordedEvent } from '@orgledger/event-store';
import { defineReadModel, domainEventOf, idAfterTenant } from '../platform/read-model';

// The deal row keeps the terms as well as the summary, so a screen can list the source posts.
export type DealRow = DealSummary & { programmeId: string; terms: DealTerms; offerTerms: DealTerms | null };

// The terms in force and those on the table, after the summary moved to `summary.status`.
const withTerms = (prev: DealRow | null, summary: DealSummary, e: RecordedEvent, programmeId: string): DealRow => {
  const t = (e.data as { terms?: DealTerms }).terms;
  let terms = prev?.terms ?? t!;
  let offerTerms = prev?.offerTerms ?? null;
  if (summary.status === 'proposed' || summary.status === 'countered') ((terms = t ?? terms), (offerTerms = t ?? offerTerms));
  else if (summary.status === 'agreed') ((terms = t ?? terms), (offerTerms = null));
  else if (summary.status === 'amendment_proposed') offerTerms = t ?? offerTerms;
  else offerTerms = null;
  return { ...summary, programmeId, terms, offerTerms };
};

// One row per deal, under its programme (a stream holds one service's deals in a programme).
export const fteDealModel = defineReadModel<DealRow>({
  name: 'fteDeal',
  version: 2, // 2: a deal row carries its notes
  categories: ['fteDeals'],
  key: (e) => ({ tenantId: e.metadata.tenantId, id: String(e.data.dealId), parentId: idAfterTenant(e).split('.')[0] }),
  evolve: (row, e) => {
    const programmeId = idAfterTenant(e).split('.')[0];
    const envelope = { programmeId, occurredAt: e.metadata.occurredAt, authorName: e.metadata.actor.displayName };
    const summary = projectDeal(row, domainEventOf<FteDealsEvent>(e), envelope);
    return summary && withTerms(row, summary, e, programmeId);
  },
});
