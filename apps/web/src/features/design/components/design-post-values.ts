import type { FieldProblem } from '../../../components/error-summary';
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
};

export type DesignPostFields = {
  title: string;
  grade: number;
  fte: number;
  indicativeCostPence: number;
  reportsTo: string | null;
  responsibilities: string[];
  jdReference: string | null;
};

export const HEAD = 'head';
export const designPostFieldId = (field: keyof DesignPostValues | 'reason') => `design-post-${field}`;

export const emptyDesignPost: DesignPostValues = { title: '', grade: '', fte: '1', cost: '', reportsTo: HEAD, responsibilities: '', jdReference: '' };

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
  };
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
    },
    problems: [],
  };
}
