import { latestSharesFrom } from './latest-shares';

describe('latest shares', () => {
  it('gives one row per post in the return', () => {
    const shares = [{ activityId: 'kpi', percent: 40 }];
    expect(
      latestSharesFrom({
        type: 'ActivityReturnSubmitted',
        data: {
          returnId: 'r1',
          programmeId: 'prog',
          serviceId: 'svc',
          submittedByRole: 'service_director',
          posts: [
            { postId: 'p1', shares },
            { postId: 'p2', shares: [] },
          ],
        },
      }),
    ).toEqual([
      { postId: 'p1', shares, returnId: 'r1', submittedByRole: 'service_director', serviceId: 'svc' },
      { postId: 'p2', shares: [], returnId: 'r1', submittedByRole: 'service_director', serviceId: 'svc' },
    ]);
  });
});
