import { describe, expect, it } from 'vitest';
import type { PolicyPackView } from '../api/policy.queries';
import { policyFormValuesOf, readPolicyForm, type PolicyFormValues } from './policy-form-values';

const pack: PolicyPackView = {
  slotInMinimumJobMatchPercent: 70,
  ringFenceGradesBelow: 2,
  ringFenceGradesAbove: null,
  trialMaximumWeeks: 8,
  payProtection: {
    taper: 'STEPPED',
    months: 24,
    steps: [
      { months: 12, percentOfDifference: 100 },
      { months: 12, percentOfDifference: 50 },
    ],
  },
  discretionaryCompensation: { actualWeeksPay: true, multiplierPercent: 150, maximumWeeks: 45 },
  notice: {
    defaultWeeks: 4,
    byGrade: [
      { fromGrade: 7, toGrade: 10, weeks: 8 },
      { fromGrade: 11, toGrade: null, weeks: 12 },
    ],
  },
  incrementalDate: 'APRIL_1',
};
const values = (change: Partial<PolicyFormValues> = {}) => ({ ...policyFormValuesOf(pack, '2027-04-01'), reason: 'Annual review', ...change });

describe('the policy pack form', () => {
  it('starts from the pack in force and reads back into the same pack', () => {
    expect(policyFormValuesOf(pack, '2027-04-01')).toMatchObject({ steps: '12 at 100, 12 at 50', noticeBands: '7-10: 8, 11+: 12', ringAbove: '' });
    expect(readPolicyForm(values()).fields).toEqual({
      effectiveFrom: '2027-04-01',
      slotInMinimumJobMatchPercent: 70,
      ringFenceGradesBelow: 2,
      ringFenceGradesAbove: null,
      trialMaximumWeeks: 8,
      payProtection: { taper: 'STEPPED', months: undefined, steps: pack.payProtection.steps },
      discretionaryCompensation: pack.discretionaryCompensation,
      notice: pack.notice,
      incrementalDate: 'APRIL_1',
      reason: 'Annual review',
    });
  });

  it('refuses 105 weeks, a threshold of 101, a trial under 4 weeks and unreadable steps or bands', () => {
    const { errors } = readPolicyForm(
      values({ maximumWeeks: '105', slotIn: '101', trialWeeks: '3', steps: '12 months then half', noticeBands: 'grade 7: 8', reason: ' ' }),
    );
    expect(errors).toEqual({
      maximumWeeks: "Discretionary compensation cannot exceed 104 weeks' pay (SI 2006/2914 reg. 6)",
      slotIn: 'The slot-in job match must be a whole number from 1 to 100',
      trialWeeks: 'The longest trial, in weeks (4 is the statutory trial), must be a whole number from 4 to 52',
      steps: 'Write each step as months at percent, such as 12 at 100, 12 at 50',
      noticeBands: 'Write each band as grades: weeks, such as 7-10: 8, 11+: 12',
      reason: 'Enter the reason for this version, such as the committee that approved the policy',
    });
    expect(readPolicyForm(values({ maximumWeeks: '104', slotIn: '66' })).fields).toMatchObject({
      slotInMinimumJobMatchPercent: 66,
      discretionaryCompensation: { maximumWeeks: 104 },
    });
  });

  it('takes months for a full or frozen taper, and no steps', () => {
    expect(readPolicyForm(values({ taper: 'FROZEN', protectionMonths: '36' })).fields?.payProtection).toEqual({ taper: 'FROZEN', months: 36, steps: [] });
    expect(readPolicyForm(values({ taper: 'FULL', protectionMonths: '61' })).errors).toEqual({
      protectionMonths: 'Pay protection must be a whole number from 1 to 60',
    });
  });
});
