import { invalid } from './errors';
import { fieldLabel, formatFte, formatPence, requireText, type Fte, type Money } from '../shared/values';

// One to-be post of a design option. Grades are the council's numbered grades (1–20); the cost is
// indicative until Finance has done the full costing.
export type DesignPost = {
  designPostId: string;
  title: string;
  grade: number;
  fte: Fte;
  reportsTo: string | null;
  responsibilities: string[];
  jdReference: string | null;
  indicativeCostPence: Money;
};

export type DesignOption = { optionId: string; name: string; description: string; posts: DesignPost[] };

export const MAX_DESIGN_TITLE = 120;
export const MIN_DESIGN_GRADE = 1;
export const MAX_DESIGN_GRADE = 20;
export const MAX_DESIGN_POST_FTE: Fte = 50_000;
export const MAX_RESPONSIBILITIES = 30;
export const MAX_RESPONSIBILITY = 300;
export const MAX_JD_REFERENCE = 60;
export const MAX_DESIGN_POST_COST_PENCE: Money = 100_000_000; // £1,000,000
export const MAX_OPTION_NAME = 120;
export const MAX_OPTION_DESCRIPTION = 2000;
export const MAX_CHOICE_REASON = 2000;
export const MAX_DESIGN_OPTIONS = 12;
export const MAX_POSTS_PER_OPTION = 200;

export const requireDesignKey = (field: string, value: unknown): string => {
  if (typeof value === 'string' && value.trim() !== '' && value.length <= 100) return value;
  throw invalid('INVALID_ID', `${fieldLabel(field)} must be an id of 1 to 100 characters.`, { field });
};

const isWhole = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value);

// Validates a post as typed in the design form; returns it with text trimmed.
export const validateDesignPost = (post: DesignPost): DesignPost => {
  const designPostId = requireDesignKey('designPostId', post.designPostId);
  const title = requireText('title', post.title, { max: MAX_DESIGN_TITLE });
  const where = { designPostId, title };
  if (!isWhole(post.grade) || post.grade < MIN_DESIGN_GRADE || post.grade > MAX_DESIGN_GRADE) {
    throw invalid('INVALID_GRADE', `${title}: grade must be a whole number from ${MIN_DESIGN_GRADE} to ${MAX_DESIGN_GRADE}; got ${String(post.grade)}.`, {
      ...where,
      field: 'grade',
    });
  }
  if (!isWhole(post.fte) || post.fte < 1 || post.fte > MAX_DESIGN_POST_FTE) {
    const got = isWhole(post.fte) ? `${formatFte(post.fte)} FTE` : String(post.fte);
    throw invalid(
      'INVALID_FTE',
      `${title}: FTE must be more than 0 and at most ${formatFte(MAX_DESIGN_POST_FTE)}, in thousandths (0.6 FTE is 600); got ${got}.`,
      { ...where, field: 'fte', max: MAX_DESIGN_POST_FTE },
    );
  }
  const cost = post.indicativeCostPence;
  if (!isWhole(cost) || cost < 0 || cost > MAX_DESIGN_POST_COST_PENCE) {
    const got = isWhole(cost) ? formatPence(cost) : String(cost);
    throw invalid('INVALID_MONEY', `${title}: indicative cost must be from £0.00 to ${formatPence(MAX_DESIGN_POST_COST_PENCE)}, in whole pence; got ${got}.`, {
      ...where,
      field: 'indicativeCostPence',
      max: MAX_DESIGN_POST_COST_PENCE,
    });
  }
  if (!Array.isArray(post.responsibilities) || post.responsibilities.length > MAX_RESPONSIBILITIES) {
    throw invalid('INVALID_RESPONSIBILITIES', `${title}: list at most ${MAX_RESPONSIBILITIES} responsibilities.`, {
      ...where,
      field: 'responsibilities',
      max: MAX_RESPONSIBILITIES,
    });
  }
  const responsibilities = post.responsibilities.map((r) => requireText('responsibility', r, { max: MAX_RESPONSIBILITY }));
  const jd = typeof post.jdReference === 'string' ? post.jdReference.trim() : '';
  const jdReference = jd === '' ? null : requireText('jdReference', jd, { max: MAX_JD_REFERENCE });
  const reportsTo = post.reportsTo === null || post.reportsTo === undefined ? null : requireDesignKey('reportsTo', post.reportsTo);
  return { designPostId, title, grade: post.grade, fte: post.fte, reportsTo, responsibilities, jdReference, indicativeCostPence: cost };
};

const FIELDS: (keyof DesignPost)[] = ['title', 'grade', 'fte', 'reportsTo', 'responsibilities', 'jdReference', 'indicativeCostPence'];

// The fields that differ, in a fixed order, so that a revision says what it changed.
export const changedDesignFields = (a: DesignPost, b: DesignPost): (keyof DesignPost)[] =>
  FIELDS.filter((field) =>
    field === 'responsibilities'
      ? a.responsibilities.length !== b.responsibilities.length || a.responsibilities.some((r, i) => r !== b.responsibilities[i])
      : a[field] !== b[field],
  );

export const sameOptionName = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();
