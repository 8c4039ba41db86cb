import { describe, expect, it } from 'vitest';
import {
  decimalFteToThousandths,
  emptyTermsForm,
  normaliseFinancialYear,
  parseCivilDate,
  poundsToPence,
  readTermsForm,
  termsFieldId,
  termsFormValuesOf,
  type ServicePost,
  type TermsFormValues,
} from './terms-form-values';

const posts: ServicePost[] = [
  { id: 'p1', reference: 'WST-0001', title: 'Waste Contracts Officer', fte: 1000 },
  { id: 'p2', reference: 'WST-0002', title: 'Senior Officer', fte: 600 },
];

const values = (over: Partial<TermsFormValues> = {}): TermsFormValues => ({
  fte: { p1: '0.5', p2: '' },
  budget: [
    { key: 'a', financialYear: '2026/27', pounds: '23,000.00' },
    { key: 'b', financialYear: '2027/28', pounds: '46000' },
  ],
  effectiveDate: '2026-10-01',
  linkedChange: ' Waste service redesign 2026 ',
  rationale: ' Half of one post ',
  ...over,
});

describe('decimal FTE text to thousandths', () => {
  it.each([
    ['1', 1000],
    ['0.6', 600],
    ['.625', 625],
    ['0.1', 100],
    ['0.001', 1],
    ['2.5', 2500],
    [' 0.30 ', 300],
    ['007.5', 7500],
  ])('reads %j as exactly %d thousandths', (text, expected) => {
    expect(decimalFteToThousandths(text)).toEqual({ ok: true, value: expected });
  });

  it('reads an empty cell and zero as "releases nothing"', () => {
    expect(decimalFteToThousandths('')).toEqual({ ok: true, value: null });
    expect(decimalFteToThousandths('0.000')).toEqual({ ok: true, value: null });
  });

  it.each(['-1', 'half', '0.6.1', '.', '1,5', '0.0001', '1000'])('refuses %j', (text) => {
    expect(decimalFteToThousandths(text).ok).toBe(false);
  });
});

describe('pounds text to pence', () => {
  it.each([
    ['41,200.00', 4_120_000],
    ['£41200', 4_120_000],
    ['0.29', 29],
    ['0', 0],
    ['1,234,567.8', 123_456_780],
    ['£ 45 000', 4_500_000],
    ['0.07', 7],
    ['19.99', 1999],
  ])('reads %j as exactly %d pence', (text, expected) => {
    expect(poundsToPence(text)).toEqual({ ok: true, value: expected });
  });

  it.each(['', '-5', '£-5', '(5)', '12.345', '1,23', 'ten', '12345678901'])('refuses %j', (text) => {
    expect(poundsToPence(text).ok).toBe(false);
  });
});

describe('financial years and dates', () => {
  it('writes a financial year the API way whichever way it was typed', () => {
    expect(normaliseFinancialYear('2026/27')).toEqual({ ok: true, value: '2026/27' });
    expect(normaliseFinancialYear('2026-27')).toEqual({ ok: true, value: '2026/27' });
    expect(normaliseFinancialYear('2026/2027')).toEqual({ ok: true, value: '2026/27' });
    expect(normaliseFinancialYear('2099/00')).toEqual({ ok: true, value: '2099/00' });
    expect(normaliseFinancialYear('2026/28').ok).toBe(false);
    expect(normaliseFinancialYear('26/27').ok).toBe(false);
  });

  it('accepts only real calendar dates', () => {
    expect(parseCivilDate('2028-02-29')).toEqual({ ok: true, value: '2028-02-29' });
    expect(parseCivilDate('2027-02-29').ok).toBe(false);
    expect(parseCivilDate('1/4/2027').ok).toBe(false);
  });
});

describe('reading the terms form', () => {
  it('converts posts, budget per year and text into the API terms, exactly', () => {
    expect(readTermsForm(values(), posts)).toEqual({
      terms: {
        sourcePosts: [{ postId: 'p1', fte: 500 }],
        budget: [
          { financialYear: '2026/27', pence: 2_300_000 },
          { financialYear: '2027/28', pence: 4_600_000 },
        ],
        effectiveDate: '2026-10-01',
        linkedChange: 'Waste service redesign 2026',
        rationale: 'Half of one post',
      },
      problems: [],
    });
  });

  it('keeps a year that releases £0, and reads the year the API way', () => {
    const read = readTermsForm(values({ budget: [{ key: 'a', financialYear: '2026-27', pounds: '0' }] }), posts);
    expect(read.terms?.budget).toEqual([{ financialYear: '2026/27', pence: 0 }]);
  });

  it('says which post cannot release that much, against its own field', () => {
    const read = readTermsForm(values({ fte: { p2: '0.75' } }), posts);
    expect(read.terms).toBeNull();
    expect(read.problems).toEqual([{ fieldId: termsFieldId.fte('p2'), message: 'WST-0002 is 0.600 FTE, so it can release at most 0.6 FTE' }]);
  });

  it('asks for at least one post, a budget year, a date and a rationale, in form order', () => {
    const read = readTermsForm(values({ fte: {}, budget: [], effectiveDate: '1 October', rationale: ' ' }), posts);
    expect(read.problems.map((p) => p.fieldId)).toEqual([termsFieldId.fte('p1'), termsFieldId.budget, termsFieldId.effectiveDate, termsFieldId.rationale]);
  });

  it('refuses a financial year listed twice and an amount that is not money', () => {
    const read = readTermsForm(
      values({
        budget: [
          { key: 'a', financialYear: '2026/27', pounds: '1' },
          { key: 'b', financialYear: '2026/2027', pounds: '2.345' },
        ],
      }),
      posts,
    );
    expect(read.problems).toEqual([
      { fieldId: termsFieldId.year('b'), message: 'Financial year 2026/27 is listed twice; give it one line' },
      { fieldId: termsFieldId.pounds('b'), message: 'The budget for 2026/27 can have at most 2 decimal places (whole pence)' },
    ]);
  });

  it('starts a counter-offer from the terms it answers, and reads them back unchanged', () => {
    const terms = {
      sourcePosts: [
        { postId: 'p1', fte: 1000 },
        { postId: 'p2', fte: 300 },
      ],
      budget: [{ financialYear: '2026/27', pence: 2_300_001 }],
      effectiveDate: '2026-10-01',
      linkedChange: '',
      rationale: 'Two posts',
    };
    const form = termsFormValuesOf(terms);
    expect(form.fte).toEqual({ p1: '1', p2: '0.3' });
    expect(form.budget.map((l) => l.pounds)).toEqual(['23,000.01']);
    expect(readTermsForm(form, posts).terms).toEqual(terms);
  });

  it('starts a new deal with this financial year and the next', () => {
    expect(emptyTermsForm('2027-01-15').budget.map((l) => l.financialYear)).toEqual(['2026/27', '2027/28']);
  });
});
