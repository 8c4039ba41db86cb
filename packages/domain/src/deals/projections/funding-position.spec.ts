import { DomainError } from '../../shared/errors';
import { agreed, amendmentProposed, countered, dealB, proposed, smaller, terms } from '../spec-fixtures';
import { dealSummariesFrom, type DealSummary } from './deal-summary';
import { fundingPosition } from './funding-position';

type Funding = Pick<DealSummary, 'status' | 'agreedFte' | 'agreedBudget' | 'offerFte' | 'offerBudget'>;
const years = (...lines: [string, number][]) => lines.map(([financialYear, pence]) => ({ financialYear, pence }));
const none = { agreedFte: null, agreedBudget: null, offerFte: null, offerBudget: null };

describe('fundingPosition', () => {
  it('adds up agreed deals, the pipeline and the gap exactly (worked by hand)', () => {
    const deals: Funding[] = [
      // A, agreed: 0.800 FTE; £41,200.00 in 26/27 and £42,440.00 in 27/28
      { ...none, status: 'agreed', agreedFte: 800, agreedBudget: years(['2026/27', 4_120_000], ['2027/28', 4_244_000]) },
      // B, countered: 0.600 FTE and £30,900.00 in 26/27 on the table, all pipeline
      { ...none, status: 'countered', offerFte: 600, offerBudget: years(['2026/27', 3_090_000]) },
      // C, agreed at 0.500 FTE with an amendment to 0.700 pending: only what it adds is pipeline;
      // its cut in 27/28 subtracts nothing, and its new year 28/29 counts in full
      {
        status: 'amendment_proposed',
        agreedFte: 500,
        agreedBudget: years(['2026/27', 2_575_000], ['2027/28', 2_652_000]),
        offerFte: 700,
        offerBudget: years(['2026/27', 3_605_000], ['2027/28', 2_600_000], ['2028/29', 1_000_000]),
      },
      // D and E, closed: nothing counts
      { ...none, status: 'rejected' },
      { ...none, status: 'withdrawn' },
    ];
    const position = fundingPosition({ deals, designNeed: { fte: 2500, budgetByYear: { '2027/28': 6_000_000, '2026/27': 12_000_000 } } });
    expect(position).toEqual({
      byYear: [
        // agreed 4,120,000 + 2,575,000; pipeline 3,090,000 + (3,605,000 − 2,575,000)
        { financialYear: '2026/27', agreedPence: 6_695_000, pipelinePence: 4_120_000, neededPence: 12_000_000, gapPence: 5_305_000 },
        // agreed 4,244,000 + 2,652,000 over-funds the need of 6,000,000 by 896,000
        { financialYear: '2027/28', agreedPence: 6_896_000, pipelinePence: 0, neededPence: 6_000_000, gapPence: -896_000 },
        { financialYear: '2028/29', agreedPence: 0, pipelinePence: 1_000_000, neededPence: 0, gapPence: 0 },
      ],
      // agreed 800 + 500; pipeline 600 + (700 − 500); gap 2500 − 1300
      fte: { agreed: 1300, pipeline: 800, needed: 2500, gap: 1200 },
    });
  });

  it('shows the whole need as the gap when there are no deals', () => {
    expect(fundingPosition({ deals: [], designNeed: { fte: 3000, budgetByYear: { '2026/27': 15_000_000 } } })).toEqual({
      byYear: [{ financialYear: '2026/27', agreedPence: 0, pipelinePence: 0, neededPence: 15_000_000, gapPence: 15_000_000 }],
      fte: { agreed: 0, pipeline: 0, needed: 3000, gap: 3000 },
    });
  });

  it('works from the summaries of a real stream', () => {
    const other = terms({ sourcePosts: [{ postId: 'post-2', fte: 300 }], budget: years(['2026/27', 1_500_000]) });
    const rows = dealSummariesFrom([
      proposed(),
      agreed(terms()),
      amendmentProposed(terms({ sourcePosts: [{ postId: 'post-1', fte: 900 }] }), 'More.'),
      proposed(other, dealB),
      countered(smaller({ sourcePosts: [{ postId: 'post-2', fte: 200 }], budget: years(['2026/27', 1_000_000]) }), 'Less.', undefined, dealB),
    ]);
    expect(fundingPosition({ deals: rows, designNeed: { fte: 2000, budgetByYear: { '2026/27': 10_000_000 } } })).toEqual({
      byYear: [{ financialYear: '2026/27', agreedPence: 4_120_000, pipelinePence: 1_000_000, neededPence: 10_000_000, gapPence: 5_880_000 }],
      fte: { agreed: 800, pipeline: 300, needed: 2000, gap: 1200 },
    });
  });

  it('checks the need it is given', () => {
    const codeOf = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return (error as DomainError).code;
      }
      return null;
    };
    expect(codeOf(() => fundingPosition({ deals: [], designNeed: { fte: 1000, budgetByYear: { '2026': 1 } } }))).toBe('INVALID_FINANCIAL_YEAR');
    expect(codeOf(() => fundingPosition({ deals: [], designNeed: { fte: 1000, budgetByYear: { '2026/27': 1.5 } } }))).toBe('INVALID_MONEY');
    expect(codeOf(() => fundingPosition({ deals: [], designNeed: { fte: 0.5, budgetByYear: {} } }))).toBe('INVALID_FTE');
  });
});
