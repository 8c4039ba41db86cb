import { analyseActivity, type AnalysisPost } from './analysis';
import type { Activity } from './taxonomy';

const activity = (activityId: string, parentId: string | null, contractManagement = false, retired = false): Activity => ({
  activityId,
  parentId,
  name: activityId,
  contractManagement,
  retired,
});
const activities = [activity('cm', null, true), activity('kpi', 'cm'), activity('pay', 'cm'), activity('other', null)];
const post = (postId: string, serviceId: string, fte: number, budgetedAnnualCostPence: number): AnalysisPost => ({
  postId,
  serviceId,
  fte,
  budgetedAnnualCostPence,
});

// Hand-computed: 1.0 FTE at 60% + 0.5 FTE at 50% + 0.6 FTE at 10% = 0.6 + 0.25 + 0.06 = 0.910 FTE.
// Cost: £40,000.00 × 60% + £30,000.01 × 50% + £20,000.00 × 10% = £24,000 + £15,000.005 + £2,000 = £41,000.005 → £41,000.01.
// By service: A = 0.600 + 0.060 = 0.660 FTE and £26,000.00; B = 0.250 FTE and £15,000.005, which gets the penny: £15,000.01.
// By activity: kpi = 1.0 × 40% + 0.5 × 50% = 0.650 FTE and £16,000 + £15,000.005 → £31,000.01 (it has the largest
// remainder); pay = 1.0 × 20% + 0.6 × 10% = 0.260 FTE and £8,000 + £2,000 = £10,000.00. Post p4 has no return yet.
const example = {
  posts: [post('p1', 'A', 1000, 4_000_000), post('p2', 'B', 500, 3_000_001), post('p3', 'A', 600, 2_000_000), post('p4', 'B', 1000, 1)],
  sharesByPost: {
    p1: [
      { activityId: 'kpi', percent: 40 },
      { activityId: 'pay', percent: 20 },
      { activityId: 'other', percent: 40 },
    ],
    p2: [{ activityId: 'kpi', percent: 50 }],
    p3: [
      { activityId: 'pay', percent: 10 },
      { activityId: 'other', percent: 90 },
    ],
  },
  activities,
};

describe('analysing activity returns', () => {
  it('adds up the hand-computed example exactly', () => {
    expect(analyseActivity(example)).toEqual({
      totalFte: 910,
      totalCostPence: 4_100_001,
      postsAnalysed: 3,
      postsWithContractManagement: 3,
      substantivePosts: 2,
      fractionalPosts: 1,
      thresholdPercent: 50,
      byService: [
        { serviceId: 'A', fte: 660, costPence: 2_600_000, posts: 2, substantivePosts: 1 },
        { serviceId: 'B', fte: 250, costPence: 1_500_001, posts: 1, substantivePosts: 1 },
      ],
      byActivity: [
        { activityId: 'kpi', fte: 650, costPence: 3_100_001 },
        { activityId: 'pay', fte: 260, costPence: 1_000_000 },
      ],
      headline: '0.9 FTE of contract-management time across 3 posts, but only 2 posts where it is at least half the job',
      roundingRule: expect.stringContaining('largest-remainder'),
    });
  });

  it('rounds breakdowns so that they add up to the total', () => {
    const thirds = ['A', 'B', 'C'].map((s, i) => post(`p${i}`, s, 1, 1));
    const result = analyseActivity({
      posts: thirds,
      sharesByPost: { p0: [{ activityId: 'kpi', percent: 50 }], p1: [{ activityId: 'kpi', percent: 50 }], p2: [{ activityId: 'kpi', percent: 50 }] },
      activities,
    });
    expect(result.totalFte).toBe(2); // 3 × 0.0005 = 0.0015 FTE → 0.002
    expect(result.byService.map((s) => s.fte)).toEqual([1, 1, 0]);
    expect(result.totalCostPence).toBe(2);
  });

  it('uses another threshold when given one', () => {
    const result = analyseActivity({ ...example, substantiveThresholdPercent: 60 });
    expect(result).toMatchObject({ substantivePosts: 1, fractionalPosts: 2, thresholdPercent: 60 });
    expect(result.headline).toBe('0.9 FTE of contract-management time across 3 posts, but only 1 post where it is at least 60% of the job');
    expect(() => analyseActivity({ ...example, substantiveThresholdPercent: 0 })).toThrow(expect.objectContaining({ code: 'INVALID_THRESHOLD' }));
  });

  it('still counts time booked to an activity retired since', () => {
    const retired = [activity('cm', null, true), activity('kpi', 'cm', false, true), activity('pay', 'cm', false, true), activity('other', null)];
    expect(analyseActivity({ ...example, activities: retired }).totalFte).toBe(910);
  });

  it('words the headline for each case', () => {
    const one = { posts: [post('p1', 'A', 1000, 0)], activities };
    expect(analyseActivity({ ...one, sharesByPost: {} }).headline).toMatch(/^No activity returns yet: /);
    expect(analyseActivity({ ...one, sharesByPost: { p1: [{ activityId: 'other', percent: 100 }] } }).headline).toBe(
      'No contract-management time in the activity returns so far, which cover 1 post.',
    );
    expect(analyseActivity({ ...one, sharesByPost: { p1: [{ activityId: 'kpi', percent: 20 }] } }).headline).toBe(
      '0.2 FTE of contract-management time across 1 post, but no post where it is at least half the job',
    );
    expect(analyseActivity({ ...one, sharesByPost: { p1: [{ activityId: 'kpi', percent: 100 }] } }).headline).toBe(
      '1.0 FTE of contract-management time across 1 post, where it is at least half the job',
    );
    const two = { posts: [post('p1', 'A', 1000, 0), post('p2', 'A', 500, 0)], activities };
    expect(analyseActivity({ ...two, sharesByPost: { p1: [{ activityId: 'kpi', percent: 55 }], p2: [{ activityId: 'pay', percent: 50 }] } }).headline).toBe(
      '0.8 FTE of contract-management time across 2 posts, in every one of which it is at least half the job',
    );
  });

  it('analyses 5,000 posts with 10 shares each', () => {
    const ids = Array.from({ length: 10 }, (_, i) => `a${i}`);
    const big = [activity('root', null, true), activity('rest', null), ...ids.map((id, i) => activity(id, i < 6 ? 'root' : 'rest'))];
    const posts = Array.from({ length: 5000 }, (_, i) => post(`p${i}`, `s${i % 40}`, 600 + (i % 5) * 100, 3_000_000 + i));
    const sharesByPost = Object.fromEntries(posts.map((p, i) => [p.postId, ids.map((activityId) => ({ activityId, percent: i % 2 === 0 ? 10 : 5 }))]));
    const result = analyseActivity({ posts, sharesByPost, activities: big });
    // Even posts are 60% contract management, odd posts 30%; each fte cycle of five averages 0.8 FTE.
    const exact = posts.reduce((sum, p, i) => sum + p.fte * (i % 2 === 0 ? 60 : 30), 0);
    expect(result.totalFte).toBe(Math.round(exact / 100));
    expect(result).toMatchObject({ postsAnalysed: 5000, postsWithContractManagement: 5000, substantivePosts: 2500, fractionalPosts: 2500 });
    expect(result.byService.reduce((s, x) => s + x.fte, 0)).toBe(result.totalFte);
    expect(result.byActivity.reduce((s, x) => s + x.costPence, 0)).toBe(result.totalCostPence);
    expect(result.byActivity).toHaveLength(6);
  });
});

describe('when the numbers are large', () => {
  it('writes counts with thousands separators', () => {
    const posts = Array.from({ length: 1200 }, (_, i) => ({ postId: `p${i}`, serviceId: 's', fte: 1000, budgetedAnnualCostPence: 100 }));
    const activities = [{ activityId: 'cm', parentId: null, name: 'Contract management', contractManagement: true, retired: false }];
    const sharesByPost = Object.fromEntries(posts.map((p) => [p.postId, [{ activityId: 'cm', percent: 10 }]]));
    const result = analyseActivity({ posts, sharesByPost, activities, substantiveThresholdPercent: 50 });
    expect(result.headline).toBe('120.0 FTE of contract-management time across 1,200 posts, but no post where it is at least half the job');
  });
});
