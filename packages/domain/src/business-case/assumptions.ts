import { NJC_PAY_AWARDS, type PayAward } from '@orgledger/reference-data';
import { compareFinancialYears, requireFinancialYear, shiftFinancialYear, type FinancialYear } from '../shared/values';
import { invalid } from './errors';

// What a business case assumes beyond the recorded facts, decided with a reason (the event says
// who and when). Rates are basis points: 2.5% is 250.
export type AssumedPayAward = { financialYear: FinancialYear; rateBp: number };
export type BusinessCaseAssumptions = {
  firstYear: FinancialYear;
  horizonYears: number; // the medium-term financial plan: 3 to 5 years
  payAwards: AssumedPayAward[]; // for years with no agreed NJC award, up to the last year of the horizon
  vacancyFactorBp: number; // the share of pay not spent because posts stand vacant
  increments: boolean; // staff below the top of their grade move up one SCP each year
};

export const MIN_HORIZON_YEARS = 3;
export const MAX_HORIZON_YEARS = 5;
export const MAX_PAY_AWARD_BP = 2_000; // 20%: above any NJC award on record
export const MAX_VACANCY_FACTOR_BP = 2_500; // 25%

export const horizonOf = (a: Pick<BusinessCaseAssumptions, 'firstYear' | 'horizonYears'>): FinancialYear[] =>
  Array.from({ length: a.horizonYears }, (_, i) => shiftFinancialYear(a.firstYear, i));

// Before anyone decides: three years from the given year, no pay award assumed, no vacancy factor.
export const defaultAssumptions = (firstYear: FinancialYear): BusinessCaseAssumptions => ({
  firstYear: requireFinancialYear(firstYear),
  horizonYears: MIN_HORIZON_YEARS,
  payAwards: [],
  vacancyFactorBp: 0,
  increments: true,
});

const wholeBp = (value: unknown, max: number): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= max;

export const lastAgreedAward = (awards: PayAward[] = NJC_PAY_AWARDS): PayAward | null =>
  [...awards]
    .filter((a) => a.status === 'confirmed')
    .sort((a, b) => compareFinancialYears(a.financialYear, b.financialYear))
    .at(-1) ?? null;

const requirePayAwards = (given: unknown, last: FinancialYear, agreed: PayAward[]): AssumedPayAward[] => {
  if (!Array.isArray(given))
    throw invalid('INVALID_PAY_AWARD', 'List the assumed pay awards, one per financial year (it may be empty).', { field: 'payAwards' });
  const seen = new Set<string>();
  return given
    .map((a: Partial<AssumedPayAward>) => {
      const financialYear = requireFinancialYear(a?.financialYear);
      const done = agreed.find((x) => x.financialYear === financialYear && x.status === 'confirmed');
      if (done) {
        throw invalid(
          'PAY_AWARD_ALREADY_AGREED',
          `${financialYear} has an agreed NJC award (${done.description}); it is in the pay tables, so assume none for it.`,
          {
            field: 'payAwards',
            financialYear,
          },
        );
      }
      if (compareFinancialYears(financialYear, last) > 0) {
        throw invalid('INVALID_PAY_AWARD', `${financialYear} is after the business case's last year, ${last}.`, { field: 'payAwards', financialYear });
      }
      if (seen.has(financialYear))
        throw invalid('INVALID_PAY_AWARD', `${financialYear} is listed twice; assume one award a year.`, { field: 'payAwards', financialYear });
      seen.add(financialYear);
      if (!wholeBp(a?.rateBp, MAX_PAY_AWARD_BP)) {
        throw invalid('INVALID_PAY_AWARD', `The ${financialYear} pay award must be from 0% to ${MAX_PAY_AWARD_BP / 100}%, in hundredths of a per cent.`, {
          field: 'payAwards',
          financialYear,
        });
      }
      return { financialYear, rateBp: a.rateBp as number };
    })
    .sort((a, b) => compareFinancialYears(a.financialYear, b.financialYear));
};

export const requireAssumptions = (
  given: Partial<BusinessCaseAssumptions> | null | undefined,
  agreed: PayAward[] = NJC_PAY_AWARDS,
): BusinessCaseAssumptions => {
  const firstYear = requireFinancialYear(given?.firstYear);
  const horizonYears = given?.horizonYears;
  if (typeof horizonYears !== 'number' || !Number.isSafeInteger(horizonYears) || horizonYears < MIN_HORIZON_YEARS || horizonYears > MAX_HORIZON_YEARS) {
    throw invalid('INVALID_HORIZON', `A business case covers ${MIN_HORIZON_YEARS} to ${MAX_HORIZON_YEARS} financial years of the medium-term plan.`, {
      field: 'horizonYears',
    });
  }
  const years = horizonOf({ firstYear, horizonYears });
  const payAwards = requirePayAwards(given?.payAwards, years[years.length - 1], agreed);
  if (!wholeBp(given?.vacancyFactorBp, MAX_VACANCY_FACTOR_BP)) {
    throw invalid('INVALID_VACANCY_FACTOR', `The vacancy factor must be from 0% to ${MAX_VACANCY_FACTOR_BP / 100}%, in hundredths of a per cent.`, {
      field: 'vacancyFactorBp',
    });
  }
  return { firstYear, horizonYears, payAwards, vacancyFactorBp: given!.vacancyFactorBp as number, increments: given?.increments !== false };
};
