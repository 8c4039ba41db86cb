import { invalid, notFound } from './errors';
import { fieldLabel, formatFte, formatPence, requireText, type Fte, type Money } from '../shared/values';

export type PostFields = {
  postId: string;
  reference: string;
  serviceId: string;
  title: string;
  grade: string;
  scp: number | null;
  fte: Fte;
  postholderRef: string | null;
  vacant: boolean;
  budgetedAnnualCostPence: Money;
};

// One spreadsheet row as raw cell text; `row` is the sheet's row number (the header is row 1).
export type PostRow = {
  row: number;
  reference: string;
  service: string;
  title: string;
  grade: string;
  scp: string;
  fte: string;
  postholderRef: string;
  vacant: string;
  budgetedAnnualCost: string;
};

export const MAX_POST_REFERENCE = 40;
export const MAX_POST_TITLE = 120;
export const MAX_POST_GRADE = 20;
export const MAX_POSTHOLDER_NAME = 120;
export const MAX_POST_FTE: Fte = 50_000;
export const MAX_POST_COST_PENCE: Money = 100_000_000; // £1,000,000
export const MIN_SCP = 1;
export const MAX_SCP = 99;

// References are unique within an authority whatever their case: "hwy-0012" is "HWY-0012".
export const referenceKey = (reference: string): string => reference.trim().toUpperCase();

const PSEUDONYMOUS_REF = /^[A-Za-z0-9][A-Za-z0-9._\/-]{0,39}$/;

// Postholders are pseudonymous unless the tenant allows names, so the establishment holds no personal data by default.
export const postholderRefReason = (ref: string, allowNames: boolean): string | null => {
  if (allowNames) {
    const length = [...ref].length;
    return length > MAX_POSTHOLDER_NAME ? `Postholder is too long: it has ${length} characters and the limit is ${MAX_POSTHOLDER_NAME}.` : null;
  }
  if (PSEUDONYMOUS_REF.test(ref)) return null;
  return (
    `Postholder reference "${ref}" looks like a name. Use a staff reference such as "EMP-0042": ` +
    'up to 40 letters, digits, dots, dashes, underscores or slashes, with no spaces. ' +
    'A tenant admin can allow postholder names in the consultancy settings.'
  );
};

export const VACANT_WITH_POSTHOLDER = 'A vacant post has no postholder: clear the postholder reference or mark the post as filled.';

export const scpReason = (scp: unknown): string | null =>
  scp === null || (typeof scp === 'number' && Number.isInteger(scp) && scp >= MIN_SCP && scp <= MAX_SCP)
    ? null
    : `SCP (spinal column point) must be a whole number from ${MIN_SCP} to ${MAX_SCP}, or left empty; got ${String(scp)}.`;

export const requireKey = (field: string, value: unknown): string => {
  if (typeof value === 'string' && value.trim() !== '' && value.length <= 100) return value;
  throw invalid('INVALID_ID', `${fieldLabel(field)} must be an id of 1 to 100 characters.`, { field });
};

export type PostRules = { knownServiceIds: string[]; allowPostholderNames: boolean };

// Validates one post as typed in a form; returns it with text trimmed.
export const validatePost = (post: PostFields, { knownServiceIds, allowPostholderNames }: PostRules): PostFields => {
  const postId = requireKey('postId', post.postId);
  const reference = requireText('reference', post.reference, { max: MAX_POST_REFERENCE });
  const title = requireText('title', post.title, { max: MAX_POST_TITLE });
  const grade = requireText('grade', post.grade, { max: MAX_POST_GRADE });
  const where = { reference };
  if (!knownServiceIds.includes(post.serviceId)) {
    throw notFound('SERVICE_NOT_FOUND', `Post ${reference}: this council has no such service. Choose one of its services.`, {
      ...where,
      field: 'serviceId',
      serviceId: post.serviceId,
    });
  }
  const scpProblem = scpReason(post.scp);
  if (scpProblem) throw invalid('INVALID_SCP', `Post ${reference}: ${scpProblem}`, { ...where, field: 'scp' });
  const fte = post.fte;
  if (typeof fte !== 'number' || !Number.isInteger(fte) || fte < 1 || fte > MAX_POST_FTE) {
    const got = typeof fte === 'number' && Number.isInteger(fte) ? `${formatFte(fte)} FTE` : String(fte);
    throw invalid(
      'INVALID_FTE',
      `Post ${reference}: FTE must be more than 0 and at most ${formatFte(MAX_POST_FTE)}, in thousandths (0.6 FTE is 600); got ${got}.`,
      { ...where, field: 'fte', max: MAX_POST_FTE },
    );
  }
  const cost = post.budgetedAnnualCostPence;
  if (typeof cost !== 'number' || !Number.isSafeInteger(cost) || cost < 0 || cost > MAX_POST_COST_PENCE) {
    const got = typeof cost === 'number' && Number.isSafeInteger(cost) ? formatPence(cost) : String(cost);
    throw invalid(
      'INVALID_MONEY',
      `Post ${reference}: budgeted annual cost must be from £0.00 to ${formatPence(MAX_POST_COST_PENCE)}, in whole pence; got ${got}.`,
      { ...where, field: 'budgetedAnnualCostPence', max: MAX_POST_COST_PENCE },
    );
  }
  if (typeof post.vacant !== 'boolean') {
    throw invalid('INVALID_VACANT', `Post ${reference}: vacant must be true or false.`, { ...where, field: 'vacant' });
  }
  const postholderRef = typeof post.postholderRef === 'string' && post.postholderRef.trim() !== '' ? post.postholderRef.trim() : null;
  if (postholderRef !== null && post.vacant) {
    throw invalid('VACANT_POST_HAS_POSTHOLDER', `Post ${reference}: ${VACANT_WITH_POSTHOLDER}`, { ...where, field: 'postholderRef' });
  }
  const refProblem = postholderRef === null ? null : postholderRefReason(postholderRef, allowPostholderNames);
  if (refProblem) {
    const code = allowPostholderNames ? 'TEXT_TOO_LONG' : 'POSTHOLDER_REF_LOOKS_LIKE_A_NAME';
    throw invalid(code, `Post ${reference}: ${refProblem}`, { ...where, field: 'postholderRef' });
  }
  const { serviceId, scp, vacant } = post;
  return { postId, reference, serviceId, title, grade, scp, fte, postholderRef, vacant, budgetedAnnualCostPence: cost };
};

export const samePost = (a: PostFields, b: PostFields): boolean =>
  a.postId === b.postId &&
  a.reference === b.reference &&
  a.serviceId === b.serviceId &&
  a.title === b.title &&
  a.grade === b.grade &&
  a.scp === b.scp &&
  a.fte === b.fte &&
  a.postholderRef === b.postholderRef &&
  a.vacant === b.vacant &&
  a.budgetedAnnualCostPence === b.budgetedAnnualCostPence;
