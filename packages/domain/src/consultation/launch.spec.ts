import { deciderSpec } from '../shared/testing/decider-spec';
import { consultationDecider } from './consultation-decider';
import type { ConsultationEvent, PlanDates } from './events';
import { allDisclosed, approved, awaiting, blockedByCondition, command, drafted, goodDates } from './spec-fixtures';

const spec = deciderSpec(consultationDecider);
const launch = (designAuthority = approved) => command('LaunchConsultation', { designAuthority });
const ready = (dates: Partial<PlanDates> = {}, n = 25): ConsultationEvent[] => [drafted(n, { ...goodDates, ...dates }), ...allDisclosed()];
const breaches = (given: ConsultationEvent[]) =>
  spec.given(given).when(launch()).thenThrows('CONSULTATION_PLAN_HAS_BREACHES', 'BAD_USER_INPUT').details.warnings as string[];

describe('launching consultation', () => {
  it('records the launch day, the Design Authority submission and the rule versions when every rule is kept', () => {
    spec
      .given(ready())
      .when(launch())
      .then([
        {
          type: 'ConsultationLaunched',
          data: {
            launchedOn: '2026-11-02',
            submissionId: 'sub-1',
            ruleIds: ['tulrca-s188-2013', 'tulrca-s193-online-2025-12', 'tulrca-s189-180-days-era-2025'],
            collectiveRequired: true,
            minimumDays: 30,
            hr1Deadline: '2027-03-01',
          },
        },
      ]);
  });

  it('is refused before the Design Authority has decided, naming why', () => {
    const error = spec.given(ready()).when(launch(awaiting)).thenThrows('DESIGN_AUTHORITY_GATE_CLOSED', 'BAD_USER_INPUT');
    expect(error.message).toMatch(/^Consultation cannot be launched until the Design Authority has approved the proposal: submission sub-1/);
  });

  it('is refused while a blocking condition is open', () => {
    const error = spec.given(ready()).when(launch(blockedByCondition)).thenThrows('DESIGN_AUTHORITY_GATE_CLOSED');
    expect(error.message).toContain('"Complete the EqIA" (owner HR, due 2026-12-18) is still open');
  });

  it('is refused twice', () => {
    const launched: ConsultationEvent = {
      type: 'ConsultationLaunched',
      data: { launchedOn: '2026-11-01', submissionId: 'sub-1', ruleIds: [], collectiveRequired: true, minimumDays: 30, hr1Deadline: null },
    };
    spec
      .given([...ready(), launched])
      .when(launch())
      .thenThrows('CONSULTATION_ALREADY_LAUNCHED', 'CONFLICT');
  });

  it('is refused for a plan that does not exist', () => {
    spec.given([]).when(launch()).thenThrows('CONSULTATION_PLAN_NOT_FOUND', 'NOT_FOUND');
  });
});

describe('date rules that keep a plan a draft', () => {
  it('the first dismissal cannot fall before consultation start + 30 days (20–99 proposed)', () => {
    expect(breaches(ready({ firstDismissal: '2027-02-09', noticesIssued: '2027-01-30', appealsClose: '2027-02-05' }))).toContain('MINIMUM_PERIOD_NOT_MET');
    // exactly 30 days later is allowed
    const onTheDay = ready({
      firstDismissal: '2027-02-10',
      noticesIssued: '2027-02-10',
      appealsClose: '2027-02-10',
      finalStructurePublished: '2027-02-10',
      selectionStart: '2027-02-10',
      selectionEnd: '2027-02-10',
      responseToFeedback: '2027-02-10',
      hr1SentOn: '2027-01-11',
    });
    spec
      .given(onTheDay)
      .when(launch())
      .then([expect.objectContaining({ type: 'ConsultationLaunched' })] as unknown as ConsultationEvent[]);
  });

  it('needs 45 days from 100 proposed dismissals', () => {
    expect(breaches(ready({ firstDismissal: '2027-02-24', hr1SentOn: '2027-01-11' }, 100))).toContain('MINIMUM_PERIOD_NOT_MET');
  });

  it('applies no collective period or HR1 below 20, only the plan order', () => {
    const tight = { ...goodDates, consultationStart: '2027-02-08', consultationClose: '2027-02-10', firstDismissal: '2027-03-02', hr1SentOn: null };
    expect(breaches([drafted(20, tight), ...allDisclosed()])).toEqual(['DATE_MISSING', 'MINIMUM_PERIOD_NOT_MET']);
    spec
      .given([drafted(19, tight)])
      .when(launch())
      .then([
        {
          type: 'ConsultationLaunched',
          data: {
            launchedOn: '2026-11-02',
            submissionId: 'sub-1',
            ruleIds: ['tulrca-s188-2013', 'tulrca-s193-online-2025-12', 'tulrca-s189-180-days-era-2025'],
            collectiveRequired: false,
            minimumDays: null,
            hr1Deadline: null,
          },
        },
      ]);
  });

  it('HR1 must be sent by its deadline and before any notice', () => {
    expect(breaches(ready({ hr1SentOn: '2027-03-02' }))).toEqual(expect.arrayContaining(['HR1_LATE', 'HR1_AFTER_NOTICE']));
  });

  it('the online HR1 form (from 1 December 2025) cannot be sent before consultation starts', () => {
    expect(breaches(ready({ hr1SentOn: '2027-01-10' }))).toEqual(['HR1_BEFORE_CONSULTATION_START']);
  });

  it('consultation must start in good time: before selection, the final structure and notices', () => {
    expect(breaches(ready({ selectionStart: '2027-01-04', finalStructurePublished: '2027-02-01' }))).toEqual([
      'CONSULTATION_NOT_IN_GOOD_TIME',
      'CONSULTATION_NOT_IN_GOOD_TIME',
    ]);
  });

  it('needs the start, close, first dismissal and HR1 dates, in order', () => {
    expect(breaches(ready({ consultationClose: null, hr1SentOn: null }))).toEqual(['DATE_MISSING', 'DATE_MISSING']);
    expect(breaches(ready({ consultationClose: '2027-01-10' }))).toEqual(['DATES_OUT_OF_ORDER']);
  });

  it('needs every s.188(4) disclosure given in writing by the start', () => {
    const missing = breaches([drafted(), ...allDisclosed().slice(1)]);
    expect(missing).toEqual(['DISCLOSURE_NOT_GIVEN']);
    expect(breaches([drafted(), ...allDisclosed('2027-01-12')])).toEqual(Array(7).fill('DISCLOSURE_AFTER_START'));
  });
});
