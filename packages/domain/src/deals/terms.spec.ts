import { deciderSpec } from '../testing';
import { fteDealsDecider } from './fte-deals-decider';
import { propose, proposed, terms } from './spec-fixtures';
import { isFinancialYear } from '../shared/values';
import { sameTerms, termsBudgetTotal, termsFte, type DealTerms } from './terms';

const spec = deciderSpec(fteDealsDecider);
const refuses = (overrides: Partial<DealTerms>, code: string) =>
  spec
    .given([])
    .when(propose(terms(overrides)))
    .thenThrows(code, 'BAD_USER_INPUT');
const lines = (n: number) => Array.from({ length: n }, (_, i) => ({ postId: `p-${i}`, fte: 1 }));

describe('when the terms name their source posts', () => {
  it('needs at least one post, and at most 200', () => {
    refuses({ sourcePosts: [] }, 'NO_SOURCE_POSTS');
    refuses({ sourcePosts: undefined as unknown as DealTerms['sourcePosts'] }, 'NO_SOURCE_POSTS');
    refuses({ sourcePosts: lines(201) }, 'TOO_MANY_SOURCE_POSTS');
    // 200 lines pass the shape check, and then meet the establishment's list of posts
    refuses({ sourcePosts: lines(200) }, 'POST_NOT_IN_SERVICE');
  });

  it('lists each post once', () => {
    const error = refuses(
      {
        sourcePosts: [
          { postId: 'post-1', fte: 300 },
          { postId: 'post-1', fte: 200 },
        ],
      },
      'POST_LISTED_TWICE',
    );
    expect(error.message).toContain('post-1');
  });

  it('releases at least 0.001 FTE from each post, in whole thousandths', () => {
    refuses({ sourcePosts: [{ postId: 'post-1', fte: 0 }] }, 'INVALID_FTE');
    refuses({ sourcePosts: [{ postId: 'post-1', fte: 0.6 }] }, 'INVALID_FTE');
    refuses({ sourcePosts: [{ postId: 'post-1', fte: -100 }] }, 'INVALID_FTE');
    spec
      .given([])
      .when(propose(terms({ sourcePosts: [{ postId: 'post-1', fte: 1 }] })))
      .then([proposed(terms({ sourcePosts: [{ postId: 'post-1', fte: 1 }] }))]);
  });
});

describe('when the terms give a budget', () => {
  it('needs one to ten financial years, each once', () => {
    refuses({ budget: [] }, 'NO_BUDGET');
    const years = Array.from({ length: 11 }, (_, i) => ({ financialYear: `${2026 + i}/${String((27 + i) % 100).padStart(2, '0')}`, pence: 0 }));
    refuses({ budget: years }, 'TOO_MANY_BUDGET_YEARS');
    spec
      .given([])
      .when(propose(terms({ budget: years.slice(0, 10) })))
      .then([proposed(terms({ budget: years.slice(0, 10) }))]);
    refuses(
      {
        budget: [
          { financialYear: '2026/27', pence: 1 },
          { financialYear: '2026/27', pence: 2 },
        ],
      },
      'BUDGET_YEAR_LISTED_TWICE',
    );
  });

  it.each([['2026/28'], ['2026-27'], ['26/27'], ['2026/2027'], [''], [2026]])('refuses the financial year %p', (financialYear) => {
    refuses({ budget: [{ financialYear: financialYear as string, pence: 1 }] }, 'INVALID_FINANCIAL_YEAR');
  });

  it('accepts consecutive years across a century', () => {
    expect(['2026/27', '1999/00', '2099/00'].map(isFinancialYear)).toEqual([true, true, true]);
  });

  it('takes whole pence, zero allowed', () => {
    refuses({ budget: [{ financialYear: '2026/27', pence: -1 }] }, 'INVALID_MONEY');
    refuses({ budget: [{ financialYear: '2026/27', pence: 10.5 }] }, 'INVALID_MONEY');
    const free = terms({ budget: [{ financialYear: '2026/27', pence: 0 }] });
    spec
      .given([])
      .when(propose(free))
      .then([proposed(free)]);
  });
});

describe('when the terms describe the change', () => {
  it('needs a real effective date', () => {
    refuses({ effectiveDate: '2026-02-29' }, 'INVALID_DATE');
  });

  it('limits the linked change to 200 characters, and allows none', () => {
    refuses({ linkedChange: 'x'.repeat(201) }, 'TEXT_TOO_LONG');
    spec
      .given([])
      .when(propose(terms({ linkedChange: ' ' })))
      .then([proposed(terms({ linkedChange: '' }))]);
  });

  it('needs a rationale of up to 2000 characters', () => {
    refuses({ rationale: '' }, 'TEXT_REQUIRED');
    refuses({ rationale: 'r'.repeat(2001) }, 'TEXT_TOO_LONG');
  });

  it('needs UUIDs for the deal and the service', () => {
    const command = propose();
    spec
      .given([])
      .when({ ...command, data: { ...command.data, dealId: 'deal-1' } })
      .thenThrows('INVALID_ID');
    spec
      .given([])
      .when({ ...command, data: { ...command.data, serviceId: 'highways' } })
      .thenThrows('INVALID_ID');
  });
});

describe('derived figures', () => {
  it('sums the FTE of the posts and the pence of the years exactly', () => {
    const t = terms({
      sourcePosts: [
        { postId: 'a', fte: 333 },
        { postId: 'b', fte: 667 },
      ],
      budget: [
        { financialYear: '2026/27', pence: 1 },
        { financialYear: '2027/28', pence: 2 },
      ],
    });
    expect([termsFte(t), termsBudgetTotal(t)]).toEqual([1000, 3]);
  });

  it('treats the same lines in another order as the same terms', () => {
    const a = terms({
      sourcePosts: [
        { postId: 'a', fte: 1 },
        { postId: 'b', fte: 2 },
      ],
    });
    const b = terms({
      sourcePosts: [
        { postId: 'b', fte: 2 },
        { postId: 'a', fte: 1 },
      ],
    });
    expect(sameTerms(a, b)).toBe(true);
    expect(sameTerms(a, terms())).toBe(false);
  });
});
