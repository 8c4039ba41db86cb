import type { PostFields } from '../post';
import { postRowsFrom } from './post-row';

const post = (postId: string): PostFields => ({
  postId,
  reference: `R-${postId}`,
  serviceId: 'svc',
  title: 'Officer',
  grade: 'PO1',
  scp: null,
  fte: 1000,
  postholderRef: null,
  vacant: true,
  budgetedAnnualCostPence: 0,
});

describe('post rows', () => {
  it('upserts an added or updated post', () => {
    expect(postRowsFrom({ type: 'PostAdded', data: post('a') })).toEqual([{ postId: 'a', row: post('a') }]);
    expect(postRowsFrom({ type: 'PostUpdated', data: post('a') })).toEqual([{ postId: 'a', row: post('a') }]);
  });

  it('deletes a removed post', () => {
    expect(postRowsFrom({ type: 'PostRemoved', data: { postId: 'a', reference: 'R-a' } })).toEqual([{ postId: 'a', row: null }]);
  });

  it('upserts every imported post', () => {
    expect(postRowsFrom({ type: 'PostsImported', data: { importId: 'i', posts: [post('a'), post('b')] } })).toEqual([
      { postId: 'a', row: post('a') },
      { postId: 'b', row: post('b') },
    ]);
  });

  it('has no rows for the import summary', () => {
    const data = { importId: 'i', fileName: 'f.xlsx', rowCount: 0, created: 0, updated: 0, unchanged: 0 };
    expect(postRowsFrom({ type: 'EstablishmentImported', data })).toEqual([]);
  });
});
