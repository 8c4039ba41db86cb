import type { BenefitStatus, RecordBenefitInput } from '../../../gql/graphql';
import { datePartsOf, readDateParts, type DateParts } from '../../../lib/civil-date';
import { parsePounds, poundsInput } from '../../../lib/pounds';
import type { Benefit } from '../api/benefits.queries';
import { serverFieldError } from '../../../lib/use-form-state';

export type BenefitFormValues = {
  title: string;
  kind: 'cashable' | 'non-cashable' | '';
  amount: string;
  owner: string;
  baseline: string;
  targetDate: DateParts;
  /** Only when recording: afterwards the status moves with a note. */
  status: BenefitStatus;
  reason: string;
};
export type BenefitFormField = Exclude<keyof BenefitFormValues, 'status'>;
export type BenefitFormErrors = Partial<Record<BenefitFormField, string>>;
export type BenefitFields = Omit<RecordBenefitInput, 'programmeId' | 'commandId' | 'reason' | 'status'>;

export const benefitFieldOrder: BenefitFormField[] = ['title', 'kind', 'amount', 'owner', 'baseline', 'targetDate', 'reason'];

export const emptyBenefitForm: BenefitFormValues = {
  title: '',
  kind: '',
  amount: '',
  owner: '',
  baseline: '',
  targetDate: datePartsOf(null),
  status: 'PLANNED',
  reason: '',
};

export function benefitFormValuesOf(benefit: Benefit): BenefitFormValues {
  return {
    title: benefit.title,
    kind: benefit.cashable ? 'cashable' : 'non-cashable',
    amount: poundsInput(benefit.annualAmountPence),
    owner: benefit.owner,
    baseline: benefit.baseline,
    targetDate: datePartsOf(benefit.targetDate),
    status: benefit.status,
    reason: '',
  };
}

const length = (text: string) => [...text].length;

// Checks what a person typed and turns it into the API's units (pence, YYYY-MM-DD); the API checks again.
export function readBenefitForm(values: BenefitFormValues): { fields: BenefitFields; errors?: never } | { fields?: never; errors: BenefitFormErrors } {
  const errors: BenefitFormErrors = {};
  const title = values.title.trim();
  if (title === '') errors.title = 'Enter what the benefit is';
  else if (length(title) > 200) errors.title = 'The benefit must be 200 characters or fewer';
  if (!values.kind) errors.kind = 'Select whether the benefit is cashable';
  const amount = parsePounds(values.amount, { label: 'Annual amount', example: '450,000.00' });
  if (!amount.ok) errors.amount = amount.error;
  const owner = values.owner.trim();
  if (owner === '') errors.owner = 'Enter who owns the benefit';
  else if (length(owner) > 120) errors.owner = 'The owner must be 120 characters or fewer';
  const baseline = values.baseline.trim();
  if (length(baseline) > 500) errors.baseline = 'The baseline must be 500 characters or fewer';
  const target = readDateParts(values.targetDate, 'the target date');
  if (!target.ok) errors.targetDate = target.error;
  if (length(values.reason) > 2000) errors.reason = 'The reason must be 2,000 characters or fewer';
  if (Object.keys(errors).length > 0 || !amount.ok || !target.ok) return { errors };
  return {
    fields: { title, cashable: values.kind === 'cashable', annualAmountPence: amount.value, owner, baseline, targetDate: target.value },
  };
}

export function statusNoteProblem(from: BenefitStatus, to: BenefitStatus | '', note: string): { status?: string; note?: string } {
  const problems: { status?: string; note?: string } = {};
  if (!to) problems.status = 'Select the new status';
  else if (to === from) problems.status = 'Select a status different from the current one';
  if (note.trim() === '') problems.note = 'Enter a note saying why the status changed';
  else if (length(note.trim()) > 1000) problems.note = 'The note must be 1,000 characters or fewer';
  return problems;
}

const apiFields: Record<string, BenefitFormField> = {
  title: 'title',
  cashable: 'kind',
  annualAmount: 'amount',
  annualAmountPence: 'amount',
  owner: 'owner',
  baseline: 'baseline',
  targetDate: 'targetDate',
  reason: 'reason',
};

export const benefitServerFieldError = (error: unknown) => serverFieldError(error, apiFields);
