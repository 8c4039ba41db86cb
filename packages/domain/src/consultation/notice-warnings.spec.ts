import { deciderSpec } from '../shared/testing/decider-spec';
import { consultationDecider } from './consultation-decider';
import type { ConsultationEvent, PlanDates, ServiceRecord } from './events';
import { consultationFigures } from './plan-checks';
import { allDisclosed, approved, command, drafted, goodDates } from './spec-fixtures';
import { evolveConsultation, initialConsultationState, type ConsultationPlan } from './state';

// goodDates: consultation 11 January – 10 February 2027, notices 1 March, first dismissal 31 March (30 days).
const spec = deciderSpec(consultationDecider);
const service = (entries: ServiceRecord[]): ConsultationEvent => ({ type: 'ContinuousServiceRecorded', data: { entries } });
const planOf = (dates: Partial<PlanDates>, extra: ConsultationEvent[] = []) =>
  [drafted(25, { ...goodDates, ...dates }), ...allDisclosed(), ...extra].reduce(evolveConsultation, initialConsultationState) as ConsultationPlan;
const codes = (plan: ConsultationPlan) => consultationFigures(plan).warnings.map((w) => w.code);

describe('notices and the close of consultation (Junk v Kühnel)', () => {
  it('given notices the day before consultation closes, then the plan warns; on the closing day it does not', () => {
    const before = planOf({ consultationClose: '2027-02-10', responseToFeedback: '2027-02-10', noticesIssued: '2027-02-09' });
    expect(codes(before)).toContain('NOTICE_BEFORE_CONSULTATION_END');
    const w = consultationFigures(before).warnings.find((x) => x.code === 'NOTICE_BEFORE_CONSULTATION_END')!;
    expect(w.source).toContain('C-188/03');
    expect(codes(planOf({ consultationClose: '2027-02-10', responseToFeedback: '2027-02-10', noticesIssued: '2027-02-10' }))).not.toContain(
      'NOTICE_BEFORE_CONSULTATION_END',
    );
  });
});

describe('notice per person (ERA 1996 s.86 and the contract)', () => {
  it('given 12 years’ service, when 30 days’ notice is planned, then it is short of 12 weeks; 4 weeks’ service needs none', () => {
    const plan = planOf({}, [service([{ postId: 'post-1', serviceStart: '2015-03-01', contractualNoticeWeeks: null }])]);
    const w = consultationFigures(plan).warnings.filter((x) => x.code === 'NOTICE_TOO_SHORT');
    expect(w.map((x) => x.message)).toEqual([expect.stringMatching(/^ACM-0001: .*statutory minimum notice is 12 weeks/)]);
    expect(w[0].rule).toBe('ERA 1996 s.86');
    expect(codes(planOf({}, [service([{ postId: 'post-1', serviceStart: '2027-02-05', contractualNoticeWeeks: null }])]))).not.toContain('NOTICE_TOO_SHORT');
  });

  it('given 1 year’s service and a 4-week contractual notice in 30 days, then it is enough; a 5-week one is short', () => {
    expect(codes(planOf({}, [service([{ postId: 'post-1', serviceStart: '2026-01-01', contractualNoticeWeeks: 4 }])]))).not.toContain('NOTICE_TOO_SHORT');
    const plan = planOf({}, [service([{ postId: 'post-1', serviceStart: '2026-01-01', contractualNoticeWeeks: 5 }])]);
    expect(consultationFigures(plan).warnings.find((x) => x.code === 'NOTICE_TOO_SHORT')?.rule).toBe('Contract of employment');
  });

  it('records service for affected people only, with whole weeks of notice', () => {
    spec
      .given([drafted(25)])
      .when(command('RecordContinuousService', { entries: [{ postId: 'post-2', serviceStart: '2020-06-01', contractualNoticeWeeks: 8 }] }))
      .then([service([{ postId: 'post-2', serviceStart: '2020-06-01', contractualNoticeWeeks: 8 }])]);
    spec
      .given([drafted(25)])
      .when(command('RecordContinuousService', { entries: [{ postId: 'post-9', serviceStart: '2020-06-01', contractualNoticeWeeks: null }] }))
      .thenThrows('PERSON_NOT_AFFECTED');
    spec
      .given([drafted(25)])
      .when(command('RecordContinuousService', { entries: [{ postId: 'post-2', serviceStart: '2020-06-01', contractualNoticeWeeks: 2.5 }] }))
      .thenThrows('INVALID_SERVICE', 'BAD_USER_INPUT');
    spec
      .given([drafted(25)])
      .when(command('RecordContinuousService', { entries: [{ postId: 'post-2', serviceStart: '2020-02-30', contractualNoticeWeeks: null }] }))
      .thenThrows('INVALID_DATE');
  });

  it('given a short notice, then launch is refused', () => {
    const error = spec
      .given([drafted(25), ...allDisclosed(), service([{ postId: 'post-1', serviceStart: '2015-03-01', contractualNoticeWeeks: null }])])
      .when(command('LaunchConsultation', { designAuthority: approved }))
      .thenThrows('CONSULTATION_PLAN_HAS_BREACHES');
    expect(error.details.warnings).toEqual(['NOTICE_TOO_SHORT']);
  });
});
