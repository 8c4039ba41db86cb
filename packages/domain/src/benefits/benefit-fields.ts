import { invalid } from './errors';
import { requireCivilDate, requireId, requirePence, requireText, type CivilDate, type Money } from '../shared/values';

export const BENEFIT_STATUSES = ['planned', 'on_track', 'at_risk', 'achieved', 'not_achieved'] as const;
export type BenefitStatus = (typeof BENEFIT_STATUSES)[number];

export type BenefitFields = {
  benefitId: string;
  title: string;
  cashable: boolean; // cashable savings reduce budgets; non-cashable benefits free capacity or improve outcomes
  annualAmountPence: Money;
  owner: string;
  baseline: string;
  targetDate: CivilDate;
  status: BenefitStatus;
};

export const MAX_BENEFIT_TITLE = 200;
export const MAX_BENEFIT_OWNER = 120;
export const MAX_BENEFIT_BASELINE = 500;
export const MAX_BENEFIT_STATUS_NOTE = 1000;

export const requireBenefitStatus = (field: string, value: unknown): BenefitStatus => {
  if (BENEFIT_STATUSES.includes(value as BenefitStatus)) return value as BenefitStatus;
  throw invalid(
    'INVALID_BENEFIT_STATUS',
    `Status must be one of planned, on_track, at_risk, achieved, not_achieved; got ${JSON.stringify(value) ?? 'nothing'}.`,
    { field },
  );
};

export const validateBenefitFields = (b: BenefitFields): BenefitFields => {
  const benefitId = requireId('benefitId', b.benefitId);
  const title = requireText('title', b.title, { max: MAX_BENEFIT_TITLE });
  if (typeof b.cashable !== 'boolean') {
    throw invalid('INVALID_CASHABLE', 'Cashable must be yes or no: does the benefit take money out of a budget?', { field: 'cashable' });
  }
  const annualAmountPence = requirePence('annualAmount', b.annualAmountPence);
  const owner = requireText('owner', b.owner, { max: MAX_BENEFIT_OWNER });
  // The baseline may be unknown when a benefit is first recorded.
  const baseline = requireText('baseline', b.baseline ?? '', { min: 0, max: MAX_BENEFIT_BASELINE });
  const targetDate = requireCivilDate('targetDate', b.targetDate);
  const status = requireBenefitStatus('status', b.status);
  return { benefitId, title, cashable: b.cashable, annualAmountPence, owner, baseline, targetDate, status };
};

const FIELDS: (keyof BenefitFields)[] = ['benefitId', 'title', 'cashable', 'annualAmountPence', 'owner', 'baseline', 'targetDate', 'status'];
export const sameBenefitFields = (a: BenefitFields, b: BenefitFields): boolean => FIELDS.every((k) => a[k] === b[k]);
