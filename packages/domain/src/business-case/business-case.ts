import { NJC_PAY_AWARDS, type PayAward } from '@orgledger/reference-data';
import { compareFinancialYears, requirePence, type FinancialYear, type Money } from '../shared/values';
import { horizonOf, lastAgreedAward, type BusinessCaseAssumptions } from './assumptions';

// One year of one design option as the one costing model costs it (the same figures as the
// Finance budget for that year), with what the model knows about the years ahead.
export type BusinessCaseYearInput = {
  financialYear: FinancialYear;
  payPence: Money; // salary, employer NI, LGPS, levy and allowances at the tables in force for the year
  nonPayPence: Money;
  incrementsPence: Money; // extra pay (with its on-costs) from moving up the grade since the first year
  oneOffPence: Money; // one-off transition costs falling in the year
  fundingPence: Money; // budget released into the function by agreed deals for the year
};

export type PayAwardBasis =
  | { kind: 'agreed'; description: string; source: string } // in the pay tables already
  | { kind: 'assumed'; rateBp: number } // the consultant's labelled assumption
  | { kind: 'not_assumed' }; // no agreed award and none assumed: nothing provided for

export type BusinessCaseYear = BusinessCaseYearInput & {
  payAward: PayAwardBasis;
  payAwardPence: Money; // provision for awards not in the tables, compounded since the last agreed one
  vacancySavingPence: Money; // the vacancy factor's share of pay, taken off
  recurringPence: Money; // pay + non-pay + increments + pay award − vacancy saving
  netPence: Money; // funding − recurring − one-off: negative is a cost still to be found
  cumulativeNetPence: Money;
};

export type BusinessCaseTotals = Pick<
  BusinessCaseYear,
  'payPence' | 'nonPayPence' | 'incrementsPence' | 'payAwardPence' | 'vacancySavingPence' | 'recurringPence' | 'oneOffPence' | 'fundingPence' | 'netPence'
>;

export type BusinessCase = {
  assumptions: BusinessCaseAssumptions;
  years: BusinessCaseYear[];
  totals: BusinessCaseTotals;
  paybackYear: FinancialYear | null; // from this year on the cumulative net position stays at or above zero
};

const TEN_THOUSAND = 10_000n;

// base × (Π(1 + rate) − 1), half up to the penny, in exact integers: 2.5% then 3% on £100,000.00
// is £5,575.00 (1.025 × 1.03 = 1.05575), not 2.5% + 3%.
export const compoundedProvision = (basePence: Money, ratesBp: number[]): Money => {
  const denominator = TEN_THOUSAND ** BigInt(ratesBp.length);
  const factor = ratesBp.reduce((product, bp) => product * (TEN_THOUSAND + BigInt(bp)), 1n);
  const numerator = BigInt(basePence) * (factor - denominator);
  return Number((2n * numerator + denominator) / (2n * denominator));
};

const shareBp = (pence: Money, bp: number): Money => Number((2n * BigInt(pence) * BigInt(bp) + TEN_THOUSAND) / (2n * TEN_THOUSAND));

const basisOf = (year: FinancialYear, assumptions: BusinessCaseAssumptions, agreed: PayAward[]): PayAwardBasis => {
  const award = agreed.find((a) => a.financialYear === year && a.status === 'confirmed');
  if (award) return { kind: 'agreed', description: award.description, source: award.source };
  const assumed = assumptions.payAwards.find((a) => a.financialYear === year);
  return assumed ? { kind: 'assumed', rateBp: assumed.rateBp } : { kind: 'not_assumed' };
};

// The business case of one option over the plan's years. The pay tables in force already hold every
// agreed award, so a year's provision compounds only the assumed awards of the years after the last
// agreed one, up to and including that year. The vacancy factor applies to pay only, after awards.
export const businessCase = (assumptions: BusinessCaseAssumptions, inputs: BusinessCaseYearInput[], agreed: PayAward[] = NJC_PAY_AWARDS): BusinessCase => {
  const last = lastAgreedAward(agreed)?.financialYear ?? null;
  const unagreedRates = (upTo: FinancialYear) =>
    assumptions.payAwards
      .filter((a) => (last === null || compareFinancialYears(a.financialYear, last) > 0) && compareFinancialYears(a.financialYear, upTo) <= 0)
      .map((a) => a.rateBp);
  let cumulative = 0;
  const years = horizonOf(assumptions).map((financialYear): BusinessCaseYear => {
    const given = inputs.find((i) => i.financialYear === financialYear);
    const input: BusinessCaseYearInput = {
      financialYear,
      payPence: requirePence('payPence', given?.payPence ?? 0),
      nonPayPence: requirePence('nonPayPence', given?.nonPayPence ?? 0),
      incrementsPence: assumptions.increments ? requirePence('incrementsPence', given?.incrementsPence ?? 0) : 0,
      oneOffPence: requirePence('oneOffPence', given?.oneOffPence ?? 0),
      fundingPence: requirePence('fundingPence', given?.fundingPence ?? 0),
    };
    const pay = input.payPence + input.incrementsPence;
    const payAwardPence = compoundedProvision(pay, unagreedRates(financialYear));
    const vacancySavingPence = shareBp(pay + payAwardPence, assumptions.vacancyFactorBp);
    const recurringPence = pay + input.nonPayPence + payAwardPence - vacancySavingPence;
    const netPence = input.fundingPence - recurringPence - input.oneOffPence;
    cumulative += netPence;
    return {
      ...input,
      payAward: basisOf(financialYear, assumptions, agreed),
      payAwardPence,
      vacancySavingPence,
      recurringPence,
      netPence,
      cumulativeNetPence: cumulative,
    };
  });
  const sum = (pick: (y: BusinessCaseYear) => Money) => years.reduce((total, y) => total + pick(y), 0);
  const totals: BusinessCaseTotals = {
    payPence: sum((y) => y.payPence),
    nonPayPence: sum((y) => y.nonPayPence),
    incrementsPence: sum((y) => y.incrementsPence),
    payAwardPence: sum((y) => y.payAwardPence),
    vacancySavingPence: sum((y) => y.vacancySavingPence),
    recurringPence: sum((y) => y.recurringPence),
    oneOffPence: sum((y) => y.oneOffPence),
    fundingPence: sum((y) => y.fundingPence),
    netPence: sum((y) => y.netPence),
  };
  const lastNegative = years.map((y) => y.cumulativeNetPence < 0).lastIndexOf(true);
  const paybackYear = lastNegative === years.length - 1 ? null : years[lastNegative + 1].financialYear;
  return { assumptions, years, totals, paybackYear };
};

// The SCP a post reaches after `years` yearly increments from `startScp`, stopping at the top of its grade.
export const progressedScp = (startScp: number, grade: { maxScp: number }, years: number): number =>
  Math.min(startScp + Math.max(0, years), Math.max(startScp, grade.maxScp));
