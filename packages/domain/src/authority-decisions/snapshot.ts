import { bad, items, key, known, unique } from './snapshot-checks';
import { validateCosts, validateSignOff, type SnapshotCosts, type SnapshotFinanceSignOff } from './snapshot-costs';
import { MAX_CONSULTATION_OUTLINE, MAX_FUNDING_YEARS } from './snapshot-limits';
import {
  formatFte,
  formatPence,
  isFinancialYear,
  requireCivilDate,
  requireFte,
  requirePence,
  requireText,
  type CivilDate,
  type Fte,
  type Money,
} from '../shared/values';

export * from './snapshot-limits';
export { snapshotCostsOf, type SnapshotCosts, type SnapshotFinanceSignOff } from './snapshot-costs';

// A frozen copy of the proposal as the Design Authority saw it, built by the API from the read
// models at submission time. The submission event is the record, so it carries the copy itself.
export type SnapshotPost = { designPostId: string; title: string; grade: string | number | null; fte: Fte; reportsTo: string | null };
export type SnapshotFundingYear = { financialYear: string; agreedPence: Money; pipelinePence: Money; neededPence: Money; gapPence: Money };
export type SnapshotFunding = { agreedFte: Fte; pipelineFte: Fte; neededFte: Fte; gapFte: Fte; byYear: SnapshotFundingYear[] };
export type SnapshotDeal = { dealId: string; serviceName: string; status: string; fte: Fte };
export type SnapshotGrading = {
  designPostId: string;
  jd: 'none' | 'draft' | 'changes_requested' | 'approved';
  evaluation: 'none' | 'recorded' | 'approved';
  grade: string | null;
};
export type DesignAuthoritySnapshot = {
  option: { optionId: string; name: string; posts: SnapshotPost[] };
  costs: SnapshotCosts;
  funding: SnapshotFunding;
  financeSignOff: SnapshotFinanceSignOff | null; // null: submitted before v2 recorded it
  deals: SnapshotDeal[];
  grading: SnapshotGrading[];
  consultationOutline: string;
  submittedOn: CivilDate;
};

const jdStatuses = ['none', 'draft', 'changes_requested', 'approved'];
const evaluationStatuses = ['none', 'recorded', 'approved'];

const signedFte = (field: string, value: unknown): Fte => {
  if (typeof value === 'number' && Number.isSafeInteger(value) && Math.abs(value) <= 1_000_000) return value;
  throw bad(`${field} must be a whole number of thousandths of an FTE.`, field);
};

const gradeOf = (title: string, grade: unknown): string | number | null => {
  if (grade === null || grade === undefined) return null;
  if (typeof grade === 'number' && Number.isSafeInteger(grade) && grade >= 0) return grade;
  if (typeof grade === 'string') return requireText('grade', grade, { max: 40 });
  throw bad(`${title} has a grade that is neither a number nor a grade name.`, 'option.posts');
};

// Returns the snapshot with text trimmed and unknown fields dropped. The figures must agree with
// each other as an auditor would check them: costs by post add up to the total; each gap is
// needed − agreed; every post a cost or grading line names is in the option.
export const validateSnapshot = (input: DesignAuthoritySnapshot): DesignAuthoritySnapshot => {
  if (typeof input !== 'object' || input === null) throw bad('it is missing.', 'snapshot');
  const option = input.option ?? ({} as DesignAuthoritySnapshot['option']);
  const posts = items<SnapshotPost>('option.posts', option.posts, { min: 1 }).map((p) => {
    const title = requireText('postTitle', p?.title, { max: 120 });
    return {
      designPostId: key('option.posts', p.designPostId),
      title,
      grade: gradeOf(title, p.grade),
      fte: requireFte('postFte', p.fte),
      reportsTo: p.reportsTo == null ? null : key('option.posts', p.reportsTo),
    };
  });
  unique(
    'option.posts',
    posts.map((p) => p.designPostId),
  );
  const postIds = new Set(posts.map((p) => p.designPostId));
  const frozenOption = { optionId: key('option.optionId', option.optionId), name: requireText('optionName', option.name, { max: 120 }), posts };

  const frozenCosts = validateCosts(input.costs ?? ({} as SnapshotCosts), postIds);
  const funding = input.funding ?? ({} as SnapshotFunding);
  const agreedFte = requireFte('agreedFte', funding.agreedFte);
  const pipelineFte = requireFte('pipelineFte', funding.pipelineFte);
  const neededFte = requireFte('neededFte', funding.neededFte);
  const gapFte = signedFte('funding.gapFte', funding.gapFte);
  if (gapFte !== neededFte - agreedFte) {
    throw bad(`the FTE gap is ${formatFte(gapFte)} but needed − agreed is ${formatFte(neededFte - agreedFte)}.`, 'funding.gapFte');
  }
  const byYear = items<SnapshotFundingYear>('funding.byYear', funding.byYear, { max: MAX_FUNDING_YEARS }).map((y) => {
    if (!isFinancialYear(y?.financialYear)) throw bad('each financial year is written like 2026/27.', 'funding.byYear');
    const agreedPence = requirePence('agreedBudget', y.agreedPence);
    const pipelinePence = requirePence('pipelineBudget', y.pipelinePence);
    const neededPence = requirePence('neededBudget', y.neededPence);
    const gapPence = requirePence('budgetGap', y.gapPence, { allowNegative: true });
    if (gapPence !== neededPence - agreedPence) throw bad(`the ${y.financialYear} budget gap is not needed − agreed.`, 'funding.byYear');
    return { financialYear: y.financialYear, agreedPence, pipelinePence, neededPence, gapPence };
  });
  unique(
    'funding.byYear',
    byYear.map((y) => y.financialYear),
  );
  const sameYear = byYear.find((y) => y.financialYear === frozenCosts.financialYear);
  if (sameYear && sameYear.neededPence !== frozenCosts.totalPence) {
    throw bad(
      `the ${sameYear.financialYear} funding need is ${formatPence(sameYear.neededPence)} but the costs total ${formatPence(frozenCosts.totalPence)}.`,
      'funding.byYear',
    );
  }

  const deals = items<SnapshotDeal>('deals', input.deals).map((d) => ({
    dealId: key('deals', d?.dealId),
    serviceName: requireText('serviceName', d.serviceName, { max: 120 }),
    status: requireText('dealStatus', d.status, { max: 40 }),
    fte: requireFte('dealFte', d.fte),
  }));
  unique(
    'deals',
    deals.map((d) => d.dealId),
  );

  const grading = items<SnapshotGrading>('grading', input.grading).map((g) => {
    const designPostId = key('grading', g?.designPostId);
    known('grading', designPostId, postIds);
    if (!jdStatuses.includes(g.jd) || !evaluationStatuses.includes(g.evaluation)) {
      throw bad(`post "${designPostId}" has an unknown JD or evaluation status.`, 'grading');
    }
    const grade = g.grade == null ? null : requireText('grade', g.grade, { max: 40 });
    if (grade !== null && g.evaluation !== 'approved') throw bad(`post "${designPostId}" shows a grade without an approved evaluation.`, 'grading');
    return { designPostId, jd: g.jd, evaluation: g.evaluation, grade };
  });
  unique(
    'grading',
    grading.map((g) => g.designPostId),
  );

  return {
    option: frozenOption,
    costs: frozenCosts,
    funding: { agreedFte, pipelineFte, neededFte, gapFte, byYear },
    deals,
    grading,
    financeSignOff: validateSignOff(input.financeSignOff),
    consultationOutline: requireText('consultationOutline', input.consultationOutline, { max: MAX_CONSULTATION_OUTLINE }),
    submittedOn: requireCivilDate('submittedOn', input.submittedOn),
  };
};
