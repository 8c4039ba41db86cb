import { financialYearOf, isCivilDate, shiftFinancialYear } from '@orgledger/domain/shared';
import type { DealTermsInput } from '../../../gql/graphql';
import type { FieldProblem } from '../../../components/error-summary';
import { formatFte, fteToInput, penceToInput } from '../../../lib/units';

// FTE is whole thousandths and money whole pence, as the API keeps them. Text becomes those
// integers digit by digit, never through floating point, so "0.1" is exactly 100 and "£0.29"
// exactly 29 pence.

export type ServicePost = { id: string; reference: string; title: string; fte: number };
export type BudgetLineValues = { key: string; financialYear: string; pounds: string };
export type TermsFormValues = {
  /** Decimal FTE text per post id; empty (or 0) leaves the post out of the deal. */
  fte: Record<string, string>;
  budget: BudgetLineValues[];
  effectiveDate: string;
  linkedChange: string;
  rationale: string;
};
type TermsLike = {
  sourcePosts: readonly { postId: string; fte: number }[];
  budget: readonly { financialYear: string; pence: number }[];
  effectiveDate: string;
  linkedChange: string;
  rationale: string;
};

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(error: string): Parsed<T> => ({ ok: false, error });

export const termsFieldId = {
  fte: (postId: string) => `terms-fte-${postId}`,
  year: (key: string) => `terms-year-${key}`,
  pounds: (key: string) => `terms-pounds-${key}`,
  effectiveDate: 'terms-effective-date',
  linkedChange: 'terms-linked-change',
  rationale: 'terms-rationale',
  budget: 'terms-add-year',
} as const;

// "0.6" → 600, "1" → 1000, ".625" → 625; "" and "0" → null (the post releases nothing).
export function decimalFteToThousandths(text: string): Parsed<number | null> {
  const value = text.trim();
  if (value === '') return ok(null);
  if (value.startsWith('-')) return fail('must be 0 or more');
  const match = /^(\d*)(?:\.(\d*))?$/.exec(value);
  if (!match || (match[1] === '' && !match[2])) return fail('must be a number, such as 1 or 0.5');
  const [, whole = '', fraction = ''] = match;
  if (fraction.length > 3) return fail('can have at most 3 decimal places, such as 0.625');
  const units = whole.replace(/^0+(?=\d)/, '') || '0';
  if (units.length > 3) return fail('must be 999 or less');
  const thousandths = Number(units) * 1000 + Number(fraction.padEnd(3, '0'));
  return ok(thousandths === 0 ? null : thousandths);
}

// "41,200.00", "£41200", "41200.5" → pence; "0" is allowed (a year that releases no budget).
export function poundsToPence(text: string): Parsed<number> {
  const value = text.replace(/\s+/g, '');
  if (value === '') return fail('enter an amount in pounds, such as 45,000 (0 is allowed)');
  if (/^(-|£-|\()/.test(value)) return fail('cannot be negative');
  const match = /^£?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d*))?$/.exec(value);
  if (!match) return fail('must be an amount in pounds, such as 45,000.00');
  const [, grouped = '', fraction = ''] = match;
  if (fraction.length > 2) return fail('can have at most 2 decimal places (whole pence)');
  const pounds = grouped.replace(/,/g, '').replace(/^0+(?=\d)/, '');
  if (pounds.length > 10) return fail('is too large');
  return ok(Number(pounds) * 100 + Number(fraction.padEnd(2, '0')));
}

// "2026/27", "2026-27" and "2026/2027" → "2026/27" (1 April 2026 to 31 March 2027).
export function normaliseFinancialYear(text: string): Parsed<string> {
  const match = /^(\d{4})\s*[/-]\s*(\d{2}|\d{4})$/.exec(text.trim());
  if (!match) return fail('must be written as two years, such as 2026/27');
  const start = Number(match[1]);
  const end = match[2]!;
  const next = start + 1;
  const consecutive = end.length === 4 ? Number(end) === next : Number(end) === next % 100;
  if (!consecutive) return fail('must be two consecutive years, such as 2026/27');
  return ok(`${start}/${String(next % 100).padStart(2, '0')}`);
}

// A real calendar date written YYYY-MM-DD.
export function parseCivilDate(text: string): Parsed<string> {
  const value = text.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return fail('must be a date written as year-month-day, such as 2027-04-01');
  return isCivilDate(value) ? ok(value) : fail('must be a real date, such as 2027-04-01');
}

let keySeed = 0;
export const newLineKey = () => `line-${++keySeed}`;

// A new deal starts with this financial year and the next, and no posts chosen.
export function emptyTermsForm(today: string): TermsFormValues {
  const year = financialYearOf(today);
  return {
    fte: {},
    budget: [
      { key: newLineKey(), financialYear: year, pounds: '' },
      { key: newLineKey(), financialYear: shiftFinancialYear(year, 1), pounds: '' },
    ],
    effectiveDate: '',
    linkedChange: '',
    rationale: '',
  };
}

// A counter-offer or amendment starts from the terms it answers.
export function termsFormValuesOf(terms: TermsLike): TermsFormValues {
  return {
    fte: Object.fromEntries(terms.sourcePosts.map((p) => [p.postId, fteToInput(p.fte)])),
    budget: terms.budget.map((line) => ({ key: newLineKey(), financialYear: line.financialYear, pounds: penceToInput(line.pence) })),
    effectiveDate: terms.effectiveDate,
    linkedChange: terms.linkedChange,
    rationale: terms.rationale,
  };
}

export type TermsRead = { terms: DealTermsInput; problems: [] } | { terms: null; problems: FieldProblem[] };

// Checks every field and converts the form into the API's terms, in the order the form shows
// them, so the error summary lists problems top to bottom.
export function readTermsForm(values: TermsFormValues, posts: readonly ServicePost[]): TermsRead {
  const problems: FieldProblem[] = [];
  const sourcePosts: DealTermsInput['sourcePosts'] = [];
  for (const post of posts) {
    const parsed = decimalFteToThousandths(values.fte[post.id] ?? '');
    if (!parsed.ok) {
      problems.push({ fieldId: termsFieldId.fte(post.id), message: `FTE to release from ${post.reference} ${parsed.error}` });
    } else if (parsed.value !== null && parsed.value > post.fte) {
      problems.push({
        fieldId: termsFieldId.fte(post.id),
        message: `${post.reference} is ${formatFte(post.fte)} FTE, so it can release at most ${fteToInput(post.fte)} FTE`,
      });
    } else if (parsed.value !== null) {
      sourcePosts.push({ postId: post.id, fte: parsed.value });
    }
  }
  if (problems.length === 0 && sourcePosts.length === 0) {
    const first = posts[0];
    problems.push({
      fieldId: first ? termsFieldId.fte(first.id) : termsFieldId.budget,
      message: 'Enter the FTE to release from at least one post',
    });
  }

  const budget: DealTermsInput['budget'] = [];
  const seen = new Set<string>();
  values.budget.forEach((line, i) => {
    const which = `budget line ${i + 1}`;
    const year = normaliseFinancialYear(line.financialYear);
    if (!year.ok) problems.push({ fieldId: termsFieldId.year(line.key), message: `The financial year of ${which} ${year.error}` });
    else if (seen.has(year.value))
      problems.push({ fieldId: termsFieldId.year(line.key), message: `Financial year ${year.value} is listed twice; give it one line` });
    const pence = poundsToPence(line.pounds);
    const label = year.ok ? `The budget for ${year.value}` : `The budget of ${which}`;
    if (!pence.ok) problems.push({ fieldId: termsFieldId.pounds(line.key), message: `${label} ${pence.error}` });
    if (year.ok && pence.ok && !seen.has(year.value)) budget.push({ financialYear: year.value, pence: pence.value });
    if (year.ok) seen.add(year.value);
  });
  if (values.budget.length === 0) {
    problems.push({ fieldId: termsFieldId.budget, message: 'Add the budget released for at least one financial year (£0 is allowed)' });
  }

  const effectiveDate = parseCivilDate(values.effectiveDate);
  if (!effectiveDate.ok) problems.push({ fieldId: termsFieldId.effectiveDate, message: `The effective date ${effectiveDate.error}` });
  const rationale = values.rationale.trim();
  if (rationale === '') problems.push({ fieldId: termsFieldId.rationale, message: 'Enter the rationale for these terms' });

  if (problems.length > 0 || !effectiveDate.ok) return { terms: null, problems };
  return {
    terms: {
      sourcePosts,
      budget,
      effectiveDate: effectiveDate.value,
      linkedChange: values.linkedChange.trim(),
      rationale,
    },
    problems: [],
  };
}
