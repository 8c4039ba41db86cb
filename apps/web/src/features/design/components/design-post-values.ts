import type { FieldProblem } from '../../../components/error-summary';
import type { AllowanceType, HolderAgeBand } from '../../../gql/graphql';
import { fteToInput, penceToInput } from '../../../lib/units';
import { decimalFteToThousandths, poundsToPence } from '../../deals';
import type { DesignOptionView } from './org-chart-tree';

export type DesignPostValues = {
  title: string;
  grade: string;
  fte: string;
  cost: string;
  reportsTo: string;
  responsibilities: string;
  jdReference: string;
  apprenticeship: boolean;
  holderAgeBand: HolderAgeBand | typeof AGE_UNKNOWN;
  allowances: AllowanceRow[];
};

// One allowance as typed: its type and a year's amount in pounds.
export type AllowanceRow = { type: AllowanceType | ''; amount: string };
export type PostAllowance = { type: AllowanceType; pencePerYear: number };

export const AGE_UNKNOWN = 'UNKNOWN';

export type DesignPostFields = {
  title: string;
  grade: number;
  fte: number;
  indicativeCostPence: number;
  reportsTo: string | null;
  responsibilities: string[];
  jdReference: string | null;
  apprenticeship: boolean;
  holderAgeBand: HolderAgeBand | null;
  allowances: PostAllowance[];
};

export const HEAD = 'head';
export const designPostFieldId = (field: keyof DesignPostValues | 'reason') => `design-post-${field}`;
export const allowanceFieldId = (index: number, part: 'type' | 'amount') => `design-post-allowance-${index + 1}-${part}`;

export const emptyDesignPost: DesignPostValues = {
  title: '',
  grade: '',
  fte: '1',
  cost: '',
  reportsTo: HEAD,
  responsibilities: '',
  jdReference: '',
  apprenticeship: false,
  holderAgeBand: AGE_UNKNOWN,
  allowances: [],
};

type DesignPost = DesignOptionView['posts'][number];

export function designPostValuesOf(post: DesignPost): DesignPostValues {
  return {
    title: post.title,
    grade: String(post.grade),
    fte: fteToInput(post.fte),
    cost: penceToInput(post.indicativeCostPence),
    reportsTo: post.reportsTo ?? HEAD,
    responsibilities: post.responsibilities.join('\n'),
    jdReference: post.jdReference ?? '',
    apprenticeship: post.apprenticeship,
    holderAgeBand: post.holderAgeBand ?? AGE_UNKNOWN,
    allowances: post.allowances.map((a) => ({ type: a.type, amount: penceToInput(a.pencePerYear) })),
  };
}

// Rows left wholly blank are dropped; each type once, with an amount of more than £0.
function readAllowances(rows: readonly AllowanceRow[], problems: FieldProblem[]): PostAllowance[] {
  const out: PostAllowance[] = [];
  rows.forEach((row, i) => {
    if (row.type === '' && row.amount.trim() === '') return;
    if (row.type === '') {
      problems.push({ fieldId: allowanceFieldId(i, 'type'), message: `Choose the type of allowance ${i + 1}` });
      return;
    }
    if (out.some((a) => a.type === row.type)) {
      problems.push({ fieldId: allowanceFieldId(i, 'type'), message: `Allowance ${i + 1} repeats a type: list each type once` });
      return;
    }
    const pence = poundsToPence(row.amount);
    if (!pence.ok || pence.value <= 0) {
      const why = pence.ok ? 'enter more than £0' : pence.error;
      problems.push({ fieldId: allowanceFieldId(i, 'amount'), message: `Allowance ${i + 1}, a year: ${why}` });
      return;
    }
    out.push({ type: row.type, pencePerYear: pence.value });
  });
  return out;
}

// One responsibility a line; blank lines and stray spaces are dropped.
export function responsibilitiesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^[-•*]\s*/, '').trim())
    .filter(Boolean);
}

export function readDesignPost(values: DesignPostValues): { fields: DesignPostFields | null; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const title = values.title.trim();
  if (!title) problems.push({ fieldId: designPostFieldId('title'), message: 'Enter the job title' });
  const grade = /^\d{1,2}$/.test(values.grade.trim()) ? Number(values.grade.trim()) : NaN;
  if (!(grade >= 1 && grade <= 20)) problems.push({ fieldId: designPostFieldId('grade'), message: 'Grade must be a whole number from 1 to 20' });
  const fte = decimalFteToThousandths(values.fte);
  if (!fte.ok) problems.push({ fieldId: designPostFieldId('fte'), message: `FTE ${fte.error}` });
  else if (fte.value === null) problems.push({ fieldId: designPostFieldId('fte'), message: 'FTE must be more than 0, such as 1 or 0.5' });
  const cost = poundsToPence(values.cost);
  if (!cost.ok) problems.push({ fieldId: designPostFieldId('cost'), message: `Indicative annual cost: ${cost.error}` });
  const allowances = readAllowances(values.allowances, problems);
  if (problems.length > 0 || !fte.ok || fte.value === null || !cost.ok) return { fields: null, problems };
  return {
    fields: {
      title,
      grade,
      fte: fte.value,
      indicativeCostPence: cost.value,
      reportsTo: values.reportsTo === HEAD ? null : values.reportsTo,
      responsibilities: responsibilitiesOf(values.responsibilities),
      jdReference: values.jdReference.trim() || null,
      apprenticeship: values.apprenticeship,
      holderAgeBand: values.holderAgeBand === AGE_UNKNOWN ? null : values.holderAgeBand,
      allowances,
    },
    problems: [],
  };
}
