import { deciderSpec } from '../testing';
import { reassignmentsDecider } from './reassignments-decider';
import { appointed, atRisk, command, metadata, notAppointed, poolFormed, reason, slotIn } from './spec-fixtures';

const spec = deciderSpec(reassignmentsDecider);
const slot = (data: Partial<Parameters<typeof command<'RecordSlotIn'>>[1]> = {}) =>
  command('RecordSlotIn', { postId: 'hwy-1', designPostId: 'd-mgr', jobMatchPercent: 80, ...data });
const ringFence = (data: Partial<Parameters<typeof command<'PlaceInRingFence'>>[1]> = {}) =>
  command('PlaceInRingFence', { poolId: 'pool-1', name: 'Contract managers', postIds: ['hwy-1'], designPostIds: ['d-mgr'], ...data });
const select = (data: Partial<Parameters<typeof command<'RecordSelectionOutcome'>>[1]> = {}) =>
  command('RecordSelectionOutcome', { poolId: 'pool-1', postId: 'hwy-1', outcome: 'appointed', designPostId: 'd-mgr', ...data });

describe('when slotting in', () => {
  it('records a slot-in at or above the threshold, with the threshold used and the FTE brought', () => {
    spec
      .given([])
      .when(slot())
      .then([slotIn('hwy-1', 'd-mgr')]);
    spec
      .given([])
      .when(slot({ jobMatchPercent: 70 }))
      .then([{ ...slotIn('hwy-1', 'd-mgr'), data: { ...slotIn('hwy-1', 'd-mgr').data, jobMatchPercent: 70 } }]);
  });

  it('refuses a match below the threshold, naming the threshold', () => {
    const error = spec
      .given([])
      .when(slot({ jobMatchPercent: 69 }))
      .thenThrows('SLOT_IN_BELOW_THRESHOLD', 'BAD_USER_INPUT');
    expect(error.message).toContain('threshold of 70%');
  });

  it("takes the council's threshold as data", () => {
    spec
      .given([])
      .when(slot({ jobMatchPercent: 65, rules: { minimumJobMatchPercent: 66 } }))
      .thenThrows('SLOT_IN_BELOW_THRESHOLD');
    const ok = spec.given([]).when(slot({ jobMatchPercent: 65, rules: { minimumJobMatchPercent: 60 } }));
    ok.then([{ type: 'SlotInRecorded', data: { postId: 'hwy-1', designPostId: 'd-mgr', jobMatchPercent: 65, minimumJobMatchPercent: 60, fte: 1000, reason } }]);
  });

  it('validates the match and the rules as whole percentages', () => {
    for (const jobMatchPercent of [-1, 101, 75.5]) spec.given([]).when(slot({ jobMatchPercent })).thenThrows('INVALID_JOB_MATCH');
    spec
      .given([])
      .when(slot({ rules: { minimumJobMatchPercent: 120 } }))
      .thenThrows('INVALID_RULES');
  });

  it('gives a to-be post no more slot-in FTE than it has', () => {
    // d-mgr is 1.6 FTE: 1.0 + 0.6 fits, 1.0 + 1.0 does not.
    spec
      .given([slotIn('hwy-1', 'd-mgr')])
      .when(slot({ postId: 'asc-1' }))
      .then([slotIn('asc-1', 'd-mgr', 600)]);
    spec
      .given([slotIn('hwy-1', 'd-mgr')])
      .when(slot({ postId: 'asc-2' }))
      .thenThrows('DESIGN_POST_FULL');
    spec
      .given([slotIn('asc-1', 'd-mgr', 600), appointed('hwy-1')])
      .when(slot({ postId: 'asc-2' }))
      .thenThrows('DESIGN_POST_FULL');
  });

  it('refuses a post already slotted in, a vacant post and an unknown post or design post', () => {
    spec
      .given([slotIn('hwy-1', 'd-off')])
      .when(slot())
      .thenThrows('ALREADY_SLOTTED_IN', 'CONFLICT');
    spec
      .given([])
      .when(slot({ postId: 'vac-1' }))
      .thenThrows('VACANT_POST');
    spec
      .given([])
      .when(slot({ postId: 'nope' }))
      .thenThrows('POST_NOT_FOUND', 'NOT_FOUND');
    spec
      .given([])
      .when(slot({ designPostId: 'nope' }))
      .thenThrows('DESIGN_POST_NOT_FOUND', 'NOT_FOUND');
  });

  it('requires a reason, from the data or else the metadata', () => {
    spec
      .given([])
      .when(slot({ reason: ' ' }))
      .thenThrows('TEXT_REQUIRED');
    spec
      .given([])
      .when(slot({ reason: 'r'.repeat(2001) }))
      .thenThrows('TEXT_TOO_LONG');
    const fromMeta = { ...command('RecordSlotIn', { postId: 'hwy-1', designPostId: 'd-mgr', jobMatchPercent: 80 }, { ...metadata, reason }) };
    delete (fromMeta.data as { reason?: string }).reason;
    spec
      .given([])
      .when(fromMeta)
      .then([slotIn('hwy-1', 'd-mgr')]);
  });
});

describe('when forming a ring-fence pool', () => {
  it('places the posts in a closed pool for the to-be posts', () => {
    spec
      .given([])
      .when(ringFence({ postIds: ['hwy-1', 'asc-2'], name: ' Contract managers ' }))
      .then([poolFormed(['hwy-1', 'asc-2'])]);
  });

  it('allows a second, wider pool for those not appointed in the first', () => {
    const second = ringFence({ poolId: 'pool-2', postIds: ['hwy-1'], designPostIds: ['d-off'] });
    spec
      .given([poolFormed(['hwy-1']), notAppointed('hwy-1')])
      .when(second)
      .then([poolFormed(['hwy-1'], ['d-off'], 'pool-2')]);
  });

  it('refuses a post already slotted in', () => {
    spec
      .given([slotIn('asc-2', 'd-off')])
      .when(ringFence({ postIds: ['hwy-1', 'asc-2'] }))
      .thenThrows('ALREADY_SLOTTED_IN', 'CONFLICT');
  });

  it('refuses a post already in a pool, or at risk', () => {
    spec
      .given([poolFormed(['hwy-1'])])
      .when(ringFence({ poolId: 'pool-2' }))
      .thenThrows('REASSIGNMENT_NOT_ALLOWED', 'CONFLICT');
    spec
      .given([atRisk('hwy-1')])
      .when(ringFence())
      .thenThrows('REASSIGNMENT_NOT_ALLOWED');
  });

  it('needs posts and to-be posts, each listed once, and a new pool id and a name', () => {
    spec
      .given([])
      .when(ringFence({ postIds: [] }))
      .thenThrows('RING_FENCE_EMPTY');
    spec
      .given([])
      .when(ringFence({ designPostIds: [] }))
      .thenThrows('RING_FENCE_EMPTY');
    spec
      .given([])
      .when(ringFence({ postIds: ['hwy-1', 'hwy-1'] }))
      .thenThrows('LISTED_TWICE');
    spec
      .given([])
      .when(ringFence({ designPostIds: ['d-mgr', 'd-mgr'] }))
      .thenThrows('LISTED_TWICE');
    spec
      .given([poolFormed(['asc-1'])])
      .when(ringFence())
      .thenThrows('POOL_ALREADY_EXISTS', 'CONFLICT');
    spec
      .given([])
      .when(ringFence({ poolId: '' }))
      .thenThrows('INVALID_ID');
    spec
      .given([])
      .when(ringFence({ name: '' }))
      .thenThrows('TEXT_REQUIRED');
  });

  it('refuses vacant, unknown posts and unknown design posts', () => {
    spec
      .given([])
      .when(ringFence({ postIds: ['vac-1'] }))
      .thenThrows('VACANT_POST');
    spec
      .given([])
      .when(ringFence({ postIds: ['nope'] }))
      .thenThrows('POST_NOT_FOUND', 'NOT_FOUND');
    spec
      .given([])
      .when(ringFence({ designPostIds: ['nope'] }))
      .thenThrows('DESIGN_POST_NOT_FOUND', 'NOT_FOUND');
  });
});

describe('when recording a selection outcome', () => {
  const pool = [poolFormed(['hwy-1', 'asc-1', 'asc-2'])];

  it('records an appointment to a ring-fenced post, and a candidate not appointed', () => {
    spec
      .given(pool)
      .when(select())
      .then([appointed('hwy-1')]);
    spec
      .given(pool)
      .when(select({ outcome: 'not_appointed', designPostId: null }))
      .then([notAppointed('hwy-1')]);
  });

  it('appoints no more FTE than the to-be post has', () => {
    spec
      .given([...pool, appointed('hwy-1')])
      .when(select({ postId: 'asc-2' }))
      .thenThrows('DESIGN_POST_FULL');
  });

  it('records one outcome per candidate', () => {
    spec
      .given([...pool, appointed('hwy-1')])
      .when(select())
      .thenThrows('REASSIGNMENT_NOT_ALLOWED', 'CONFLICT');
  });

  it('needs a post for an appointment and none otherwise', () => {
    spec
      .given(pool)
      .when(select({ designPostId: null }))
      .thenThrows('INVALID_OUTCOME');
    spec
      .given(pool)
      .when(select({ outcome: 'not_appointed' }))
      .thenThrows('INVALID_OUTCOME');
    spec
      .given(pool)
      .when(select({ outcome: 'promoted' as never }))
      .thenThrows('INVALID_OUTCOME');
  });

  it('appoints only to a post of the pool, from candidates of the pool', () => {
    spec
      .given(pool)
      .when(select({ designPostId: 'd-off' }))
      .thenThrows('DESIGN_POST_NOT_IN_POOL');
    spec
      .given(pool)
      .when(select({ postId: 'hsg-1' }))
      .thenThrows('POST_NOT_IN_POOL');
    spec
      .given([poolFormed(['hwy-1']), notAppointed('hwy-1'), poolFormed(['hwy-1'], ['d-off'], 'pool-2')])
      .when(select())
      .thenThrows('POST_NOT_IN_POOL');
  });

  it('refuses an unknown pool, post or design post', () => {
    spec.given([]).when(select()).thenThrows('POOL_NOT_FOUND', 'NOT_FOUND');
    spec
      .given(pool)
      .when(select({ postId: 'nope' }))
      .thenThrows('POST_NOT_FOUND', 'NOT_FOUND');
    spec
      .given([poolFormed(['hwy-1'], ['d-mgr', 'gone'])])
      .when(select({ designPostId: 'gone' }))
      .thenThrows('DESIGN_POST_NOT_FOUND', 'NOT_FOUND');
  });
});
