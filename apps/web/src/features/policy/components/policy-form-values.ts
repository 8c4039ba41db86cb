import { datePartsOf, readDateParts, type DateParts } from '../../../lib/civil-date';
import type { FormErrors, FormRead } from '../../../lib/use-form-state';
import type { IncrementalDate, PayProtectionTaper, RecordPolicyPackInput } from '../../../gql/graphql';
import type { PolicyPackView } from '../api/policy.queries';

// What a person types for a new version of the pack, as text; read into the API's input here. The
// API checks every value again and its message is shown against the field it names.
export type PolicyFormValues = {
  effectiveFrom: DateParts;
  slotIn: string;
  ringBelow: string;
  ringAbove: string;
  trialWeeks: string;
  taper: PayProtectionTaper;
  protectionMonths: string;
  steps: string; // "12 at 100, 12 at 50": months at percent of the difference
  actualWeeksPay: boolean;
  multiplier: string;
  maximumWeeks: string;
  noticeDefault: string;
  noticeBands: string; // "7-10: 8, 11+: 12": grades, then weeks
  incrementalDate: IncrementalDate;
  reason: string;
};
export type PolicyField = Exclude<keyof PolicyFormValues, 'actualWeeksPay'>;
export type PolicyFields = Omit<RecordPolicyPackInput, 'authorityId' | 'commandId'>;

export const policyFieldOrder: readonly PolicyField[] = [
  'effectiveFrom',
  'slotIn',
  'ringBelow',
  'ringAbove',
  'trialWeeks',
  'taper',
  'protectionMonths',
  'steps',
  'multiplier',
  'maximumWeeks',
  'noticeDefault',
  'noticeBands',
  'incrementalDate',
  'reason',
];

// The API's input keys, so its refusal lands on the right field.
export const policyApiFields: Readonly<Record<string, PolicyField>> = {
  effectiveFrom: 'effectiveFrom',
  slotInMinimumJobMatchPercent: 'slotIn',
  ringFenceGradesBelow: 'ringBelow',
  ringFenceGradesAbove: 'ringAbove',
  trialMaximumWeeks: 'trialWeeks',
  payProtectionTaper: 'taper',
  payProtectionMonths: 'protectionMonths',
  payProtectionSteps: 'steps',
  multiplierPercent: 'multiplier',
  maximumWeeks: 'maximumWeeks',
  noticeDefaultWeeks: 'noticeDefault',
  noticeByGrade: 'noticeBands',
  noticeWeeks: 'noticeBands',
  incrementalDate: 'incrementalDate',
  reason: 'reason',
};

const text = (n: number | null) => (n === null ? '' : String(n));

export function policyFormValuesOf(pack: PolicyPackView, effectiveFrom: string): PolicyFormValues {
  return {
    effectiveFrom: datePartsOf(effectiveFrom),
    slotIn: String(pack.slotInMinimumJobMatchPercent),
    ringBelow: text(pack.ringFenceGradesBelow),
    ringAbove: text(pack.ringFenceGradesAbove),
    trialWeeks: text(pack.trialMaximumWeeks),
    taper: pack.payProtection.taper,
    protectionMonths: String(pack.payProtection.months),
    steps: pack.payProtection.steps.map((s) => `${s.months} at ${s.percentOfDifference}`).join(', '),
    actualWeeksPay: pack.discretionaryCompensation.actualWeeksPay,
    multiplier: String(pack.discretionaryCompensation.multiplierPercent),
    maximumWeeks: String(pack.discretionaryCompensation.maximumWeeks),
    noticeDefault: String(pack.notice.defaultWeeks),
    noticeBands: pack.notice.byGrade
      .map((b) => `${b.fromGrade}${b.toGrade === null ? '+' : b.toGrade === b.fromGrade ? '' : `-${b.toGrade}`}: ${b.weeks}`)
      .join(', '),
    incrementalDate: pack.incrementalDate,
    reason: '',
  };
}

const whole = (value: string) => (/^\s*\d{1,4}\s*$/.test(value) ? Number(value) : null);

export function readPolicyForm(v: PolicyFormValues): FormRead<PolicyFields, PolicyField> {
  const errors: FormErrors<PolicyField> = {};
  const date = readDateParts(v.effectiveFrom, 'the date the version is in force from');
  if (!date.ok) errors.effectiveFrom = date.error;
  const need = (field: PolicyField, value: string, min: number, max: number, what: string) => {
    const n = whole(value);
    if (n === null || n < min || n > max) errors[field] = `${what} must be a whole number from ${min} to ${max}`;
    return n ?? 0;
  };
  const optional = (field: PolicyField, value: string, min: number, max: number, what: string) =>
    value.trim() === '' ? null : need(field, value, min, max, what);
  const slotIn = need('slotIn', v.slotIn, 1, 100, 'The slot-in job match');
  const ringBelow = optional('ringBelow', v.ringBelow, 0, 10, 'Grades below');
  const ringAbove = optional('ringAbove', v.ringAbove, 0, 10, 'Grades above');
  const trialWeeks = optional('trialWeeks', v.trialWeeks, 4, 52, 'The longest trial, in weeks (4 is the statutory trial),');
  const steps =
    v.taper === 'STEPPED'
      ? v.steps.split(',').map((part) => {
          const m = /^\s*(\d{1,3})\s*at\s*(\d{1,3})\s*%?\s*$/i.exec(part);
          if (!m) errors.steps = 'Write each step as months at percent, such as 12 at 100, 12 at 50';
          return { months: Number(m?.[1] ?? 0), percentOfDifference: Number(m?.[2] ?? 0) };
        })
      : [];
  const months = v.taper === 'STEPPED' ? undefined : need('protectionMonths', v.protectionMonths, 1, 60, 'Pay protection');
  const multiplier = need('multiplier', v.multiplier, 100, 400, 'The multiplier, in percent of the statutory weeks,');
  const maximumWeeks = whole(v.maximumWeeks);
  if (maximumWeeks === null || maximumWeeks < 1) errors.maximumWeeks = 'The maximum must be a whole number of weeks';
  else if (maximumWeeks > 104) errors.maximumWeeks = "Discretionary compensation cannot exceed 104 weeks' pay (SI 2006/2914 reg. 6)";
  const noticeDefault = need('noticeDefault', v.noticeDefault, 0, 26, 'Notice for other grades');
  const bands =
    v.noticeBands.trim() === ''
      ? []
      : v.noticeBands.split(',').map((part) => {
          const m = /^\s*(\d{1,2})\s*(?:(\+)|-\s*(\d{1,2}))?\s*:\s*(\d{1,2})\s*$/.exec(part);
          if (!m) errors.noticeBands = 'Write each band as grades: weeks, such as 7-10: 8, 11+: 12';
          const from = Number(m?.[1] ?? 0);
          return { fromGrade: from, toGrade: m?.[2] ? null : m?.[3] ? Number(m[3]) : from, weeks: Number(m?.[4] ?? 0) };
        });
  if (v.reason.trim() === '') errors.reason = 'Enter the reason for this version, such as the committee that approved the policy';
  if (Object.keys(errors).length > 0 || !date.ok) return { errors };
  return {
    fields: {
      effectiveFrom: date.value,
      slotInMinimumJobMatchPercent: slotIn,
      ringFenceGradesBelow: ringBelow,
      ringFenceGradesAbove: ringAbove,
      trialMaximumWeeks: trialWeeks,
      payProtection: { taper: v.taper, months, steps },
      discretionaryCompensation: { actualWeeksPay: v.actualWeeksPay, multiplierPercent: multiplier, maximumWeeks: maximumWeeks! },
      notice: { defaultWeeks: noticeDefault, byGrade: bands },
      incrementalDate: v.incrementalDate,
      reason: v.reason.trim(),
    },
  };
}
