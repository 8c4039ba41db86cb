import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/graphql';
import { emptyPostForm, postFormValuesOf, readPostForm, serverFieldError, type PostFormValues } from './post-form-values';

const filled: PostFormValues = {
  ...emptyPostForm,
  reference: ' HWY-0099 ',
  serviceId: 'svc-1',
  title: 'Contracts Officer',
  grade: 'Grade 9',
  scp: '30',
  fte: '0.6',
  postholderRef: 'EMP-1234',
  cost: '41,200.00',
  reason: 'New post agreed at the service review',
};

describe('readPostForm', () => {
  it('converts FTE and money to whole thousandths and pence', () => {
    expect(readPostForm(filled)).toEqual({
      fields: {
        reference: 'HWY-0099',
        serviceId: 'svc-1',
        title: 'Contracts Officer',
        grade: 'Grade 9',
        scp: 30,
        fte: 600,
        postholderRef: 'EMP-1234',
        vacant: false,
        budgetedAnnualCostPence: 4_120_000,
      },
    });
  });

  it('leaves SCP and postholder empty as null', () => {
    const result = readPostForm({ ...filled, scp: '', postholderRef: '  ', vacant: true });
    expect(result.fields).toMatchObject({ scp: null, postholderRef: null, vacant: true });
  });

  it('lists every problem at once', () => {
    expect(readPostForm({ ...emptyPostForm, fte: '0.6.1', scp: '100', cost: '' }).errors).toEqual({
      reference: 'Enter the post reference',
      title: 'Enter the job title',
      grade: 'Enter the grade',
      serviceId: 'Select the service the post belongs to',
      scp: 'SCP must be a whole number from 1 to 99, or left empty',
      fte: 'FTE must be a number, such as 1 or 0.6',
      cost: 'Enter the budgeted annual cost, such as 41,200.00',
    });
  });

  it('refuses a postholder on a vacant post', () => {
    expect(readPostForm({ ...filled, vacant: true }).errors).toEqual({
      postholderRef: 'A vacant post has no postholder: clear the postholder reference or mark the post as filled',
    });
  });

  it('fills the form back from a post exactly', () => {
    const values = postFormValuesOf({
      reference: 'HWY-0001',
      serviceId: 'svc-1',
      title: 'Officer',
      grade: 'Grade 6',
      scp: null,
      fte: 625,
      postholderRef: null,
      vacant: true,
      budgetedAnnualCostPence: 2_275_050,
    });
    expect(values).toMatchObject({ fte: '0.625', cost: '22,750.50', scp: '', postholderRef: '' });
    expect(readPostForm(values).fields).toMatchObject({ fte: 625, budgetedAnnualCostPence: 2_275_050 });
  });
});

describe('serverFieldError', () => {
  it('puts the API message against the field it names', () => {
    const error = new ApiError('BAD_USER_INPUT', 'Post X: FTE must be more than 0', 'INVALID_FTE', { field: 'budgetedAnnualCostPence' });
    expect(serverFieldError(error)).toEqual({ field: 'cost', message: 'Post X: FTE must be more than 0' });
    expect(serverFieldError(new ApiError('CONFLICT', 'Taken'))).toBeNull();
  });
});
