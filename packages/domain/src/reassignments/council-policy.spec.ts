import { fold } from '../shared/decider';
import { NATIONAL_DEFAULT_POLICY, policyDecider, policyInForce, type PolicyPack, type PolicyPackRecorded } from '../policy';
import { deciderSpec } from '../testing';
import { reassignmentRulesOf } from './policy-rules';
import type { AsIsPost } from './reassignment-rules';
import { reassignmentsDecider } from './reassignments-decider';
import { asIsPosts, atRisk, command, redeployed, reason } from './spec-fixtures';

// The reassignment rules read the council's pack in force on the decision's date (the API loads it).
// A council at 66% job match, up to 12 weeks' agreed trial, 24 months' stepped protection.
const councilPack: PolicyPack = {
  ...NATIONAL_DEFAULT_POLICY,
  slotInMinimumJobMatchPercent: 66,
  trialMaximumWeeks: 12,
  payProtection: {
    taper: 'stepped',
    months: 24,
    steps: [
      { months: 12, percentOfDifference: 100 },
      { months: 12, percentOfDifference: 50 },
    ],
  },
};
const packWith = (change: Partial<PolicyPack>): PolicyPack => ({ ...councilPack, ...change });
const recorded = (version: number, effectiveFrom: string, pack: PolicyPack = councilPack): PolicyPackRecorded => ({
  type: 'PolicyPackRecorded',
  data: { authorityId: 'a1', version, effectiveFrom, pack, reason: 'Managing change policy' },
});
const spec = deciderSpec(reassignmentsDecider);
const rules = (pack: PolicyPack) => reassignmentRulesOf(pack);
const slot = (jobMatchPercent: number, pack: PolicyPack) =>
  command('RecordSlotIn', { postId: 'hwy-1', designPostId: 'd-mgr', jobMatchPercent, rules: rules(pack).slotIn });

describe('the slot-in threshold from the pack', () => {
  it('national default (70%): 69 refused, 70 slotted in', () => {
    spec.given([]).when(slot(69, NATIONAL_DEFAULT_POLICY)).thenThrows('SLOT_IN_BELOW_THRESHOLD');
    spec
      .given([])
      .when(slot(70, NATIONAL_DEFAULT_POLICY))
      .then([
        {
          type: 'SlotInRecorded',
          data: { postId: 'hwy-1', designPostId: 'd-mgr', jobMatchPercent: 70, minimumJobMatchPercent: 70, fte: 1000, reason },
        },
      ]);
  });

  it('a council at 66% accepts 66 and refuses 65', () => {
    spec.given([]).when(slot(65, councilPack)).thenThrows('SLOT_IN_BELOW_THRESHOLD');
    spec
      .given([])
      .when(slot(66, councilPack))
      .then([
        {
          type: 'SlotInRecorded',
          data: { postId: 'hwy-1', designPostId: 'd-mgr', jobMatchPercent: 66, minimumJobMatchPercent: 66, fte: 1000, reason },
        },
      ]);
  });

  describe('given a pack at 70% from 1 April 2026, changed to 66% on 1 April 2027', () => {
    const policy = fold(policyDecider, [recorded(1, '2026-04-01', packWith({ slotInMinimumJobMatchPercent: 70 })), recorded(2, '2027-04-01')]);
    const on = (date: string) => policyInForce(policy, date).pack;
    it('a 67% match on the day before the change is refused', () => {
      spec
        .given([])
        .when(slot(67, on('2027-03-31')))
        .thenThrows('SLOT_IN_BELOW_THRESHOLD');
    });
    it('a 67% match on the day of the change is slotted in', () => {
      const [event] = reassignmentsDecider.decide(slot(67, on('2027-04-01')), reassignmentsDecider.initialState);
      expect(event).toMatchObject({ type: 'SlotInRecorded', data: { jobMatchPercent: 67, minimumJobMatchPercent: 66 } });
    });
  });
});

describe('the trial length from the pack (12 weeks at most, by written agreement)', () => {
  const given = [atRisk('hwy-1'), redeployed('hwy-1')];
  const trial = (endDate: string, pack: PolicyPack = councilPack) =>
    command('StartTrialPeriod', {
      postId: 'hwy-1',
      designPostId: null,
      startDate: '2027-02-01',
      endDate,
      extendedByWrittenAgreement: true,
      agreementNote: 'Retraining in contract law',
      rules: rules(pack).trial,
    });

  it('a 12-week trial ends on day 83: 2027-04-25 is allowed', () => {
    const [event] = reassignmentsDecider.decide(trial('2027-04-25'), given.reduce(reassignmentsDecider.evolve, reassignmentsDecider.initialState));
    expect(event).toMatchObject({ type: 'TrialPeriodStarted', data: { endDate: '2027-04-25', extendedByWrittenAgreement: true } });
  });

  it('one day more is refused, naming the latest end', () => {
    const error = spec.given(given).when(trial('2027-04-26')).thenThrows('TRIAL_LONGER_THAN_POLICY', 'BAD_USER_INPUT');
    expect(error.message).toContain('must end by 2027-04-25');
  });

  it('the national default sets no maximum on an agreed trial', () => {
    const [event] = reassignmentsDecider.decide(
      trial('2027-12-31', NATIONAL_DEFAULT_POLICY),
      given.reduce(reassignmentsDecider.evolve, reassignmentsDecider.initialState),
    );
    expect(event.type).toBe('TrialPeriodStarted');
  });
});

describe('pay protection length and taper from the pack', () => {
  const given = [atRisk('hwy-1'), redeployed('hwy-1')];
  const protect = (endDate: string, pack: PolicyPack = councilPack) =>
    command('GrantPayProtection', { postId: 'hwy-1', protectedGrade: 'Grade 9', startDate: '2027-02-01', endDate, rules: rules(pack).payProtection });

  it('protection ending on its last day (24 months from 1 February 2027) is granted, recording the taper', () => {
    spec
      .given(given)
      .when(protect('2029-02-01'))
      .then([
        {
          type: 'PayProtectionGranted',
          data: {
            postId: 'hwy-1',
            protectedGrade: 'Grade 9',
            startDate: '2027-02-01',
            endDate: '2029-02-01',
            maximumMonths: 24,
            taper: 'stepped',
            steps: councilPack.payProtection.steps,
            reason,
          },
        },
      ]);
  });

  it('a day beyond it is refused', () => {
    const error = spec.given(given).when(protect('2029-02-02')).thenThrows('PAY_PROTECTION_TOO_LONG');
    expect(error.message).toContain('24 months');
  });

  it('the national default still allows 36 months, fully protected', () => {
    spec
      .given(given)
      .when(protect('2030-02-01', NATIONAL_DEFAULT_POLICY))
      .then([
        {
          type: 'PayProtectionGranted',
          data: {
            postId: 'hwy-1',
            protectedGrade: 'Grade 9',
            startDate: '2027-02-01',
            endDate: '2030-02-01',
            maximumMonths: 36,
            taper: 'full',
            steps: [],
            reason,
          },
        },
      ]);
  });
});

describe('ring-fence grades from the pack (two grades below to one above the new post)', () => {
  const pack = packWith({ ringFenceGradesBelow: 2, ringFenceGradesAbove: 1 });
  const graded = (grade: string): AsIsPost[] => asIsPosts.map((p) => (p.postId === 'hwy-1' ? { ...p, grade } : p));
  // d-mgr is Grade 10.
  const pool = (grade: string, p: PolicyPack = pack) =>
    command('PlaceInRingFence', {
      poolId: 'pool-1',
      name: 'Contract managers',
      postIds: ['hwy-1'],
      designPostIds: ['d-mgr'],
      asIsPosts: graded(grade),
      rules: rules(p).ringFence,
    } as never);

  it.each(['Grade 8', 'Grade 10', 'Grade 11', 'PO1'])('draws a postholder at %s', (grade) => {
    const [event] = reassignmentsDecider.decide(pool(grade), reassignmentsDecider.initialState);
    expect(event.type).toBe('RingFencePoolFormed');
  });

  it.each(['Grade 7', 'Grade 12'])('refuses a postholder at %s', (grade) => {
    const error = spec.given([]).when(pool(grade)).thenThrows('RING_FENCE_GRADE_OUT_OF_RANGE', 'BAD_USER_INPUT');
    expect(error.message).toContain(grade);
  });

  it('the national default sets no grade limit', () => {
    const [event] = reassignmentsDecider.decide(pool('Grade 1', NATIONAL_DEFAULT_POLICY), reassignmentsDecider.initialState);
    expect(event.type).toBe('RingFencePoolFormed');
  });
});
