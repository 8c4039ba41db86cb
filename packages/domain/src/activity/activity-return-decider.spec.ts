import type { Role } from '../shared/decider';
import { deciderSpec, meta } from '../testing';
import { activityReturnDecider } from './activity-return-decider';
import type { PostShares, SubmitActivityReturn } from './commands';
import type { ActivityReturnSubmitted } from './events';

const spec = deciderSpec(activityReturnDecider);
const highways = 'svc-highways';
const servicePosts = [
  { postId: 'p12', reference: 'HWY-0012' },
  { postId: 'p13', reference: 'HWY-0013' },
];
const posts: PostShares[] = [
  {
    postId: 'p12',
    shares: [
      { activityId: 'kpi', percent: 40 },
      { activityId: 'pay', percent: 20 },
    ],
  },
  { postId: 'p13', shares: [] },
];
const submit = (data: Partial<SubmitActivityReturn['data']> = {}, role: Role = 'consultant'): SubmitActivityReturn => ({
  type: 'SubmitActivityReturn',
  data: {
    returnId: 'r1',
    programmeId: 'prog',
    serviceId: highways,
    posts,
    servicePosts,
    activeActivityIds: ['kpi', 'pay', 'other'],
    actorServiceId: null,
    ...data,
  },
  metadata: meta({ actor: { role } }),
});
const submitted = (data: Partial<ActivityReturnSubmitted['data']> = {}): ActivityReturnSubmitted => ({
  type: 'ActivityReturnSubmitted',
  data: { returnId: 'r1', programmeId: 'prog', serviceId: highways, posts, submittedByRole: 'consultant', ...data },
});
const onePost = (shares: { activityId: string; percent: number }[]) => ({ posts: [{ postId: 'p12', shares }] });

describe('when someone submits a return', () => {
  it('records it for a consultant or a tenant admin, for any service', () => {
    spec.given([]).when(submit()).then([submitted()]);
    spec
      .given([])
      .when(submit({}, 'tenant_admin'))
      .then([submitted({ submittedByRole: 'tenant_admin' })]);
  });

  it('lets a service director return their own service only', () => {
    spec
      .given([])
      .when(submit({ actorServiceId: highways }, 'service_director'))
      .then([submitted({ submittedByRole: 'service_director' })]);
    spec
      .given([])
      .when(submit({ actorServiceId: 'svc-libraries' }, 'service_director'))
      .thenThrows('NOT_YOUR_SERVICE', 'FORBIDDEN');
    spec
      .given([])
      .when(submit({ actorServiceId: null }, 'service_director'))
      .thenThrows('NOT_YOUR_SERVICE', 'FORBIDDEN');
  });

  it.each<Role>(['auditor', 'hr_partner', 'finance_partner', 'da_member', 'interim_service_manager'])('refuses a %s', (role) => {
    spec
      .given([])
      .when(submit({ actorServiceId: highways }, role))
      .thenThrows('RETURN_NOT_ALLOWED', 'FORBIDDEN');
  });
});

describe('when the return is checked', () => {
  it('needs at least one post', () => {
    spec
      .given([])
      .when(submit({ posts: [] }))
      .thenThrows('RETURN_HAS_NO_POSTS');
  });

  it("needs each post to be one of the service's posts, naming it", () => {
    const error = spec
      .given([])
      .when(submit({ posts: [{ postId: 'p99', shares: [] }] }))
      .thenThrows('POST_NOT_IN_SERVICE');
    expect(error.message).toContain('p99');
  });

  it('refuses a post listed twice', () => {
    spec
      .given([])
      .when(submit({ posts: [posts[0], posts[0]] }))
      .thenThrows('POST_LISTED_TWICE');
  });

  it.each([[-1], [101], [12.5], [NaN]])('refuses the share %p, naming the post and the activity', (percent) => {
    const error = spec
      .given([])
      .when(submit(onePost([{ activityId: 'kpi', percent }])))
      .thenThrows('INVALID_SHARE');
    expect(error.message).toContain('HWY-0012');
    expect(error.message).toContain('kpi');
  });

  it('accepts shares of 0 and 100', () => {
    spec
      .given([])
      .when(
        submit(
          onePost([
            { activityId: 'kpi', percent: 100 },
            { activityId: 'pay', percent: 0 },
          ]),
        ),
      )
      .then([
        submitted(
          onePost([
            { activityId: 'kpi', percent: 100 },
            { activityId: 'pay', percent: 0 },
          ]),
        ),
      ]);
  });

  it('refuses an activity listed twice for a post', () => {
    spec
      .given([])
      .when(
        submit(
          onePost([
            { activityId: 'kpi', percent: 10 },
            { activityId: 'kpi', percent: 10 },
          ]),
        ),
      )
      .thenThrows('ACTIVITY_LISTED_TWICE');
  });

  it('needs each activity to be active', () => {
    spec
      .given([])
      .when(submit(onePost([{ activityId: 'retired', percent: 10 }])))
      .thenThrows('ACTIVITY_NOT_FOUND', 'NOT_FOUND');
  });

  it('refuses shares adding up to more than 100%, and says by how much', () => {
    const error = spec
      .given([])
      .when(
        submit(
          onePost([
            { activityId: 'kpi', percent: 60 },
            { activityId: 'pay', percent: 30 },
            { activityId: 'other', percent: 20 },
          ]),
        ),
      )
      .thenThrows('SHARES_OVER_100');
    expect(error.message).toBe('Post HWY-0012: the shares add up to 110%; they may add up to 100% at most.');
  });

  it('refuses the same return twice', () => {
    spec.given([submitted()]).when(submit()).thenThrows('RETURN_ALREADY_SUBMITTED', 'CONFLICT');
  });
});

describe('when a later return covers some of the posts', () => {
  it('supersedes the earlier shares for those posts only, keeping both in history', () => {
    const later = submitted({ returnId: 'r2', ...onePost([{ activityId: 'kpi', percent: 70 }]) });
    spec
      .given([submitted()])
      .when(submit({ returnId: 'r2', ...onePost([{ activityId: 'kpi', percent: 70 }]) }))
      .then([later]);
    const state = [submitted(), later].reduce(activityReturnDecider.evolve, activityReturnDecider.initialState);
    expect(state.returnCount).toBe(2);
    expect(state.latestByPost).toEqual({
      p12: { returnId: 'r2', shares: [{ activityId: 'kpi', percent: 70 }] },
      p13: { returnId: 'r1', shares: [] },
    });
  });
});
