import { ALLOWANCE_TYPES, HOLDER_AGE_BANDS, type AllowanceType, type HolderAgeBand } from '@orgledger/reference-data';
import { invalid } from './errors';
import { fieldLabel, formatFte, formatPence, requireText, type Fte, type Money } from '../shared/values';

export type DesignPostAllowance = { type: AllowanceType; pencePerYear: Money };

// One to-be post of a design option. Grades are the council's numbered grades (1–20); the cost is
// indicative until Finance has done the full costing. Since version 2 of its events a post also
// says whether it is an apprenticeship and the holder's age band where known (employer NI reliefs),
// and lists its allowances by type (LGPS pensionable pay); version 1 posts read as none of these.
export type DesignPost = {
  designPostId: string;
  title: string;
  grade: number;
  fte: Fte;
  reportsTo: string | null;
  responsibilities: string[];
  jdReference: string | null;
  indicativeCostPence: Money;
  apprenticeship: boolean;
  holderAgeBand: HolderAgeBand | null;
  allowances: DesignPostAllowance[];
};

// A post as typed: the version 2 fields may be left out (not an apprenticeship, age band unknown, no allowances).
type Version2Fields = 'apprenticeship' | 'holderAgeBand' | 'allowances';
export type DesignPostInput = Omit<DesignPost, Version2Fields> & Partial<Pick<DesignPost, Version2Fields>>;

export const withVersion2Defaults = (post: DesignPostInput): DesignPost => ({
  ...post,
  apprenticeship: post.apprenticeship ?? false,
  holderAgeBand: post.holderAgeBand ?? null,
  allowances: post.allowances ?? [],
});

export type DesignOption = { optionId: string; name: string; description: string; posts: DesignPost[] };

export const MAX_DESIGN_TITLE = 120;
export const MIN_DESIGN_GRADE = 1;
export const MAX_DESIGN_GRADE = 20;
export const MAX_DESIGN_POST_FTE: Fte = 50_000;
export const MAX_RESPONSIBILITIES = 30;
export const MAX_RESPONSIBILITY = 300;
export const MAX_JD_REFERENCE = 60;
export const MAX_DESIGN_POST_COST_PENCE: Money = 100_000_000; // £1,000,000
export const MAX_DESIGN_POST_ALLOWANCES = 10;
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

const validateHolder = (post: DesignPost, where: { designPostId: string; title: string }) => {
  if (typeof post.apprenticeship !== 'boolean') {
    throw invalid('INVALID_APPRENTICESHIP', `${where.title}: say whether the post is an apprenticeship (true or false).`, {
      ...where,
      field: 'apprenticeship',
    });
  }
  if (post.holderAgeBand !== null && !HOLDER_AGE_BANDS.includes(post.holderAgeBand)) {
    throw invalid('INVALID_AGE_BAND', `${where.title}: the holder's age band is under 21, 21 to 24, 25 or over, or unknown.`, {
      ...where,
      field: 'holderAgeBand',
    });
  }
};

// Each allowance type once, a whole number of pence a year up to the post's cost ceiling.
const validateAllowances = (post: DesignPost, where: { designPostId: string; title: string }): DesignPostAllowance[] => {
  const list: unknown = post.allowances;
  if (!Array.isArray(list) || list.length > MAX_DESIGN_POST_ALLOWANCES) {
    throw invalid('INVALID_ALLOWANCES', `${where.title}: list at most ${MAX_DESIGN_POST_ALLOWANCES} allowances, one of each type.`, {
      ...where,
      field: 'allowances',
    });
  }
  const seen = new Set<string>();
  return list.map((a: { type?: unknown; pencePerYear?: unknown } | null) => {
    const type = a?.type as AllowanceType;
    if (!ALLOWANCE_TYPES.includes(type) || seen.has(type)) {
      throw invalid('INVALID_ALLOWANCES', `${where.title}: each allowance has a known type, listed once; got ${String(a?.type)}.`, {
        ...where,
        field: 'allowances',
      });
    }
    seen.add(type);
    const pence = a?.pencePerYear;
    if (!isWhole(pence) || pence <= 0 || pence > MAX_DESIGN_POST_COST_PENCE) {
      throw invalid(
        'INVALID_MONEY',
        `${where.title}: an allowance is more than £0.00 and at most ${formatPence(MAX_DESIGN_POST_COST_PENCE)} a year, in whole pence.`,
        {
          ...where,
          field: 'allowances',
        },
      );
    }
    return { type, pencePerYear: pence };
  });
};

// Validates a post as typed in the design form; returns it with text trimmed.
export const validateDesignPost = (input: DesignPostInput): DesignPost => {
  const post = withVersion2Defaults(input);
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
  validateHolder(post, where);
  const allowances = validateAllowances(post, where);
  return {
    designPostId,
    title,
    grade: post.grade,
    fte: post.fte,
    reportsTo,
    responsibilities,
    jdReference,
    indicativeCostPence: cost,
    apprenticeship: post.apprenticeship,
    holderAgeBand: post.holderAgeBand,
    allowances,
  };
};

const FIELDS: (keyof DesignPost)[] = [
  'title',
  'grade',
  'fte',
  'reportsTo',
  'responsibilities',
  'jdReference',
  'indicativeCostPence',
  'apprenticeship',
  'holderAgeBand',
  'allowances',
];

// The fields that differ, in a fixed order, so that a revision says what it changed.
export const changedDesignFields = (a: DesignPost, b: DesignPost): (keyof DesignPost)[] =>
  FIELDS.filter((field) =>
    field === 'responsibilities'
      ? a.responsibilities.length !== b.responsibilities.length || a.responsibilities.some((r, i) => r !== b.responsibilities[i])
      : field === 'allowances'
        ? JSON.stringify(a.allowances) !== JSON.stringify(b.allowances)
        : a[field] !== b[field],
  );

export const sameOptionName = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();
