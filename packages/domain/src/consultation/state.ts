import type { CivilDate } from '../shared/values';
import {
  PLAN_DATE_KEYS,
  type AffectedPerson,
  type AffectedTerms,
  type AppealResult,
  type ConsultationEvent,
  type DisclosureItem,
  type IndividualOutcome,
  type MeetingKind,
  type PlanDates,
  type ProtectedCharacteristic,
  type RepresentativeElection,
  type ServiceRecord,
  type TuEngagementKind,
} from './events';

export type Disclosure = { givenOn: CivilDate; documentRef: string; unions: string[] };
export type TuEntry = { entryId: string; date: CivilDate; kind: TuEngagementKind; unions: string[]; summary: string };
export type IndividualMeeting = { meetingId: string; date: CivilDate; kind: MeetingKind; note: string };
export type IndividualRecord = {
  meetings: IndividualMeeting[];
  outcome: { outcome: IndividualOutcome; decidedOn: CivilDate } | null;
  appeal: { lodgedOn: CivilDate; result: AppealResult; decidedOn: CivilDate | null } | null;
};
export type Eqia = { documentRef: string; assessedOn: CivilDate; findings: string };
export type Launch = { launchedOn: CivilDate; submissionId: string; ruleIds: string[] };

export type ConsultationPlan = {
  planId: string;
  programmeId: string;
  title: string;
  establishment: string;
  proposedDismissals: number;
  recognisedUnions: string[];
  affected: AffectedPerson[];
  draftedOn: CivilDate;
  dates: PlanDates;
  disclosures: Partial<Record<DisclosureItem, Disclosure>>;
  tuLog: TuEntry[];
  individuals: Record<string, IndividualRecord>;
  eqia: Eqia | null;
  characteristics: Record<string, Partial<Record<ProtectedCharacteristic, string>>>;
  launch: Launch | null;
  terms: Record<string, AffectedTerms>;
  service: Record<string, ServiceRecord>;
  election: RepresentativeElection | null;
};

export type ConsultationState = { status: 'none' } | ({ status: 'draft' | 'launched' } & ConsultationPlan);

export const initialConsultationState: ConsultationState = { status: 'none' };

export const emptyPlanDates = (): PlanDates => Object.fromEntries(PLAN_DATE_KEYS.map((k) => [k, null])) as PlanDates;

export const individualOf = (plan: ConsultationPlan, postId: string): IndividualRecord =>
  plan.individuals[postId] ?? { meetings: [], outcome: null, appeal: null };

const withIndividual = (plan: ConsultationPlan, postId: string, change: Partial<IndividualRecord>) => ({
  individuals: { ...plan.individuals, [postId]: { ...individualOf(plan, postId), ...change } },
});

export const evolveConsultation = (state: ConsultationState, event: ConsultationEvent): ConsultationState => {
  if (event.type === 'ConsultationPlanDrafted') {
    return {
      status: 'draft',
      ...event.data,
      disclosures: {},
      tuLog: [],
      individuals: {},
      eqia: null,
      characteristics: {},
      launch: null,
      terms: {},
      service: {},
      election: null,
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'ConsultationPlanRevised':
      return { ...state, ...event.data };
    case 'ConsultationDatesPlanned':
      return { ...state, dates: event.data.dates };
    case 'DisclosureGivenInWriting': {
      const { item, ...given } = event.data;
      return { ...state, disclosures: { ...state.disclosures, [item]: given } };
    }
    case 'TradeUnionEngagementLogged':
      return { ...state, tuLog: [...state.tuLog, event.data] };
    case 'IndividualConsultationMeetingHeld': {
      const { postId, ...meeting } = event.data;
      return { ...state, ...withIndividual(state, postId, { meetings: [...individualOf(state, postId).meetings, meeting] }) };
    }
    case 'IndividualOutcomeRecorded':
      return { ...state, ...withIndividual(state, event.data.postId, { outcome: { outcome: event.data.outcome, decidedOn: event.data.decidedOn } }) };
    case 'IndividualAppealRecorded': {
      const { postId, ...appeal } = event.data;
      return { ...state, ...withIndividual(state, postId, { appeal }) };
    }
    case 'EqualityImpactAssessmentRecorded':
      return { ...state, eqia: event.data };
    case 'ProtectedCharacteristicsRecorded': {
      const characteristics = { ...state.characteristics };
      for (const e of event.data.entries) characteristics[e.postId] = { ...characteristics[e.postId], ...e.characteristics };
      return { ...state, characteristics };
    }
    case 'AffectedTermsRead':
      return { ...state, terms: Object.fromEntries(event.data.entries.map((t) => [t.postId, t])) };
    case 'ContinuousServiceRecorded': {
      const service = { ...state.service };
      for (const e of event.data.entries) service[e.postId] = e;
      return { ...state, service };
    }
    case 'EmployeeRepresentativesElected':
      return { ...state, election: event.data };
    case 'ConsultationLaunched': {
      const { launchedOn, submissionId, ruleIds } = event.data;
      return { ...state, status: 'launched', launch: { launchedOn, submissionId, ruleIds } };
    }
    default:
      return state;
  }
};
