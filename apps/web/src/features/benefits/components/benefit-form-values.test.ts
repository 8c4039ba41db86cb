import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/graphql';
import type { Benefit } from '../api/benefits.queries';
import {
  benefitFormValuesOf,
  benefitServerFieldError,
  emptyBenefitForm,
  readBenefitForm,
  statusNoteProblem,
  type BenefitFormValues,
} from './benefit-form-values';

const filled: BenefitFormValues = {
  ...emptyBenefitForm,
  title: ' Recover invoice overpayments ',
  kind: 'cashable',
  amount: '£450,000.10',
  owner: 'Head of Procurement',
  baseline: ' Nothing recovered ',
  targetDate: { day: '31', month: '3', year: '2027' },
};

describe('readBenefitForm', () => {
  it('turns pounds into exact pence and the target date into YYYY-MM-DD', () => {
    expect(readBenefitForm(filled)).toEqual({
      fields: {
        title: 'Recover invoice overpayments',
        cashable: true,
        annualAmountPence: 45_000_010,
        owner: 'Head of Procurement',
        baseline: 'Nothing recovered',
        targetDate: '2027-03-31',
      },
    });
    expect(readBenefitForm({ ...filled, kind: 'non-cashable', baseline: '' }).fields).toMatchObject({ cashable: false, baseline: '' });
  });

  it('lists every problem at once', () => {
    expect(readBenefitForm(emptyBenefitForm).errors).toEqual({
      title: 'Enter what the benefit is',
      kind: 'Select whether the benefit is cashable',
      amount: 'Enter the annual amount, such as 450,000.00',
      owner: 'Enter who owns the benefit',
      targetDate: 'Enter the target date',
    });
  });

  it('fills the form back from a benefit exactly', () => {
    const benefit = {
      id: 'b1',
      programmeId: 'p1',
      title: 'Release managers’ time',
      cashable: false,
      annualAmountPence: 16_000_001,
      owner: 'Sponsor',
      baseline: '3.2 FTE',
      targetDate: '2027-12-31',
      status: 'ON_TRACK',
      statusNote: null,
    } as Benefit;
    const values = benefitFormValuesOf(benefit);
    expect(values).toMatchObject({ kind: 'non-cashable', amount: '160,000.01', targetDate: { day: '31', month: '12', year: '2027' } });
    expect(readBenefitForm(values).fields).toMatchObject({ annualAmountPence: 16_000_001, targetDate: '2027-12-31', cashable: false });
  });
});

describe('changing a status', () => {
  it('needs a different status and a note', () => {
    expect(statusNoteProblem('PLANNED', '', '')).toEqual({ status: 'Select the new status', note: 'Enter a note saying why the status changed' });
    expect(statusNoteProblem('PLANNED', 'PLANNED', 'Still planned')).toEqual({ status: 'Select a status different from the current one' });
    expect(statusNoteProblem('PLANNED', 'ON_TRACK', 'Supplier agreed')).toEqual({});
  });

  it('puts an API message against the field it names', () => {
    const error = new ApiError('BAD_USER_INPUT', 'Annual amount must be at most £10,000,000,000.00', 'INVALID_MONEY', { field: 'annualAmount' });
    expect(benefitServerFieldError(error)).toEqual({ field: 'amount', message: 'Annual amount must be at most £10,000,000,000.00' });
  });
});
