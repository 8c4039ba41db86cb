import { asStored, type Upcasters } from '../shared/upcasting';
import type { DesignAuthorityEvent, DesignAuthoritySubmitted } from './events';

type Submitted = DesignAuthoritySubmitted['data'];
type SubmittedV1 = Omit<Submitted, 'snapshot'> & {
  snapshot: Omit<Submitted['snapshot'], 'costs' | 'financeSignOff'> & { costs: Pick<Submitted['snapshot']['costs'], 'totalPence' | 'byPost' | 'basis'> };
};

// v1 snapshots froze the pay of the posts only: they read with no non-pay, no post apart, no
// one-off cost and no record of Finance's sign-off, so their frozen figures show as they were.
const snapshotV1 = (stored: unknown): Submitted => {
  const data = stored as SubmittedV1;
  const { costs } = data.snapshot;
  return {
    ...data,
    snapshot: {
      ...data.snapshot,
      costs: { ...costs, nonPay: [], notGraded: [], notGradedPence: 0, oneOff: [], oneOffPence: 0, financialYear: null, goLiveDate: null },
      financeSignOff: null,
    },
  };
};

// Every stored version of each event of this context, read into today's shape.
export const designAuthorityUpcasters: Upcasters<DesignAuthorityEvent> = {
  DesignAuthoritySubmitted: { 1: snapshotV1, 2: asStored },
  DesignAuthorityDecided: { 1: asStored },
  ConditionDischarged: { 1: asStored },
};
