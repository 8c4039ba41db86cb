import {
  agreed,
  amendmentAgreed,
  amendmentCountered,
  amendmentProposed,
  amendmentRejected,
  bySide,
  countered,
  dealA,
  dealB,
  proposed,
  rejected,
  smaller,
  terms,
  withdrawn,
} from '../spec-fixtures';
import { negotiationHistory } from './negotiation-history';

const twoPosts = terms({
  sourcePosts: [
    { postId: 'post-1', fte: 500 },
    { postId: 'post-2', fte: 300 },
  ],
  budget: [
    { financialYear: '2026/27', pence: 3_000_000 },
    { financialYear: '2027/28', pence: 1_120_000 },
  ],
});
const middle = terms({ sourcePosts: [{ postId: 'post-1', fte: 700 }], budget: [{ financialYear: '2026/27', pence: 3_605_000 }] });

describe('negotiationHistory', () => {
  it('reads the negotiation round by round, as an auditor replays it', () => {
    const steps = negotiationHistory([
      { ...proposed(twoPosts), at: '2026-01-10T10:00:00Z' },
      { ...countered(smaller(), 'Only 0.6 of the post is contract work'), at: '2026-01-12T09:00:00Z' },
      countered(middle, 'Meet in the middle.', bySide.programme),
      agreed(middle, 'programme', bySide.onBehalf, 'Confirmed with Dana by phone.'),
    ]);
    expect(steps.map((s) => s.sentence)).toEqual([
      'Programme side proposed: 0.800 FTE, £41,200.00 from 2 posts, effective 2026-04-01, linked to Highways restructure phase 2. ' +
        'Rationale: Contract monitoring moves to the central team.',
      'Service side countered: 0.800 → 0.600 FTE, £41,200.00 → £30,900.00. Reason: Only 0.6 of the post is contract work.',
      'Programme side countered: 0.600 → 0.700 FTE, £30,900.00 → £36,050.00. Reason: Meet in the middle.',
      "Service side (a consultant on the director's behalf) agreed the programme side's offer: 0.700 FTE, £36,050.00. Reason: Confirmed with Dana by phone.",
    ]);
    expect(steps[0]).toEqual({
      at: '2026-01-10T10:00:00Z',
      dealId: dealA,
      side: 'programme',
      onBehalfOfService: false,
      action: 'proposed',
      fte: 800,
      budgetTotal: 4_120_000,
      reason: null,
      sentence: steps[0].sentence,
    });
    expect(steps[1]).toMatchObject({ at: '2026-01-12T09:00:00Z', side: 'service', action: 'countered', fte: 600, budgetTotal: 3_090_000 });
    expect(steps[3]).toMatchObject({ side: 'service', onBehalfOfService: true, action: 'agreed', fte: 700, reason: 'Confirmed with Dana by phone.' });
    expect('at' in steps[2]).toBe(false);
  });

  it('says what was left on the table when a deal is rejected or withdrawn', () => {
    const [, , rejection] = negotiationHistory([proposed(), countered(smaller(), 'Less.'), rejected('We cannot lose the post.', bySide.programme)]);
    expect(rejection).toMatchObject({ action: 'rejected', side: 'programme', fte: 600, budgetTotal: 3_090_000 });
    expect(rejection.sentence).toBe('Programme side rejected the deal with 0.600 FTE, £30,900.00 on the table. Reason: We cannot lose the post.');
    const [, withdrawal] = negotiationHistory([proposed(), withdrawn('The service is being outsourced')]);
    expect(withdrawal.sentence).toBe('Programme side withdrew the deal with 0.800 FTE, £41,200.00 on the table. Reason: The service is being outsourced.');
  });

  it('leaves notes out: they are listed apart from the offers', () => {
    const note = { type: 'DealNoteAdded' as const, data: { dealId: dealA, text: 'Agreed verbally.' } };
    const steps = negotiationHistory([proposed(), note, withdrawn('Outsourced.'), note]);
    expect(steps.map((s) => s.action)).toEqual(['proposed', 'withdrawn']);
  });

  it('tells an amendment from the agreed terms it would change', () => {
    const steps = negotiationHistory([
      proposed(),
      agreed(terms()),
      amendmentProposed(smaller(), 'Phase 3 keeps 0.2 FTE.', bySide.service),
      amendmentCountered(middle, 'Halfway?', bySide.programme),
      amendmentAgreed(middle, 'programme', bySide.service),
      amendmentProposed(terms({ effectiveDate: '2026-07-01' }), 'Later start.'),
      amendmentRejected('Keep April.'),
    ]);
    expect(steps.slice(1).map((s) => s.sentence)).toEqual([
      "Service side agreed the programme side's offer: 0.800 FTE, £41,200.00.",
      'Service side proposed an amendment: 0.800 → 0.600 FTE, £41,200.00 → £30,900.00; the agreed terms stay in force meanwhile. Reason: Phase 3 keeps 0.2 FTE.',
      'Programme side countered the amendment: 0.600 → 0.700 FTE, £30,900.00 → £36,050.00; the agreed terms stay in force meanwhile. Reason: Halfway?',
      "Service side agreed the programme side's amendment: 0.700 FTE, £36,050.00, now in force.",
      'Programme side proposed an amendment: 0.700 → 0.800 FTE, £36,050.00 → £41,200.00; the agreed terms stay in force meanwhile. Reason: Later start.',
      'Service side rejected the amendment; the agreed 0.700 FTE, £36,050.00 stay in force. Reason: Keep April.',
    ]);
    expect(steps.map((s) => s.action)).toEqual([
      'proposed',
      'agreed',
      'amendment_proposed',
      'amendment_countered',
      'amendment_agreed',
      'amendment_proposed',
      'amendment_rejected',
    ]);
  });

  it('says "unchanged" for a figure a counter-offer keeps', () => {
    const [, step] = negotiationHistory([proposed(), countered(terms({ effectiveDate: '2026-10-01' }), 'October, not April.')]);
    expect(step.sentence).toBe('Service side countered: 0.800 FTE unchanged, £41,200.00 unchanged. Reason: October, not April.');
  });

  it('picks one deal out of a stream, and skips events of a deal it never saw proposed', () => {
    const stream = [proposed(), proposed(smaller(), dealB), rejected('No.', bySide.service, dealB), agreed(terms())];
    expect(negotiationHistory(stream, dealB).map((s) => s.action)).toEqual(['proposed', 'rejected']);
    expect(negotiationHistory(stream).map((s) => s.dealId)).toEqual([dealA, dealB, dealB, dealA]);
    expect(negotiationHistory([agreed(terms())])).toEqual([]);
  });
});
