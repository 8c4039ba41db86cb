import { deciderSpec, meta } from '../testing';
import type { AddPost, RemovePost, UpdatePost } from './commands';
import { establishmentDecider } from './establishment-decider';
import type { PostAdded } from './events';
import type { PostFields } from './post';

const spec = deciderSpec(establishmentDecider);
const highways = '0190a000-0000-7000-8000-00000000e001';
const libraries = '0190a000-0000-7000-8000-00000000e002';
const knownServiceIds = [highways, libraries];

const post = (overrides: Partial<PostFields> = {}): PostFields => ({
  postId: 'post-1',
  reference: 'HWY-0012',
  serviceId: highways,
  title: 'Contracts officer',
  grade: 'PO3',
  scp: 31,
  fte: 600,
  postholderRef: 'EMP-0042',
  vacant: false,
  budgetedAnnualCostPence: 4_120_000,
  ...overrides,
});
const add = (p: Partial<PostFields> = {}, allowPostholderNames = false): AddPost => ({
  type: 'AddPost',
  data: { post: post(p), knownServiceIds, allowPostholderNames },
  metadata: meta(),
});
const update = (p: Partial<PostFields> = {}, allowPostholderNames = false): UpdatePost => ({
  type: 'UpdatePost',
  data: { post: post(p), knownServiceIds, allowPostholderNames },
  metadata: meta(),
});
const remove = (postId = 'post-1'): RemovePost => ({ type: 'RemovePost', data: { postId }, metadata: meta() });
const added = (p: Partial<PostFields> = {}): PostAdded => ({ type: 'PostAdded', data: post(p) });

describe('when a post is added', () => {
  it('records it with its text trimmed', () => {
    spec
      .given([])
      .when(add({ title: '  Contracts officer ', reference: ' HWY-0012' }))
      .then([added()]);
  });

  it('accepts a vacant post with no postholder, and no SCP', () => {
    spec
      .given([])
      .when(add({ vacant: true, postholderRef: null, scp: null }))
      .then([added({ vacant: true, postholderRef: null, scp: null })]);
  });

  it('treats an empty postholder reference as none', () => {
    spec
      .given([])
      .when(add({ postholderRef: '  ' }))
      .then([added({ postholderRef: null })]);
  });

  it('refuses a reference another post has, whatever its case', () => {
    spec
      .given([added()])
      .when(add({ postId: 'post-2', reference: 'hwy-0012' }))
      .thenThrows('POST_REFERENCE_TAKEN', 'BAD_USER_INPUT');
  });

  it('refuses to add the same post twice', () => {
    spec
      .given([added()])
      .when(add({ reference: 'HWY-0013' }))
      .thenThrows('POST_ALREADY_EXISTS', 'CONFLICT');
  });

  it('needs a service of this council', () => {
    spec
      .given([])
      .when(add({ serviceId: 'elsewhere' }))
      .thenThrows('SERVICE_NOT_FOUND', 'NOT_FOUND');
  });

  it('needs a post id', () => {
    spec
      .given([])
      .when(add({ postId: '' }))
      .thenThrows('INVALID_ID');
  });

  it('limits reference (40), title (120) and grade (20)', () => {
    spec
      .given([])
      .when(add({ reference: 'R'.repeat(40) }))
      .then([added({ reference: 'R'.repeat(40) })]);
    spec
      .given([])
      .when(add({ reference: 'R'.repeat(41) }))
      .thenThrows('TEXT_TOO_LONG');
    spec
      .given([])
      .when(add({ reference: ' ' }))
      .thenThrows('TEXT_REQUIRED');
    spec
      .given([])
      .when(add({ title: 't'.repeat(121) }))
      .thenThrows('TEXT_TOO_LONG');
    spec
      .given([])
      .when(add({ grade: 'Grade 8' }))
      .then([added({ grade: 'Grade 8' })]);
    spec
      .given([])
      .when(add({ grade: 'g'.repeat(21) }))
      .thenThrows('TEXT_TOO_LONG');
    spec
      .given([])
      .when(add({ grade: '' }))
      .thenThrows('TEXT_REQUIRED');
  });

  it.each([[0], [100], [1.5], [-3]])('refuses SCP %p', (scp) => {
    spec.given([]).when(add({ scp })).thenThrows('INVALID_SCP');
  });

  it('accepts SCP 1 and 99', () => {
    spec
      .given([])
      .when(add({ scp: 1 }))
      .then([added({ scp: 1 })]);
    spec
      .given([])
      .when(add({ scp: 99 }))
      .then([added({ scp: 99 })]);
  });

  it('needs an FTE from 0.001 to 50', () => {
    spec
      .given([])
      .when(add({ fte: 1 }))
      .then([added({ fte: 1 })]);
    spec
      .given([])
      .when(add({ fte: 50_000 }))
      .then([added({ fte: 50_000 })]);
    for (const fte of [0, 50_001, 0.6, -600]) spec.given([]).when(add({ fte })).thenThrows('INVALID_FTE');
  });

  it('needs a budgeted cost from £0 to £1,000,000 in whole pence', () => {
    spec
      .given([])
      .when(add({ budgetedAnnualCostPence: 0 }))
      .then([added({ budgetedAnnualCostPence: 0 })]);
    spec
      .given([])
      .when(add({ budgetedAnnualCostPence: 100_000_000 }))
      .then([added({ budgetedAnnualCostPence: 100_000_000 })]);
    for (const cost of [100_000_001, -1, 12.5])
      spec
        .given([])
        .when(add({ budgetedAnnualCostPence: cost }))
        .thenThrows('INVALID_MONEY');
  });

  it('needs vacant to be true or false', () => {
    spec
      .given([])
      .when(add({ vacant: 'no' as unknown as boolean }))
      .thenThrows('INVALID_VACANT');
  });

  it('refuses a postholder on a vacant post', () => {
    spec
      .given([])
      .when(add({ vacant: true }))
      .thenThrows('VACANT_POST_HAS_POSTHOLDER');
  });

  it('refuses what looks like a name unless the tenant allows names, and says how', () => {
    const error = spec
      .given([])
      .when(add({ postholderRef: 'Jane Smith' }))
      .thenThrows('POSTHOLDER_REF_LOOKS_LIKE_A_NAME');
    expect(error.message).toContain('"EMP-0042"');
    expect(error.message).toContain('tenant admin can allow');
    spec
      .given([])
      .when(add({ postholderRef: 'Jane Smith' }, true))
      .then([added({ postholderRef: 'Jane Smith' })]);
  });

  it.each([['EMP-0042'], ['hr/123.4_a'], ['A'.repeat(40)]])('accepts the pseudonymous reference %p', (ref) => {
    spec
      .given([])
      .when(add({ postholderRef: ref }))
      .then([added({ postholderRef: ref })]);
  });

  it.each([['A'.repeat(41)], ['-EMP'], ["O'Brien"]])('refuses %p as a pseudonymous reference', (ref) => {
    spec
      .given([])
      .when(add({ postholderRef: ref }))
      .thenThrows('POSTHOLDER_REF_LOOKS_LIKE_A_NAME');
  });

  it('limits a postholder name to 120 characters when names are allowed', () => {
    spec
      .given([])
      .when(add({ postholderRef: 'n'.repeat(121) }, true))
      .thenThrows('TEXT_TOO_LONG');
  });
});

describe('when a post is updated', () => {
  it('records the new fields', () => {
    spec
      .given([added()])
      .when(update({ fte: 1000 }))
      .then([{ type: 'PostUpdated', data: post({ fte: 1000 }) }]);
  });

  it('records nothing when nothing changed', () => {
    spec
      .given([added()])
      .when(update({ title: ' Contracts officer ' }))
      .then([]);
  });

  it('may change the reference to one that is free, freeing the old one', () => {
    const renamed = { type: 'PostUpdated' as const, data: post({ reference: 'HWY-0099' }) };
    spec
      .given([added()])
      .when(update({ reference: 'HWY-0099' }))
      .then([renamed]);
    spec
      .given([added(), renamed])
      .when(add({ postId: 'post-2' }))
      .then([added({ postId: 'post-2' })]);
  });

  it('may change only the case of its own reference', () => {
    spec
      .given([added()])
      .when(update({ reference: 'hwy-0012' }))
      .then([{ type: 'PostUpdated', data: post({ reference: 'hwy-0012' }) }]);
  });

  it('refuses a reference another post has', () => {
    spec
      .given([added(), added({ postId: 'post-2', reference: 'LIB-1' })])
      .when(update({ reference: 'lib-1' }))
      .thenThrows('POST_REFERENCE_TAKEN');
  });

  it('needs the post to exist', () => {
    spec.given([]).when(update()).thenThrows('POST_NOT_FOUND', 'NOT_FOUND');
  });

  it('applies the same field rules as adding', () => {
    spec
      .given([added()])
      .when(update({ vacant: true }))
      .thenThrows('VACANT_POST_HAS_POSTHOLDER');
    spec
      .given([added()])
      .when(update({ serviceId: 'x' }))
      .thenThrows('SERVICE_NOT_FOUND');
  });
});

describe('when a post is removed', () => {
  it('records the post and its reference', () => {
    spec
      .given([added()])
      .when(remove())
      .then([{ type: 'PostRemoved', data: { postId: 'post-1', reference: 'HWY-0012' } }]);
  });

  it('frees its reference and its id', () => {
    const removed = { type: 'PostRemoved' as const, data: { postId: 'post-1', reference: 'HWY-0012' } };
    spec
      .given([added(), removed])
      .when(add({ postId: 'post-2' }))
      .then([added({ postId: 'post-2' })]);
    spec.given([added(), removed]).when(remove()).thenThrows('POST_NOT_FOUND');
  });

  it('needs the post to exist', () => {
    spec.given([]).when(remove('nope')).thenThrows('POST_NOT_FOUND', 'NOT_FOUND');
  });
});
