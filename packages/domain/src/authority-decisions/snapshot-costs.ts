import { formatPence, isFinancialYear, requireCivilDate, requirePence, requireText, type CivilDate, type Money } from '../shared/values';
import type { ProgrammeCosts } from '../costing';
import { bad, items, key, known, unique } from './snapshot-checks';
import { MAX_COSTING_BASIS } from './snapshot-limits';

// v2 (schemaVersion 2): the year's recurring cost from the one costing model (posts at full cost
// plus non-pay, part-year from the go-live date), posts with no grade yet apart at their indicative
// figure, and one-off transition costs beside it. v1 submissions read with these empty and null.
export type SnapshotCosts = {
  totalPence: Money; // byPost + nonPay: the year's "needed"
  byPost: { designPostId: string; pence: Money }[];
  nonPay: { label: string; pence: Money }[];
  notGraded: { designPostId: string; pence: Money }[];
  notGradedPence: Money;
  oneOff: { kind: string; label: string; pence: Money }[];
  oneOffPence: Money;
  financialYear: string | null;
  goLiveDate: CivilDate | null;
  basis: string;
};
// Whether the council's finance partner had signed off the budget of that year, and for these figures.
export type SnapshotFinanceSignOff = { signedOff: boolean; signedOn: CivilDate | null; current: boolean };

const lines = <T extends { pence: Money }>(field: string, value: unknown, each: (line: T) => T): { list: T[]; total: Money } => {
  const list = items<T>(field, value).map((line) => {
    if (typeof line !== 'object' || line === null) throw bad(`${field} has an entry that is not a line.`, field);
    return each({ ...line, pence: requirePence('postCost', line.pence) });
  });
  return { list, total: list.reduce((sum, l) => sum + l.pence, 0) };
};

// Costs add up as an auditor adds them: posts + non-pay = total; the lines not graded and the
// one-off lines add up to their own totals, which are never part of the total.
export const validateCosts = (costs: SnapshotCosts, postIds: Set<string>): SnapshotCosts => {
  const post = (field: string) => (l: { designPostId: string; pence: Money }) => {
    const designPostId = key(field, l.designPostId);
    known(field, designPostId, postIds);
    return { designPostId, pence: l.pence };
  };
  const byPost = lines('costs.byPost', costs.byPost, post('costs.byPost'));
  const nonPay = lines('costs.nonPay', costs.nonPay, (l: { label: string; pence: Money }) => ({
    label: requireText('label', l.label, { max: 120 }),
    pence: l.pence,
  }));
  const notGraded = lines('costs.notGraded', costs.notGraded, post('costs.notGraded'));
  const oneOff = lines('costs.oneOff', costs.oneOff, (l: { kind: string; label: string; pence: Money }) => ({
    kind: requireText('kind', l.kind, { max: 40 }),
    label: requireText('label', l.label, { max: 200 }),
    pence: l.pence,
  }));
  unique(
    'costs.byPost',
    byPost.list.map((l) => l.designPostId),
  );
  const both = [...byPost.list, ...notGraded.list].map((l) => l.designPostId);
  unique('costs.notGraded', both);
  const totalPence = requirePence('totalCost', costs.totalPence);
  if (byPost.total + nonPay.total !== totalPence) {
    throw bad(
      `costs by post and non-pay add up to ${formatPence(byPost.total + nonPay.total)} but the total is ${formatPence(totalPence)}.`,
      'costs.totalPence',
    );
  }
  if (requirePence('notGradedCost', costs.notGradedPence) !== notGraded.total)
    throw bad('the posts not graded do not add up to their total.', 'costs.notGradedPence');
  if (requirePence('oneOffCost', costs.oneOffPence) !== oneOff.total) throw bad('the one-off costs do not add up to their total.', 'costs.oneOffPence');
  if (costs.financialYear != null && !isFinancialYear(costs.financialYear)) throw bad('the financial year is written like 2026/27.', 'costs.financialYear');
  return {
    totalPence,
    byPost: byPost.list,
    nonPay: nonPay.list,
    notGraded: notGraded.list,
    notGradedPence: notGraded.total,
    oneOff: oneOff.list,
    oneOffPence: oneOff.total,
    financialYear: costs.financialYear ?? null,
    goLiveDate: costs.goLiveDate == null ? null : requireCivilDate('goLiveDate', costs.goLiveDate),
    basis: requireText('costingBasis', costs.basis, { max: MAX_COSTING_BASIS }),
  };
};

export const validateSignOff = (value: SnapshotFinanceSignOff | null | undefined): SnapshotFinanceSignOff | null => {
  if (value == null) return null;
  if (typeof value.signedOff !== 'boolean' || typeof value.current !== 'boolean') throw bad('the Finance sign-off must say yes or no.', 'financeSignOff');
  const signedOn = value.signedOn == null ? null : requireCivilDate('signedOn', value.signedOn);
  if (value.signedOff !== (signedOn !== null)) throw bad('a Finance sign-off has a date exactly when it was given.', 'financeSignOff');
  return { signedOff: value.signedOff, signedOn, current: value.signedOff && value.current };
};

// The costs a submission freezes, straight from the one costing model's figures for the year.
export const snapshotCostsOf = (costs: ProgrammeCosts, basis: string): SnapshotCosts => ({
  totalPence: costs.recurring.totalPence,
  byPost: costs.recurring.lines.flatMap((l) => (l.designPostId ? [{ designPostId: l.designPostId, pence: l.pence }] : [])),
  nonPay: costs.recurring.lines.filter((l) => !l.designPostId).map((l) => ({ label: l.label, pence: l.pence })),
  notGraded: costs.indicative.lines.map((l) => ({ designPostId: l.designPostId, pence: l.pence })),
  notGradedPence: costs.indicative.pence,
  oneOff: costs.oneOff.lines.map((l) => ({ kind: l.kind, label: l.label, pence: l.pence })),
  oneOffPence: costs.oneOff.totalPence,
  financialYear: costs.financialYear,
  goLiveDate: costs.goLiveDate,
  basis,
});
