import type { Role } from '../shared/decider';
import { describeHistory } from '../audit';
import { meta } from '../shared/testing/decider-spec';
import { deciderSpec } from '../testing';
import type { BusinessCaseAssumptions } from './assumptions';
import { businessCaseDecider } from './business-case-decider';
import type { SetBusinessCaseAssumptions } from './commands';
import type { BusinessCaseAssumptionsSet } from './events';

const spec = deciderSpec(businessCaseDecider);
const council = 'c48496f7-8538-5027-a852-8496ce223a5e';
const mtfs: BusinessCaseAssumptions = {
  firstYear: '2026/27',
  horizonYears: 5,
  payAwards: [{ financialYear: '2026/27', rateBp: 300 }],
  vacancyFactorBp: 300,
  increments: true,
};
const reason = 'As in the council’s MTFS, February 2026';
const set = (assumptions: unknown, role: Role = 'consultant', actorAuthorityId: string | null = null): SetBusinessCaseAssumptions => ({
  type: 'SetBusinessCaseAssumptions',
  data: { programmeAuthorityId: council, actorAuthorityId, assumptions: assumptions as BusinessCaseAssumptions, reason },
  metadata: meta({ actor: { role } }),
});
const wasSet = (a = mtfs): BusinessCaseAssumptionsSet => ({ type: 'BusinessCaseAssumptionsSet', data: { ...a, reason } });

describe('given no assumptions, when a consultant sets them with a reason', () => {
  it('records them', () => {
    spec.given([]).when(set(mtfs)).then([wasSet()]);
  });
  it('records nothing when the same assumptions are set again', () => {
    spec.given([wasSet()]).when(set(mtfs)).then([]);
  });
  it('records a change of one figure', () => {
    const more = { ...mtfs, vacancyFactorBp: 500 };
    spec
      .given([wasSet()])
      .when(set(more))
      .then([wasSet(more)]);
  });
  it('refuses a missing reason', () => {
    spec
      .given([])
      .when({ ...set(mtfs), data: { ...set(mtfs).data, reason: ' ' } })
      .thenThrows('TEXT_REQUIRED');
  });
});

describe('who decides', () => {
  it('lets the finance partner of the programme’s council decide', () => {
    spec
      .given([])
      .when(set(mtfs, 'finance_partner', council))
      .then([wasSet()]);
  });
  it('refuses a finance partner of another council', () => {
    spec
      .given([])
      .when(set(mtfs, 'finance_partner', 'another-council'))
      .thenThrows('BUSINESS_CASE_CHANGE_NOT_ALLOWED', 'FORBIDDEN');
  });
  it('refuses a service director', () => {
    spec
      .given([])
      .when(set(mtfs, 'service_director', council))
      .thenThrows('BUSINESS_CASE_CHANGE_NOT_ALLOWED');
  });
});

describe('the horizon is the medium-term plan: 3 to 5 years', () => {
  it.each([3, 5])('accepts %i years', (horizonYears) => {
    spec
      .given([])
      .when(set({ ...mtfs, horizonYears }))
      .then([wasSet({ ...mtfs, horizonYears })]);
  });
  it.each([2, 6, 3.5])('refuses %s years', (horizonYears) => {
    spec
      .given([])
      .when(set({ ...mtfs, horizonYears }))
      .thenThrows('INVALID_HORIZON');
  });
});

describe('pay awards are assumed only where none is agreed', () => {
  it('refuses an assumption for 2025/26, whose 3.2% award is agreed and in the pay tables', () => {
    const error = spec
      .given([])
      .when(set({ ...mtfs, payAwards: [{ financialYear: '2025/26', rateBp: 300 }] }))
      .thenThrows('PAY_AWARD_ALREADY_AGREED');
    expect(error.message).toContain('3.2%');
  });
  it('accepts the last year of the horizon and refuses the year after', () => {
    const last = { ...mtfs, payAwards: [{ financialYear: '2030/31', rateBp: 200 }] };
    spec
      .given([])
      .when(set(last))
      .then([wasSet(last)]);
    spec
      .given([])
      .when(set({ ...mtfs, payAwards: [{ financialYear: '2031/32', rateBp: 200 }] }))
      .thenThrows('INVALID_PAY_AWARD');
  });
  it('refuses a year listed twice and a rate over 20%', () => {
    const twice = [
      { financialYear: '2026/27', rateBp: 300 },
      { financialYear: '2026/27', rateBp: 250 },
    ];
    spec
      .given([])
      .when(set({ ...mtfs, payAwards: twice }))
      .thenThrows('INVALID_PAY_AWARD');
    spec
      .given([])
      .when(set({ ...mtfs, payAwards: [{ financialYear: '2026/27', rateBp: 2001 }] }))
      .thenThrows('INVALID_PAY_AWARD');
  });
});

describe('the vacancy factor is 0% to 25%', () => {
  it('accepts 25%', () => {
    spec
      .given([])
      .when(set({ ...mtfs, vacancyFactorBp: 2500 }))
      .then([wasSet({ ...mtfs, vacancyFactorBp: 2500 })]);
  });
  it.each([2501, -1, 12.5])('refuses %s basis points', (vacancyFactorBp) => {
    spec
      .given([])
      .when(set({ ...mtfs, vacancyFactorBp }))
      .thenThrows('INVALID_VACANCY_FACTOR');
  });
});

describe('the audit sentence', () => {
  it('says every assumption and the reason', () => {
    const [sentence] = describeHistory([
      {
        type: 'BusinessCaseAssumptionsSet',
        streamName: 'businessCase-t_p',
        data: wasSet().data,
        metadata: { actor: { userId: 'u', role: 'consultant', displayName: 'Priya Shah' } },
      },
    ]).map((h) => h.sentence);
    expect(sentence).toBe(
      "Consultant Priya Shah set the business case's assumptions: 5 years from 2026/27, assumed pay awards 2026/27 3%, vacancy factor 3%, increments on. " +
        'Reason: “As in the council’s MTFS, February 2026”',
    );
  });
});
