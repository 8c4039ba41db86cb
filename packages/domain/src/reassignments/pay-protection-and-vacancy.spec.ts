import { deciderSpec } from '../testing';
import { REASSIGNMENT_ALLOWED_FROM, type ReassignmentOutcome } from './reassignment-rules';
import { reassignmentsDecider } from './reassignments-decider';
import {
  appointed,
  atRisk,
  command,
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

const spec = deciderSpec(reassignmentsDecider);
const protect = (data: Partial<Parameters<typeof command<'GrantPayProtection'>>[1]> = {}) =>
  command('GrantPayProtection', { postId: 'hwy-1', protectedGrade: 'PO1', startDate: '2025-10-01', endDate: '2028-10-01', ...data });
const release = (data: Partial<Parameters<typeof command<'ReleaseVacancy'>>[1]> = {}) => command('ReleaseVacancy', { postId: 'vac-1', dealId: null, ...data });
const slottedIn = [slotIn('hwy-1', 'd-off')];

describe('when granting pay protection', () => {
  it('protects the old grade for a time, up to the 3-year default', () => {
    spec
      .given(slottedIn)
      .when(protect())
      .then([payProtected('hwy-1')]);
  });

  it('refuses more than the maximum, and takes the maximum as data', () => {
    const error = spec
      .given(slottedIn)
      .when(protect({ endDate: '2028-10-02' }))
      .thenThrows('PAY_PROTECTION_TOO_LONG');
    expect(error.message).toContain('must end by 2028-10-01');
    spec
      .given(slottedIn)
      .when(protect({ rules: { maximumMonths: 24 } }))
      .thenThrows('PAY_PROTECTION_TOO_LONG');
    spec
      .given(slottedIn)
      .when(protect({ endDate: '2026-10-01', rules: { maximumMonths: 12 } }))
      .then([
        {
          type: 'PayProtectionGranted',
          data: { postId: 'hwy-1', protectedGrade: 'PO1', startDate: '2025-10-01', endDate: '2026-10-01', maximumMonths: 12, taper: 'full', steps: [], reason },
        },
      ]);
    spec
      .given(slottedIn)
      .when(protect({ rules: { maximumMonths: 0 } }))
      .thenThrows('INVALID_RULES');
  });

  it('needs the end after the start', () => {
    spec
      .given(slottedIn)
      .when(protect({ endDate: '2025-10-01' }))
      .thenThrows('DATES_OUT_OF_ORDER');
    spec
      .given(slottedIn)
      .when(protect({ endDate: '2025-31-12' }))
      .thenThrows('INVALID_DATE');
  });

  it('grants it once per post', () => {
    spec
      .given([...slottedIn, payProtected('hwy-1')])
      .when(protect())
      .thenThrows('PAY_PROTECTION_ALREADY_GRANTED', 'CONFLICT');
  });

  it('needs a protected grade of at most 20 characters', () => {
    spec
      .given(slottedIn)
      .when(protect({ protectedGrade: '' }))
      .thenThrows('TEXT_REQUIRED');
    spec
      .given(slottedIn)
      .when(protect({ protectedGrade: 'g'.repeat(21) }))
      .thenThrows('TEXT_TOO_LONG');
  });

  it('needs a postholder with a new post, and a known post', () => {
    spec.given([]).when(protect()).thenThrows('REASSIGNMENT_NOT_ALLOWED', 'CONFLICT');
    spec
      .given([])
      .when(protect({ postId: 'vac-1' }))
      .thenThrows('VACANT_POST');
    spec
      .given([])
      .when(protect({ postId: 'nope' }))
      .thenThrows('POST_NOT_FOUND', 'NOT_FOUND');
  });
});

describe('when releasing a vacancy', () => {
  it('releases a vacant post, with its budget under a deal or not', () => {
    spec
      .given([])
      .when(release())
      .then([vacancyReleased('vac-1')]);
    spec
      .given([])
      .when(release({ dealId: 'deal-1' }))
      .then([vacancyReleased('vac-1', 'deal-1')]);
  });

  it('refuses a filled post, a post released already, a bad deal id and an unknown post', () => {
    spec
      .given([])
      .when(release({ postId: 'hwy-1' }))
      .thenThrows('POST_NOT_VACANT', 'BAD_USER_INPUT');
    spec
      .given([vacancyReleased('vac-1')])
      .when(release())
      .thenThrows('REASSIGNMENT_NOT_ALLOWED', 'CONFLICT');
    spec
      .given([])
      .when(release({ dealId: '' }))
      .thenThrows('INVALID_ID');
    spec
      .given([])
      .when(release({ postId: 'nope' }))
      .thenThrows('POST_NOT_FOUND', 'NOT_FOUND');
  });

  it('leaves a released vacancy out of every postholder decision', () => {
    spec
      .given([vacancyReleased('vac-1')])
      .when(command('RecordSlotIn', { postId: 'vac-1', designPostId: 'd-off', jobMatchPercent: 90 }))
      .thenThrows('VACANT_POST');
  });
});

// Every outcome a filled post can reach, and the decisions the transition table forbids from it.
describe('when a decision does not follow from where the post is', () => {
  const reach: Record<Exclude<ReassignmentOutcome, 'vacancy_released'>, Parameters<typeof spec.given>[0]> = {
    none: [],
    slotted_in: [slotIn('hwy-1', 'd-off')],
    in_pool: [poolFormed(['hwy-1'])],
    appointed: [poolFormed(['hwy-1']), appointed('hwy-1')],
    not_appointed: [poolFormed(['hwy-1']), notAppointed('hwy-1')],
    at_risk: [atRisk('hwy-1')],
    redeployment: [atRisk('hwy-1'), redeployed('hwy-1')],
    on_trial: [atRisk('hwy-1'), redeployed('hwy-1'), trialStarted('hwy-1')],
    confirmed: [atRisk('hwy-1'), redeployed('hwy-1'), trialStarted('hwy-1'), trialEnded('hwy-1')],
  };
  const decisions = {
    RecordSlotIn: command('RecordSlotIn', { postId: 'hwy-1', designPostId: 'd-head', jobMatchPercent: 90 }),
    PlaceInRingFence: command('PlaceInRingFence', { poolId: 'pool-9', name: 'Officers', postIds: ['hwy-1'], designPostIds: ['d-head'] }),
    MarkAtRisk: command('MarkAtRisk', { postId: 'hwy-1' }),
    RecordRedeployment: command('RecordRedeployment', { postId: 'hwy-1', toDescription: 'Elsewhere', priorityInterview: false }),
    StartTrialPeriod: command('StartTrialPeriod', { postId: 'hwy-1', designPostId: 'd-mgr', startDate: '2026-01-05', endDate: '2026-02-01' }),
    EndTrialPeriod: command('EndTrialPeriod', { postId: 'hwy-1', outcome: 'confirmed' }),
    GrantPayProtection: command('GrantPayProtection', { postId: 'hwy-1', protectedGrade: 'PO1', startDate: '2026-01-05', endDate: '2027-01-05' }),
  };
  const cases = Object.entries(decisions).flatMap(([decision, cmd]) =>
    (Object.keys(reach) as (keyof typeof reach)[])
      .filter((outcome) => !(REASSIGNMENT_ALLOWED_FROM[decision as keyof typeof decisions] as readonly string[]).includes(outcome))
      .map((outcome) => [decision, outcome, cmd] as const),
  );

  it.each(cases)('refuses %s when the post is %s', (decision, outcome, cmd) => {
    const code = outcome === 'slotted_in' && ['RecordSlotIn', 'PlaceInRingFence'].includes(decision) ? 'ALREADY_SLOTTED_IN' : 'REASSIGNMENT_NOT_ALLOWED';
    spec.given(reach[outcome]).when(cmd).thenThrows(code, 'CONFLICT');
  });

  it.each(Object.entries(decisions).flatMap(([d, cmd]) => REASSIGNMENT_ALLOWED_FROM[d as keyof typeof decisions].map((o) => [d, o, cmd] as const)))(
    'allows %s when the post is %s',
    (_, outcome, cmd) => {
      expect(reassignmentsDecider.decide(cmd, reach[outcome].reduce(reassignmentsDecider.evolve, reassignmentsDecider.initialState))).toHaveLength(1);
    },
  );
});
