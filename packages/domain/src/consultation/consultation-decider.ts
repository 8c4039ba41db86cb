import { requireGateOpen } from '../authority-decisions';
import { requireKey } from '../establishment';
import { conflict, invalid, notFound } from './errors';
import type { Decider } from '../shared/decider';
import { civilDateOf, requireId, requireText } from '../shared/values';
import type { ConsultationCommand } from './commands';
import {
  APPEAL_RESULTS,
  DISCLOSURE_ITEMS,
  INDIVIDUAL_OUTCOMES,
  MEETING_KINDS,
  PROTECTED_CHARACTERISTICS,
  TU_ENGAGEMENT_KINDS,
  type ConsultationEvent,
  type ProtectedCharacteristic,
} from './events';
import {
  consultationFigures,
  MAX_CATEGORY,
  MAX_DOCUMENT_REF,
  MAX_NOTE,
  MAX_UNION,
  requireChoice,
  requireDate,
  requireDates,
  requireScope,
} from './plan-checks';
import { electedRecipients, requireService, termsRead } from './law-decisions';
import { requireElection } from './representatives';
import { evolveConsultation, initialConsultationState, type ConsultationPlan, type ConsultationState } from './state';

type Plan = Extract<ConsultationState, { status: 'draft' | 'launched' }>;

const existing = (state: ConsultationState): Plan => {
  if (state.status === 'none') throw notFound('CONSULTATION_PLAN_NOT_FOUND', 'There is no such consultation plan.');
  return state;
};

const affectedPerson = (plan: ConsultationPlan, postId: string) => {
  const id = requireKey('postId', postId);
  if (!plan.affected.some((p) => p.postId === id)) {
    throw invalid('PERSON_NOT_AFFECTED', 'That post is not among the people affected by this plan.', { postId: id });
  }
  return id;
};

const characteristicsOf = (plan: ConsultationPlan, entries: { postId: string; characteristics: Partial<Record<ProtectedCharacteristic, string>> }[]) => {
  if (!Array.isArray(entries) || entries.length === 0 || entries.length > 5000) {
    throw invalid('INVALID_CHARACTERISTICS', 'Give protected characteristics for 1 to 5,000 affected people.', { field: 'entries' });
  }
  return entries.map((e) => {
    const characteristics: Partial<Record<ProtectedCharacteristic, string>> = {};
    for (const [key, value] of Object.entries(e.characteristics ?? {})) {
      const k = requireChoice('characteristic', key, PROTECTED_CHARACTERISTICS);
      characteristics[k] = requireText(k, value, { max: MAX_CATEGORY });
    }
    return { postId: affectedPerson(plan, e.postId), characteristics };
  });
};

export const decideConsultation = (command: ConsultationCommand, state: ConsultationState): ConsultationEvent[] => {
  const today = civilDateOf(command.metadata.now);
  if (command.type === 'DraftConsultationPlan') {
    if (state.status !== 'none') throw conflict('CONSULTATION_PLAN_EXISTS', 'This consultation plan has already been drafted.');
    const { planId, programmeId, dates, terms, ...scope } = command.data;
    return [
      {
        type: 'ConsultationPlanDrafted',
        data: {
          planId: requireId('planId', planId),
          programmeId: requireId('programmeId', programmeId),
          ...requireScope(scope),
          draftedOn: today,
          dates: requireDates(dates ?? {}),
        },
      },
      ...termsRead(terms, {}),
    ];
  }
  const plan = existing(state);
  switch (command.type) {
    case 'ReviseConsultationPlan': {
      const { terms, ...scope } = command.data;
      return [{ type: 'ConsultationPlanRevised', data: requireScope(scope) }, ...termsRead(terms, plan.terms)];
    }
    case 'RecordContinuousService':
      return [{ type: 'ContinuousServiceRecorded', data: { entries: requireService(plan, command.data.entries) } }];
    case 'ElectEmployeeRepresentatives':
      return [{ type: 'EmployeeRepresentativesElected', data: requireElection(plan, command.data) }];
    case 'PlanConsultationDates':
      return [{ type: 'ConsultationDatesPlanned', data: { dates: requireDates(command.data.dates ?? {}, plan.dates) } }];
    case 'RecordDisclosure': {
      const recipients = plan.recognisedUnions.length > 0 ? plan.recognisedUnions : electedRecipients(plan);
      if (recipients.length === 0) {
        throw invalid(
          'NO_RECOGNISED_UNION',
          'Name the recognised trade unions on the plan, or record the election of employee representatives (s.188A): disclosures are given to them in writing.',
        );
      }
      const item = requireChoice('item', command.data.item, DISCLOSURE_ITEMS);
      const documentRef = requireText('documentRef', command.data.documentRef, { max: MAX_DOCUMENT_REF });
      return [{ type: 'DisclosureGivenInWriting', data: { item, givenOn: requireDate('givenOn', command.data.givenOn), documentRef, unions: recipients } }];
    }
    case 'LogTradeUnionEngagement': {
      const entryId = requireId('entryId', command.data.entryId);
      if (plan.tuLog.some((e) => e.entryId === entryId)) throw conflict('ENTRY_ALREADY_LOGGED', 'This entry is already in the log.');
      const unions = Array.isArray(command.data.unions) ? command.data.unions.map((u) => requireText('unions', u, { max: MAX_UNION })) : [];
      if (unions.length === 0 || unions.length > 10) throw invalid('INVALID_UNIONS', 'Name 1 to 10 unions the engagement was with.', { field: 'unions' });
      return [
        {
          type: 'TradeUnionEngagementLogged',
          data: {
            entryId,
            date: requireDate('date', command.data.date),
            kind: requireChoice('kind', command.data.kind, TU_ENGAGEMENT_KINDS),
            unions,
            summary: requireText('summary', command.data.summary, { max: MAX_NOTE }),
          },
        },
      ];
    }
    case 'RecordIndividualMeeting': {
      const postId = affectedPerson(plan, command.data.postId);
      const meetingId = requireId('meetingId', command.data.meetingId);
      if (Object.values(plan.individuals).some((r) => r.meetings.some((m) => m.meetingId === meetingId))) {
        throw conflict('MEETING_ALREADY_RECORDED', 'This meeting has already been recorded.');
      }
      const kind = requireChoice('kind', command.data.kind, MEETING_KINDS);
      const note = requireText('note', command.data.note, { max: MAX_NOTE });
      return [{ type: 'IndividualConsultationMeetingHeld', data: { postId, meetingId, date: requireDate('date', command.data.date), kind, note } }];
    }
    case 'RecordIndividualOutcome':
      return [
        {
          type: 'IndividualOutcomeRecorded',
          data: {
            postId: affectedPerson(plan, command.data.postId),
            outcome: requireChoice('outcome', command.data.outcome, INDIVIDUAL_OUTCOMES),
            decidedOn: requireDate('decidedOn', command.data.decidedOn),
          },
        },
      ];
    case 'RecordIndividualAppeal': {
      const postId = affectedPerson(plan, command.data.postId);
      const lodgedOn = requireDate('lodgedOn', command.data.lodgedOn);
      const result = requireChoice('result', command.data.result, APPEAL_RESULTS);
      const decidedOn = command.data.decidedOn === null || command.data.decidedOn === undefined ? null : requireDate('decidedOn', command.data.decidedOn);
      if ((result === 'pending') !== (decidedOn === null)) {
        throw invalid('DATES_OUT_OF_ORDER', 'A decided appeal needs the date it was decided; a pending one has none.', { field: 'decidedOn' });
      }
      if (decidedOn !== null && decidedOn < lodgedOn)
        throw invalid('DATES_OUT_OF_ORDER', 'An appeal cannot be decided before it was lodged.', { field: 'decidedOn' });
      return [{ type: 'IndividualAppealRecorded', data: { postId, lodgedOn, result, decidedOn } }];
    }
    case 'RecordEqualityImpactAssessment':
      return [
        {
          type: 'EqualityImpactAssessmentRecorded',
          data: {
            documentRef: requireText('documentRef', command.data.documentRef, { max: MAX_DOCUMENT_REF }),
            assessedOn: requireDate('assessedOn', command.data.assessedOn),
            findings: requireText('findings', command.data.findings, { max: MAX_NOTE }),
          },
        },
      ];
    case 'RecordProtectedCharacteristics':
      return [{ type: 'ProtectedCharacteristicsRecorded', data: { entries: characteristicsOf(plan, command.data.entries) } }];
    case 'LaunchConsultation': {
      if (plan.status === 'launched') throw conflict('CONSULTATION_ALREADY_LAUNCHED', `This consultation was launched on ${plan.launch!.launchedOn}.`);
      const gate = requireGateOpen(command.data.designAuthority, 'consultation launch');
      const { figures, warnings, exposure } = consultationFigures(plan, command.data.others ?? []);
      if (warnings.length > 0) {
        throw invalid(
          'CONSULTATION_PLAN_HAS_BREACHES',
          `Consultation cannot be launched while the plan breaks ${warnings.length === 1 ? 'a rule' : `${warnings.length} rules`}: ${warnings[0].message}`,
          { warnings: warnings.map((w) => w.code) },
        );
      }
      return [
        {
          type: 'ConsultationLaunched',
          data: {
            launchedOn: today,
            submissionId: gate.submissionId!,
            ruleIds: [figures.collective.ruleId, figures.hr1.ruleId, exposure.ruleId],
            collectiveRequired: figures.collective.required,
            minimumDays: figures.collective.minimumDays,
            hr1Deadline: figures.hr1.deadline,
          },
        },
      ];
    }
    default: {
      const unhandled: never = command;
      throw new Error(`Unhandled command ${JSON.stringify(unhandled)}`);
    }
  }
};

export const consultationDecider: Decider<ConsultationCommand, ConsultationEvent, ConsultationState> = {
  decide: decideConsultation,
  evolve: evolveConsultation,
  initialState: initialConsultationState,
};
