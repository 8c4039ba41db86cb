import { STANDARD_REFERENCE_DATA } from '@orgledger/reference-data';
import type { Role } from '../shared/decider';
import { meta } from '../shared/testing/decider-spec';
import { deciderSpec } from '../testing';
import { exitCostsDecider, type ExitCostInputs, type ExitCostInputsRecorded, type RecordExitCostInputs } from './exit-costs-decider';
import { council, otherCouncil } from './spec-fixtures';

const spec = deciderSpec(exitCostsDecider);
const atRiskPost = '0190a000-0000-7000-8000-0000000000b1';
const slottedInPost = '0190a000-0000-7000-8000-0000000000b2';
const facts: ExitCostInputs = {
  postId: atRiskPost,
  age: 58,
  completeYearsService: 25,
  weeklyPayPence: 80_000,
  pensionMember: true,
  yearsMembership: 25,
  lgpsStrainEstimatePence: 4_500_000,
  dismissalDate: '2025-09-30',
};
const record = (overrides: Partial<ExitCostInputs> = {}, role: Role = 'consultant', actorAuthorityId: string | null = null): RecordExitCostInputs => ({
  type: 'RecordExitCostInputs',
  data: { programmeAuthorityId: council, actorAuthorityId, ...facts, ...overrides, tables: STANDARD_REFERENCE_DATA, atRiskPostIds: [atRiskPost] },
  metadata: meta({ actor: { role } }),
});
const recorded = (overrides: Partial<ExitCostInputs> = {}): ExitCostInputsRecorded => ({ type: 'ExitCostInputsRecorded', data: { ...facts, ...overrides } });

describe('when the facts about an at-risk postholder are recorded', () => {
  it('records them', () => {
    spec.given([]).when(record()).then([recorded()]);
  });

  it('records a correction, and nothing when the facts are the same', () => {
    spec
      .given([recorded()])
      .when(record({ age: 59 }))
      .then([recorded({ age: 59 })]);
    spec.given([recorded()]).when(record()).then([]);
  });

  it('records a missing strain estimate as null: the flag asks the fund for one', () => {
    spec
      .given([])
      .when(record({ lgpsStrainEstimatePence: undefined as unknown as null }))
      .then([recorded({ lgpsStrainEstimatePence: null })]);
  });

  it('lets the council’s own HR partner and a tenant admin record them', () => {
    spec
      .given([])
      .when(record({}, 'hr_partner', council))
      .then([recorded()]);
    spec.given([]).when(record({}, 'tenant_admin')).then([recorded()]);
  });
});

describe('when the post is not at risk', () => {
  it('refuses a post the transition slotted in, and an unknown post, alike', () => {
    spec
      .given([])
      .when(record({ postId: slottedInPost }))
      .thenThrows('POST_NOT_AT_RISK', 'BAD_USER_INPUT');
    spec
      .given([])
      .when(record({ postId: '0190a000-0000-7000-8000-0000000000ff' }))
      .thenThrows('POST_NOT_AT_RISK', 'BAD_USER_INPUT');
  });

  it('refuses a malformed post id before looking', () => {
    spec
      .given([])
      .when(record({ postId: 'ACM-0005' }))
      .thenThrows('INVALID_ID', 'BAD_USER_INPUT');
  });
});

describe('when someone else records them', () => {
  it('refuses another council’s HR partner, Finance, Design Authority members and auditors', () => {
    spec
      .given([])
      .when(record({}, 'hr_partner', otherCouncil))
      .thenThrows('EXIT_COSTS_NOT_ALLOWED', 'FORBIDDEN');
    spec
      .given([])
      .when(record({}, 'finance_partner', council))
      .thenThrows('EXIT_COSTS_NOT_ALLOWED', 'FORBIDDEN');
    spec
      .given([])
      .when(record({}, 'da_member', council))
      .thenThrows('EXIT_COSTS_NOT_ALLOWED', 'FORBIDDEN');
    spec.given([]).when(record({}, 'auditor')).thenThrows('EXIT_COSTS_NOT_ALLOWED', 'FORBIDDEN');
  });
});

describe('when a figure cannot be computed', () => {
  it('records nothing for an impossible age, service, pay, membership or date', () => {
    spec
      .given([])
      .when(record({ age: 12 }))
      .thenThrows('INVALID_AGE', 'BAD_USER_INPUT');
    spec
      .given([])
      .when(record({ age: 30, completeYearsService: 20 }))
      .thenThrows('INVALID_SERVICE', 'BAD_USER_INPUT');
    spec
      .given([])
      .when(record({ weeklyPayPence: -1 }))
      .thenThrows('INVALID_MONEY', 'BAD_USER_INPUT');
    spec
      .given([])
      .when(record({ yearsMembership: 1.5 }))
      .thenThrows('INVALID_MEMBERSHIP', 'BAD_USER_INPUT');
    spec
      .given([])
      .when(record({ lgpsStrainEstimatePence: -5 }))
      .thenThrows('INVALID_MONEY', 'BAD_USER_INPUT');
    spec
      .given([])
      .when(record({ dismissalDate: '2025-02-30' }))
      .thenThrows('INVALID_DATE', 'BAD_USER_INPUT');
  });

  it('records nothing for a dismissal before any redundancy cap in the tables', () => {
    spec
      .given([])
      .when(record({ dismissalDate: '2019-01-01' }))
      .thenThrows('NO_TABLE_IN_FORCE');
  });
});
