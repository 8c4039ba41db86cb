import { fold } from '../shared/decider';
import { reassignmentsDecider } from './reassignments-decider';
import {
  appointed,
  asIsPosts,
  atRisk,
  designPosts,
  notAppointed,
  payProtected,
  poolFormed,
  reason,
  redeployed,
  slotIn,
  trialEnded,
  trialStarted,
  vacancyReleased,
} from './spec-fixtures';
import { transitionMap } from './transition-map';
import type { ReassignmentsEvent } from './events';

const mapOf = (events: ReassignmentsEvent[], posts = asIsPosts) => transitionMap(fold(reassignmentsDecider, events), posts, designPosts);

// HWY-1 slots in as head; ASC-1 (0.6) wins a contract-manager post in a ring fence, ASC-2 does not,
// is redeployed into the officer post and confirmed after a trial, with pay protection; HSG-1 is at
// risk; the vacancy VAC-1 is released under a deal.
const story: ReassignmentsEvent[] = [
  slotIn('hwy-1', 'd-head'),
  poolFormed(['asc-1', 'asc-2']),
  appointed('asc-1', 'd-mgr', 600),
  notAppointed('asc-2'),
  atRisk('asc-2'),
  redeployed('asc-2'),
  trialStarted('asc-2', 'd-off'),
  trialEnded('asc-2'),
  payProtected('asc-2'),
  atRisk('hsg-1'),
  vacancyReleased('vac-1', 'deal-1'),
];

describe('transitionMap', () => {
  const map = mapOf(story);

  it('lists every as-is post with its outcome and the to-be post it feeds', () => {
    expect(map.asIs.map(({ reference, outcome, designPostId }) => [reference, outcome, designPostId])).toEqual([
      ['HWY-1', 'slotted_in', 'd-head'],
      ['ASC-1', 'appointed', 'd-mgr'],
      ['ASC-2', 'confirmed', 'd-off'],
      ['HSG-1', 'at_risk', null],
      ['VAC-1', 'vacancy_released', null],
    ]);
  });

  it('keeps each post’s history in order, with reasons and dates where the decision has one', () => {
    expect(map.asIs[2].history).toEqual([
      { type: 'RingFencePoolFormed', reason },
      { type: 'SelectionOutcomeRecorded', reason },
      { type: 'PostholderAtRisk', reason },
      { type: 'RedeploymentRecorded', reason },
      { type: 'TrialPeriodStarted', reason, at: '2025-10-01', designPostId: 'd-off' },
      { type: 'TrialPeriodEnded', reason },
      { type: 'PayProtectionGranted', reason, at: '2025-10-01' },
    ]);
  });

  it('gives every to-be post its sources, and what is left to recruit', () => {
    expect(map.toBe).toEqual([
      {
        designPostId: 'd-head',
        title: 'Head of Contract Management',
        fte: 1000,
        sources: [{ postId: 'hwy-1', reference: 'HWY-1', how: 'slot_in', fte: 1000 }],
        filledFte: 1000,
        unfilledFte: 0,
      },
      {
        designPostId: 'd-mgr',
        title: 'Contract Manager',
        fte: 1600,
        sources: [{ postId: 'asc-1', reference: 'ASC-1', how: 'ring_fence', fte: 600 }],
        filledFte: 600,
        unfilledFte: 1000,
      },
      {
        designPostId: 'd-off',
        title: 'Contract Officer',
        fte: 1000,
        sources: [{ postId: 'asc-2', reference: 'ASC-2', how: 'redeployment', fte: 1000 }],
        filledFte: 1000,
        unfilledFte: 0,
      },
    ]);
  });

  it('shows to-be posts with no source as vacancies to recruit', () => {
    expect(mapOf([]).toBe.map((t) => [t.designPostId, t.sources.length, t.unfilledFte])).toEqual([
      ['d-head', 0, 1000],
      ['d-mgr', 0, 1600],
      ['d-off', 0, 1000],
    ]);
    expect(mapOf([]).asIs.every((p) => p.outcome === 'none' && p.history.length === 0)).toBe(true);
  });

  it('frees the to-be post when a trial ends unsuitable', () => {
    const unsuitable = mapOf([atRisk('hwy-1'), redeployed('hwy-1'), trialStarted('hwy-1', 'd-off'), trialEnded('hwy-1', 'unsuitable')]);
    expect(unsuitable.asIs[0]).toMatchObject({ outcome: 'at_risk', designPostId: null });
    expect(unsuitable.toBe[2]).toMatchObject({ sources: [], unfilledFte: 1000 });
  });

  it('counts a trial from an appointment as a ring-fence source, and a trial outside the function as none', () => {
    const trials = mapOf([
      poolFormed(['hwy-1']),
      appointed('hwy-1'),
      trialStarted('hwy-1', 'd-mgr'),
      atRisk('hsg-1'),
      redeployed('hsg-1'),
      trialStarted('hsg-1', null),
    ]);
    expect(trials.toBe[1].sources).toEqual([{ postId: 'hwy-1', reference: 'HWY-1', how: 'ring_fence', fte: 1000 }]);
    expect(trials.asIs[3]).toMatchObject({ outcome: 'on_trial', designPostId: null });
    expect(trials.toBe.flatMap((t) => t.sources.map((s) => s.postId))).toEqual(['hwy-1']);
  });

  it('still lists a post that has left the establishment, by its id', () => {
    const left = mapOf(
      story,
      asIsPosts.filter((p) => p.postId !== 'hsg-1'),
    );
    expect(left.asIs.at(-1)).toMatchObject({ postId: 'hsg-1', reference: 'hsg-1', outcome: 'at_risk' });
  });
});
