import type { DealTerms } from '../deals';
import type { DesignPost } from '../design';
import { programmeDiff, type DiffEvent } from './diff';

let n = 0;
const ev = (streamName: string, type: string, data: Record<string, unknown>): DiffEvent => ({
  eventId: `e${++n}`,
  streamName,
  type,
  data,
  metadata: { actor: { userId: 'u', role: 'consultant', displayName: 'Priya Shah' } },
});
const design = (type: string, data: Record<string, unknown>) => ev('functionDesign-t_p1', type, data);
const deal = (type: string, data: Record<string, unknown>) => ev('fteDeals-t_p1.s1', type, data);
const post = (id: string, fte: number): DesignPost => ({
  designPostId: id,
  title: `Post ${id}`,
  grade: 10,
  fte,
  reportsTo: null,
  responsibilities: [],
  jdReference: null,
  indicativeCostPence: 4_000_000,
  apprenticeship: false,
  holderAgeBand: null,
  allowances: [],
});
const terms = (fte: number, pence: number): DealTerms => ({
  sourcePosts: [{ postId: 'x', fte }],
  budget: [{ financialYear: '2026/27', pence }],
  effectiveDate: '2026-04-01',
  linkedChange: 'c',
  rationale: 'r',
});

describe('programmeDiff', () => {
  const history = [
    design('DesignOptionDrafted', { optionId: 'o1', name: 'Hub', description: '', copiedFromOptionId: null, posts: [post('a', 1000)] }),
    deal('FteDealProposed', { dealId: 'd1', serviceId: 's1', terms: terms(800, 4_120_000), proposedBy: 'programme' }),
    deal('FteDealCountered', { dealId: 'd1', terms: terms(600, 3_090_000), reason: 'r', side: 'service', onBehalfOfService: false }),
    // cut here
    deal('FteDealAgreed', {
      dealId: 'd1',
      terms: terms(600, 3_090_000),
      offeredBy: 'service',
      acceptedBy: 'programme',
      onBehalfOfService: false,
      reason: null,
    }),
    design('DesignPostAdded', { optionId: 'o1', post: post('b', 500) }),
    design('DesignOptionChosen', { optionId: 'o1', reason: 'cheapest', previousOptionId: null }),
  ];

  it('lists what was added and changed after the cut, each with the events that caused it', () => {
    const items = programmeDiff(history, 3, (id) => (id === 's1' ? 'Highways' : id));
    const byLabel = Object.fromEntries(items.map((i) => [i.label, i]));
    expect(byLabel['Highways deal']).toMatchObject({
      area: 'deals',
      change: 'changed',
      before: 'countered: 0.600 FTE, £30,900.00 from 2026-04-01',
      after: 'agreed: 0.600 FTE, £30,900.00 from 2026-04-01',
      causedBy: [history[3].eventId],
    });
    expect(byLabel['Post “Post b” in “Hub”']).toMatchObject({ area: 'design', change: 'added', before: null, causedBy: [history[4].eventId] });
    expect(byLabel['Option “Hub”']).toMatchObject({ change: 'changed', before: 'Hub: 1 posts', after: 'Hub: 2 posts' });
    expect(byLabel['Chosen design option']).toMatchObject({ change: 'added', after: 'Hub', causedBy: [history[5].eventId] });
    expect(byLabel['FTE agreed']).toMatchObject({ area: 'funding', before: '0.000 FTE', after: '0.600 FTE' });
    expect(byLabel['FTE needed by the chosen design']).toMatchObject({ before: '0.000 FTE', after: '1.500 FTE' });
    expect(byLabel['Budget agreed 2026/27']).toMatchObject({ change: 'added', after: '£30,900.00' });
    expect(byLabel['Post “Post a” in “Hub”']).toBeUndefined();
  });

  it('finds nothing between a moment and itself, and everything from the start', () => {
    expect(programmeDiff(history, history.length)).toEqual([]);
    expect(programmeDiff(history, 0).filter((i) => i.change === 'removed')).toEqual([]);
    expect(
      programmeDiff(history, 0)
        .filter((i) => i.area !== 'funding')
        .every((i) => i.change === 'added'),
    ).toBe(true);
  });
});
