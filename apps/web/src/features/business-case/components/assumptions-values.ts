import { shiftFinancialYear } from '@orgledger/domain/shared';
import type { BusinessCase } from '../api/business-case.queries';

export type AssumptionsValues = {
  firstYear: string;
  horizonYears: string;
  vacancy: string;
  increments: boolean;
  awards: Record<string, string>; // by financial year; empty is "none assumed"
  reason: string;
};
export type AssumptionsField = 'firstYear' | 'horizonYears' | 'vacancy' | 'awards' | 'reason';
export const assumptionsFieldOrder: AssumptionsField[] = ['firstYear', 'horizonYears', 'awards', 'vacancy', 'reason'];
export type AssumptionsFields = {
  firstYear: string;
  horizonYears: number;
  vacancyFactorBp: number;
  increments: boolean;
  payAwards: { financialYear: string; rateBp: number }[];
  reason: string;
};

// "3" → 300, "2.5" → 250, "2.75" → 275 basis points, up to two decimals; empty is null.
export function parseRateText(text: string): { ok: true; value: number | null } | { ok: false } {
  const value = text.trim().replace(/%$/, '').trim();
  if (value === '') return { ok: true, value: null };
  const match = /^(\d{1,2})(?:\.(\d{1,2}))?$/.exec(value);
  if (!match) return { ok: false };
  return { ok: true, value: Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0')) };
}

export const rateText = (bp: number) => (bp / 100).toFixed(2).replace(/\.?0+$/, '');

export const horizonYearsOf = (firstYear: string, horizonYears: string) =>
  Array.from({ length: Number(horizonYears) || 0 }, (_, i) => shiftFinancialYear(firstYear, i));

export function assumptionsValuesOf(bc: BusinessCase): AssumptionsValues {
  const a = bc.assumptions;
  return {
    firstYear: a.firstYear,
    horizonYears: String(a.horizonYears),
    vacancy: rateText(a.vacancyFactorBp),
    increments: a.increments,
    awards: Object.fromEntries(a.payAwards.map((p) => [p.financialYear, rateText(p.rateBp)])),
    reason: '',
  };
}

// Checks what was typed and turns rates into basis points; the API checks again (and refuses an
// assumption for a year whose award is agreed).
export function readAssumptions(
  values: AssumptionsValues,
  agreedYears: string[],
): { fields?: AssumptionsFields; errors?: Partial<Record<AssumptionsField, string>> } {
  const errors: Partial<Record<AssumptionsField, string>> = {};
  const vacancy = parseRateText(values.vacancy);
  if (!vacancy.ok || (vacancy.value ?? 0) > 2500) errors.vacancy = 'Enter the vacancy factor as a percentage from 0 to 25, such as 3 or 2.5';
  const payAwards: AssumptionsFields['payAwards'] = [];
  for (const financialYear of horizonYearsOf(values.firstYear, values.horizonYears).filter((y) => !agreedYears.includes(y))) {
    const rate = parseRateText(values.awards[financialYear] ?? '');
    if (!rate.ok || (rate.value ?? 0) > 2000) {
      errors.awards ??= `Enter the ${financialYear} pay award as a percentage from 0 to 20, such as 3 or 2.5, or leave it empty`;
      continue;
    }
    if (rate.value !== null) payAwards.push({ financialYear, rateBp: rate.value });
  }
  if (values.reason.trim() === '') errors.reason = 'Say why: these assumptions are a decision, kept in the history';
  if (Object.keys(errors).length > 0) return { errors };
  return {
    fields: {
      firstYear: values.firstYear,
      horizonYears: Number(values.horizonYears),
      vacancyFactorBp: vacancy.ok ? (vacancy.value ?? 0) : 0,
      increments: values.increments,
      payAwards,
      reason: values.reason.trim(),
    },
  };
}

export const assumptionsApiFields = {
  firstYear: 'firstYear',
  financialYear: 'firstYear',
  horizonYears: 'horizonYears',
  payAwards: 'awards',
  vacancyFactorBp: 'vacancy',
  reason: 'reason',
} as const satisfies Record<string, AssumptionsField>;
