import { benefitRowsFrom, type BenefitRow, type BenefitsEvent } from '@orgledger/domain';
import type { RecordedEvent } from '@orgledger/event-store';
import { defineReadModel } from '../platform/read-model';

export type BenefitReadRow = BenefitRow & { programmeId: string };

const programmeOf = (e: RecordedEvent) => e.streamName.slice(e.streamName.indexOf('_') + 1);

// One row per benefit: a status change folds into the stored row, which is why this is key + project.
export const benefitModel = defineReadModel<BenefitReadRow>({
  name: 'benefit',
  categories: ['benefitsRegister'],
  key: (e) => {
    const benefitId = (e.data as { benefitId?: unknown }).benefitId;
    return typeof benefitId === 'string' ? { tenantId: e.metadata.tenantId, id: benefitId, parentId: programmeOf(e) } : null;
  },
  evolve: (stored, e) => {
    const current = stored;
    const [next] = benefitRowsFrom({ type: e.type, data: e.data } as BenefitsEvent, current);
    return next ? { ...next.row, programmeId: programmeOf(e) } : current;
  },
});
