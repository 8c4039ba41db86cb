import type { ReferenceTables } from '@orgledger/reference-data';
import { DomainError } from '../shared/errors';
import { invalid } from './errors';
import { requirePence, requireText, type Money } from '../shared/values';
import { costingDatesOf } from './financial-year';
import { fullCost, type FullCost, type FullCostInput } from './full-cost';
import type { LgpsEmployerRate } from './lgps-rate';

// One post of the designed function; the year, the council's LGPS rates and the tables are the
// budget's, shared by every post.
export type BudgetPost = Omit<FullCostInput, 'financialYear' | 'authorityLgps' | 'tables'> & { designPostId: string };
export type NonPayLine = { label: string; pencePerYear: Money };

export type FunctionBudgetInput = {
  posts: BudgetPost[];
  nonPayLines: NonPayLine[];
  fundingFromDeals: Money; // budget released into the function by agreed FTE deals for the year
  financialYear: string;
  authorityLgps: LgpsEmployerRate[];
  tables: ReferenceTables;
};

export type BudgetPayLine = FullCost & { designPostId: string };
export type PayComponentTotals = Pick<FullCost, 'salaryPence' | 'niPence' | 'lgpsPence' | 'levyPence' | 'allowancesPence'>;

export type FunctionBudget = {
  financialYear: string;
  payLines: BudgetPayLine[];
  payComponents: PayComponentTotals;
  payTotal: Money;
  nonPayLines: NonPayLine[];
  nonPayTotal: Money;
  total: Money;
  funding: Money;
  gap: Money; // total − funding: positive is still to be found, negative is headroom
};

export const MAX_BUDGET_POSTS = 200;
export const MAX_NON_PAY_LINES = 100;
export const MAX_NON_PAY_LABEL = 120;

const requireDesignPostId = (value: unknown): string => {
  if (typeof value === 'string' && value.trim() !== '' && value.length <= 100) return value;
  throw invalid('INVALID_ID', 'Design post id must be an id of 1 to 100 characters.', { field: 'designPostId' });
};

// A post's own problem is reported with the post it belongs to.
const costPost = (post: BudgetPost, shared: Omit<FunctionBudgetInput, 'posts' | 'nonPayLines' | 'fundingFromDeals'>): BudgetPayLine => {
  try {
    return { designPostId: post.designPostId, ...fullCost({ ...post, ...shared }) };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    throw new DomainError(error.code, `Design post ${post.designPostId}: ${error.message}`, error.kind, { ...error.details, designPostId: post.designPostId });
  }
};

// Every total is an exact integer sum of the lines above it: what auditors add up, adds up.
export const functionBudget = (input: FunctionBudgetInput): FunctionBudget => {
  const { financialYear } = costingDatesOf(input.financialYear);
  const posts = Array.isArray(input.posts) ? input.posts : [];
  const lines = Array.isArray(input.nonPayLines) ? input.nonPayLines : [];
  if (posts.length > MAX_BUDGET_POSTS) throw invalid('TOO_MANY_BUDGET_POSTS', `A function budget can cost at most ${MAX_BUDGET_POSTS} posts.`, {});
  if (lines.length > MAX_NON_PAY_LINES) throw invalid('TOO_MANY_NON_PAY_LINES', `A function budget can have at most ${MAX_NON_PAY_LINES} non-pay lines.`, {});
  const seen = new Set<string>();
  for (const post of posts) {
    const id = requireDesignPostId(post.designPostId);
    if (seen.has(id)) throw invalid('DESIGN_POST_LISTED_TWICE', `Design post ${id} is listed twice; cost each post once.`, { designPostId: id });
    seen.add(id);
  }
  const funding = requirePence('fundingFromDeals', input.fundingFromDeals);
  const nonPayLines = lines.map((line) => ({
    label: requireText('label', line.label, { max: MAX_NON_PAY_LABEL }),
    pencePerYear: requirePence('pencePerYear', line.pencePerYear),
  }));

  const shared = { financialYear, authorityLgps: input.authorityLgps, tables: input.tables };
  const payLines = posts.map((post) => costPost(post, shared));
  const sum = (pick: (line: BudgetPayLine) => Money) => payLines.reduce((total, line) => total + pick(line), 0);
  const payComponents: PayComponentTotals = {
    salaryPence: sum((l) => l.salaryPence),
    niPence: sum((l) => l.niPence),
    lgpsPence: sum((l) => l.lgpsPence),
    levyPence: sum((l) => l.levyPence),
    allowancesPence: sum((l) => l.allowancesPence),
  };
  const payTotal = sum((l) => l.totalPence);
  const nonPayTotal = nonPayLines.reduce((total, line) => total + line.pencePerYear, 0);
  const total = payTotal + nonPayTotal;
  return { financialYear, payLines, payComponents, payTotal, nonPayLines, nonPayTotal, total, funding, gap: total - funding };
};
