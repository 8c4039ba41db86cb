import { describe, expect, it } from 'vitest';
import { checkGrid, checkRow, initialGridValues, overLimitMessage, returnPosts, type GridActivity, type GridPost } from './return-grid-rules';

const activities: GridActivity[] = [
  { id: 'kpi', name: 'Supplier performance and KPI monitoring' },
  { id: 'pay', name: 'Payment and invoice validation' },
  { id: 'other', name: 'Other work' },
];
const posts: GridPost[] = [
  { id: 'p1', reference: 'HWY-0001', title: 'Officer', fte: 1000 },
  { id: 'p2', reference: 'HWY-0002', title: 'Officer', fte: 600 },
  { id: 'p3', reference: 'HWY-0003', title: 'Team Manager', fte: 1000 },
];

describe('checkRow', () => {
  it('adds the whole percents of a row, empty cells counting as 0', () => {
    expect(checkRow({ kpi: '10', pay: '', other: '90' }, activities)).toEqual({ total: 100, invalidActivityIds: [], overLimit: false });
    expect(checkRow(undefined, activities)).toEqual({ total: 0, invalidActivityIds: [], overLimit: false });
  });

  it('flags a total over 100, but not one of exactly 100 or less', () => {
    expect(checkRow({ kpi: '20', pay: '', other: '90' }, activities)).toMatchObject({ total: 110, overLimit: true });
    expect(checkRow({ kpi: '20', pay: '', other: '80' }, activities)).toMatchObject({ total: 100, overLimit: false });
    expect(checkRow({ kpi: '20', pay: '', other: '' }, activities)).toMatchObject({ total: 20, overLimit: false });
  });

  it('reports cells that are not whole percents and leaves them out of the total', () => {
    expect(checkRow({ kpi: '12.5', pay: '150', other: '40' }, activities)).toEqual({
      total: 40,
      invalidActivityIds: ['kpi', 'pay'],
      overLimit: false,
    });
  });
});

describe('checkGrid', () => {
  it('finds nothing wrong with a grid whose rows add up to 100 or less', () => {
    const values = { p1: { kpi: '50', pay: '', other: '50' }, p2: { kpi: '', pay: '', other: '' } };
    expect(checkGrid(posts, activities, values)).toEqual([]);
  });

  it('names the post and what is wrong, row by row', () => {
    const values = { p1: { kpi: '60', pay: '', other: '50' }, p2: { kpi: 'ten', pay: '', other: '' } };
    expect(checkGrid(posts, activities, values)).toEqual([
      { postId: 'p1', activityId: 'kpi', message: 'HWY-0001: the shares add up to 110%; they can add up to 100% at most' },
      { postId: 'p2', activityId: 'kpi', message: 'HWY-0002: Supplier performance and KPI monitoring must be a whole number from 0 to 100' },
    ]);
    expect(overLimitMessage('HWY-0001', 110)).toBe('HWY-0001: the shares add up to 110%; they can add up to 100% at most');
  });
});

describe('the return', () => {
  const latest = [
    {
      postId: 'p1',
      shares: [
        { activityId: 'kpi', percent: 10 },
        { activityId: 'other', percent: 90 },
      ],
    },
  ];

  it('prefills each cell with the latest share', () => {
    expect(initialGridValues(posts.slice(0, 2), activities, latest)).toEqual({
      p1: { kpi: '10', pay: '', other: '90' },
      p2: { kpi: '', pay: '', other: '' },
    });
  });

  it('sends the posts with shares, and a post returned before even when cleared, but not posts never answered', () => {
    const values = { p1: { kpi: '', pay: '', other: '' }, p2: { kpi: ' 25', pay: '0', other: '75' }, p3: { kpi: '', pay: '', other: '' } };
    expect(returnPosts(posts, activities, values, new Set(['p1']))).toEqual([
      { postId: 'p1', shares: [] },
      {
        postId: 'p2',
        shares: [
          { activityId: 'kpi', percent: 25 },
          { activityId: 'other', percent: 75 },
        ],
      },
    ]);
  });
});
