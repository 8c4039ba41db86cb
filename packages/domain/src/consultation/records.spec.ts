import { deciderSpec } from '../shared/testing/decider-spec';
import { consultationDecider } from './consultation-decider';
import type { ConsultationEvent } from './events';
import { affected, command, drafted, goodDates, PLAN_ID, PROGRAMME_ID, uuid } from './spec-fixtures';
import { emptyPlanDates } from './state';

const spec = deciderSpec(consultationDecider);
const scope = {
  title: 'Contract management restructure',
  establishment: 'County Hall, Northshire',
  proposedDismissals: 25,
  recognisedUnions: ['UNISON', 'GMB'],
  affected,
};

describe('drafting and revising a plan', () => {
  it('drafts with the day it was drafted and every date it was given', () => {
    spec
      .given([])
      .when(command('DraftConsultationPlan', { planId: PLAN_ID, programmeId: PROGRAMME_ID, ...scope, dates: goodDates }))
      .then([drafted()]);
  });

  it('refuses a second draft on the same plan', () => {
    spec
      .given([drafted()])
      .when(command('DraftConsultationPlan', { planId: PLAN_ID, programmeId: PROGRAMME_ID, ...scope, dates: {} }))
      .thenThrows('CONSULTATION_PLAN_EXISTS', 'CONFLICT');
  });

  it('refuses a number of proposed dismissals that is not a whole number from 0', () => {
    for (const n of [-1, 2.5, Number.NaN]) {
      spec
        .given([])
        .when(command('DraftConsultationPlan', { planId: PLAN_ID, programmeId: PROGRAMME_ID, ...scope, proposedDismissals: n, dates: {} }))
        .thenThrows('INVALID_PROPOSED_DISMISSALS');
    }
  });

  it('refuses a date that is not a calendar date, or a date key it does not know', () => {
    spec
      .given([drafted()])
      .when(command('PlanConsultationDates', { dates: { firstDismissal: '2027-02-30' } }))
      .thenThrows('INVALID_DATE');
    spec
      .given([drafted()])
      .when(command('PlanConsultationDates', { dates: { lunch: '2027-02-01' } as never }))
      .thenThrows('INVALID_CHOICE');
  });

  it('moves only the dates given, and clears a date given as null', () => {
    spec
      .given([drafted()])
      .when(command('PlanConsultationDates', { dates: { firstDismissal: '2027-04-01', goLive: null } }))
      .then([{ type: 'ConsultationDatesPlanned', data: { dates: { ...goodDates, firstDismissal: '2027-04-01', goLive: null } } }]);
  });

  it('revises the scope', () => {
    spec
      .given([drafted()])
      .when(command('ReviseConsultationPlan', { ...scope, proposedDismissals: 19 }))
      .then([{ type: 'ConsultationPlanRevised', data: { ...scope, proposedDismissals: 19 } }]);
  });
});

describe('s.188(4) disclosures', () => {
  it('records the day an item was given in writing, to the recognised unions', () => {
    spec
      .given([drafted()])
      .when(command('RecordDisclosure', { item: 'selection_method', givenOn: '2027-01-11', documentRef: 'S188 letter 1' }))
      .then([
        {
          type: 'DisclosureGivenInWriting',
          data: { item: 'selection_method', givenOn: '2027-01-11', documentRef: 'S188 letter 1', unions: ['UNISON', 'GMB'] },
        },
      ]);
  });

  it('refuses an item outside the list, and a plan with no recognised union', () => {
    spec
      .given([drafted()])
      .when(command('RecordDisclosure', { item: 'pensions' as never, givenOn: '2027-01-11', documentRef: 'x' }))
      .thenThrows('INVALID_CHOICE');
    const base = drafted() as Extract<ConsultationEvent, { type: 'ConsultationPlanDrafted' }>;
    const noUnion: ConsultationEvent = { ...base, data: { ...base.data, recognisedUnions: [] } };
    spec
      .given([noUnion])
      .when(command('RecordDisclosure', { item: 'reasons', givenOn: '2027-01-11', documentRef: 'x' }))
      .thenThrows('NO_RECOGNISED_UNION');
  });
});

describe('trade-union log and individual consultation', () => {
  const meeting = { entryId: uuid(1), date: '2027-01-12', kind: 'meeting' as const, unions: ['UNISON'], summary: 'Opening meeting; selection criteria tabled' };

  it('logs an engagement once', () => {
    spec
      .given([drafted()])
      .when(command('LogTradeUnionEngagement', meeting))
      .then([{ type: 'TradeUnionEngagementLogged', data: meeting }]);
    spec
      .given([drafted(), { type: 'TradeUnionEngagementLogged', data: meeting }])
      .when(command('LogTradeUnionEngagement', meeting))
      .thenThrows('ENTRY_ALREADY_LOGGED', 'CONFLICT');
    spec
      .given([drafted()])
      .when(command('LogTradeUnionEngagement', { ...meeting, unions: [] }))
      .thenThrows('INVALID_UNIONS');
  });

  it('records meetings, outcome and appeal for an affected person only', () => {
    const held = { postId: 'post-1', meetingId: uuid(2), date: '2027-01-14', kind: 'first' as const, note: 'Selection criteria and own scores shared' };
    spec
      .given([drafted()])
      .when(command('RecordIndividualMeeting', held))
      .then([{ type: 'IndividualConsultationMeetingHeld', data: held }]);
    spec
      .given([drafted()])
      .when(command('RecordIndividualMeeting', { ...held, postId: 'post-99' }))
      .thenThrows('PERSON_NOT_AFFECTED');
    spec
      .given([drafted()])
      .when(command('RecordIndividualOutcome', { postId: 'post-2', outcome: 'redeployed', decidedOn: '2027-02-20' }))
      .then([{ type: 'IndividualOutcomeRecorded', data: { postId: 'post-2', outcome: 'redeployed', decidedOn: '2027-02-20' } }]);
  });

  it('needs a decided appeal to have a decision date on or after it was lodged', () => {
    const appeal = { postId: 'post-3', lodgedOn: '2027-03-05', result: 'not_upheld' as const, decidedOn: '2027-03-12' };
    spec
      .given([drafted()])
      .when(command('RecordIndividualAppeal', appeal))
      .then([{ type: 'IndividualAppealRecorded', data: appeal }]);
    spec
      .given([drafted()])
      .when(command('RecordIndividualAppeal', { ...appeal, decidedOn: '2027-03-01' }))
      .thenThrows('DATES_OUT_OF_ORDER');
    spec
      .given([drafted()])
      .when(command('RecordIndividualAppeal', { ...appeal, decidedOn: null }))
      .thenThrows('DATES_OUT_OF_ORDER');
  });
});

describe('equality impact', () => {
  it('records the EqIA and characteristics of affected people only, from the nine protected characteristics', () => {
    const eqia = { documentRef: 'EQIA-2027-004', assessedOn: '2027-01-05', findings: 'No disproportionate impact' };
    spec
      .given([drafted()])
      .when(command('RecordEqualityImpactAssessment', eqia))
      .then([{ type: 'EqualityImpactAssessmentRecorded', data: eqia }]);
    spec
      .given([drafted()])
      .when(command('RecordProtectedCharacteristics', { entries: [{ postId: 'post-1', characteristics: { sex: 'Female' } }] }))
      .then([{ type: 'ProtectedCharacteristicsRecorded', data: { entries: [{ postId: 'post-1', characteristics: { sex: 'Female' } }] } }]);
    spec
      .given([drafted()])
      .when(command('RecordProtectedCharacteristics', { entries: [{ postId: 'post-1', characteristics: { salary: 'High' } as never }] }))
      .thenThrows('INVALID_CHOICE');
    spec
      .given([drafted()])
      .when(command('RecordProtectedCharacteristics', { entries: [] }))
      .thenThrows('INVALID_CHARACTERISTICS');
    expect(emptyPlanDates().consultationStart).toBeNull();
  });
});
