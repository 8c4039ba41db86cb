import { invalid } from './errors';
import { requireCivilDate, requireFinancialYear, requireFte, requirePence, requireText, type CivilDate, type Fte, type Money } from '../shared/values';

// fte is the thousandths of an FTE released from that post into the new function.
export type DealSourcePost = { postId: string; fte: Fte };
// A council financial year, written '2026/27' (1 April 2026 to 31 March 2027).
export type DealBudgetLine = { financialYear: string; pence: Money };

export type DealTerms = {
  sourcePosts: DealSourcePost[];
  budget: DealBudgetLine[];
  effectiveDate: CivilDate;
  linkedChange: string; // the service-redesign change that frees the work
  rationale: string;
};

export const MAX_DEAL_SOURCE_POSTS = 200;
export const MAX_DEAL_BUDGET_YEARS = 10;
export const MAX_LINKED_CHANGE = 200;
export const MAX_DEAL_RATIONALE = 2000;
export const MAX_DEAL_REASON = 2000;

const list = <T>(value: T[] | unknown): T[] => (Array.isArray(value) ? value : []);

const requireSourcePosts = (value: unknown): DealSourcePost[] => {
  const posts = list<DealSourcePost>(value);
  if (posts.length === 0) {
    throw invalid('NO_SOURCE_POSTS', 'A deal needs at least one source post: say which posts release FTE and how much.', { field: 'sourcePosts' });
  }
  if (posts.length > MAX_DEAL_SOURCE_POSTS) {
    throw invalid(
      'TOO_MANY_SOURCE_POSTS',
      `A deal can name at most ${MAX_DEAL_SOURCE_POSTS} source posts; this one names ${posts.length}. Split it into several deals.`,
      { field: 'sourcePosts', max: MAX_DEAL_SOURCE_POSTS },
    );
  }
  const seen = new Set<string>();
  return posts.map(({ postId, fte }) => {
    const id = requireText('postId', postId, { max: 100 });
    if (seen.has(id)) {
      throw invalid('POST_LISTED_TWICE', `Post ${id} is listed twice in this deal; give it one line with the total FTE released.`, { postId: id });
    }
    seen.add(id);
    const released = requireFte('fte', fte);
    if (released < 1) {
      throw invalid('INVALID_FTE', `The FTE released from post ${id} must be at least 0.001; leave the post out if it releases nothing.`, {
        field: 'fte',
        postId: id,
      });
    }
    return { postId: id, fte: released };
  });
};

const requireBudget = (value: unknown): DealBudgetLine[] => {
  const lines = list<DealBudgetLine>(value);
  if (lines.length === 0) {
    throw invalid('NO_BUDGET', 'A deal needs the budget it releases for at least one financial year (£0 is allowed).', { field: 'budget' });
  }
  if (lines.length > MAX_DEAL_BUDGET_YEARS) {
    throw invalid('TOO_MANY_BUDGET_YEARS', `A deal can cover at most ${MAX_DEAL_BUDGET_YEARS} financial years; this one covers ${lines.length}.`, {
      field: 'budget',
      max: MAX_DEAL_BUDGET_YEARS,
    });
  }
  const seen = new Set<string>();
  return lines.map(({ financialYear, pence }) => {
    const year = requireFinancialYear(financialYear);
    if (seen.has(year)) {
      throw invalid('BUDGET_YEAR_LISTED_TWICE', `Financial year ${year} is listed twice in the budget; give it one line.`, { financialYear: year });
    }
    seen.add(year);
    return { financialYear: year, pence: requirePence('budget', pence) };
  });
};

// Returns the terms as they will be recorded: text trimmed, lines in the order given.
export const validateTerms = (terms: DealTerms): DealTerms => {
  const given = (terms ?? {}) as Partial<DealTerms>;
  return {
    sourcePosts: requireSourcePosts(given.sourcePosts),
    budget: requireBudget(given.budget),
    effectiveDate: requireCivilDate('effectiveDate', given.effectiveDate),
    linkedChange: requireText('linkedChange', given.linkedChange ?? '', { max: MAX_LINKED_CHANGE, min: 0 }),
    rationale: requireText('rationale', given.rationale, { max: MAX_DEAL_RATIONALE }),
  };
};

// The FTE a deal releases is always derived from its posts, never stored as a fact.
export const termsFte = (terms: DealTerms): Fte => terms.sourcePosts.reduce((sum, p) => sum + p.fte, 0);
export const termsBudgetTotal = (terms: DealTerms): Money => terms.budget.reduce((sum, b) => sum + b.pence, 0);
export const postFteIn = (terms: DealTerms, postId: string): Fte => terms.sourcePosts.find((p) => p.postId === postId)?.fte ?? 0;

const canonical = (terms: DealTerms) =>
  JSON.stringify([
    [...terms.sourcePosts].sort((a, b) => (a.postId < b.postId ? -1 : 1)).map((p) => [p.postId, p.fte]),
    [...terms.budget].sort((a, b) => (a.financialYear < b.financialYear ? -1 : 1)).map((b) => [b.financialYear, b.pence]),
    terms.effectiveDate,
    terms.linkedChange,
    terms.rationale,
  ]);

// The order of lines carries no meaning, so two offers with the same lines are the same offer.
export const sameTerms = (a: DealTerms, b: DealTerms): boolean => canonical(a) === canonical(b);
