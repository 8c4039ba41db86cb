import { BENEFIT_STATUSES, type BenefitFields, type BenefitStatus } from '../benefit-fields';
import type { BenefitsEvent } from '../events';

export type BenefitRow = BenefitFields & { statusNote: string | null };

// Rows to upsert, keyed by benefit id. A status change only moves the status, so pass the stored row
// for event.data.benefitId as `current`; without it the change gives no row.
export const benefitRowsFrom = (event: BenefitsEvent, current: BenefitRow | null = null): { benefitId: string; row: BenefitRow }[] => {
  switch (event.type) {
    case 'BenefitRecorded':
      return [{ benefitId: event.data.benefitId, row: { ...event.data, statusNote: null } }];
    case 'BenefitUpdated':
      return [{ benefitId: event.data.benefitId, row: { ...event.data, statusNote: current?.statusNote ?? null } }];
    case 'BenefitStatusChanged':
      return current ? [{ benefitId: current.benefitId, row: { ...current, status: event.data.to, statusNote: event.data.note || null } }] : [];
    default:
      return [];
  }
};

export type BenefitTotals = { cashablePence: number; nonCashablePence: number; byStatus: Record<BenefitStatus, number> };

// Annual amounts summed exactly in pence; byStatus lists every status, zero where there is none.
export const benefitTotals = (benefits: Pick<BenefitFields, 'cashable' | 'annualAmountPence' | 'status'>[]): BenefitTotals => {
  const byStatus = Object.fromEntries(BENEFIT_STATUSES.map((s) => [s, 0])) as Record<BenefitStatus, number>;
  let cashablePence = 0;
  let nonCashablePence = 0;
  for (const b of benefits) {
    if (b.cashable) cashablePence += b.annualAmountPence;
    else nonCashablePence += b.annualAmountPence;
    byStatus[b.status] += b.annualAmountPence;
  }
  return { cashablePence, nonCashablePence, byStatus };
};
