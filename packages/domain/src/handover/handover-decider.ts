import type { CommandMetadata, Decider } from '../shared/decider';
import { conflict, forbidden, invalid } from './errors';
import { civilDateOf, requireText } from '../shared/values';
import type { AcceptRecruitmentPlan, DraftRecruitmentPlan, HandOverRecruitmentPlan, HandoverCommand, HandoverScope, ReturnRecruitmentPlan } from './commands';
import type { HandoverEvent } from './events';
import { isNamedIsm } from './access';
import { validatePlan } from './plan';
import { recordStageCompleted, recordVacancyFilled, replanStage } from './progress';
import { MAX_HANDOVER_REASON } from './stages';
import { evolveHandover, initialHandoverState, type HandoverState } from './state';

type Decide<C> = (command: C, state: HandoverState) => HandoverEvent;

const isConsultancy = (metadata: CommandMetadata) => metadata.actor.role === 'consultant' || metadata.actor.role === 'tenant_admin';

// The consultancy drafts and hands over; once the interim service manager accepts, it only reads.
const requireConsultancyEdit = (metadata: CommandMetadata, state: HandoverState) => {
  if (!isConsultancy(metadata)) {
    throw forbidden('HANDOVER_NOT_ALLOWED', 'Only the consultancy drafts the recruitment plan and hands it over.', { role: metadata.actor.role });
  }
  if (state.status === 'accepted') {
    throw forbidden(
      'PLAN_READ_ONLY_AFTER_ACCEPTANCE',
      `${state.ism!.name} accepted the recruitment plan on ${state.acceptedOn} and now owns it; the consultancy can read it but no longer change it.`,
    );
  }
  if (state.status === 'handed_over') {
    throw conflict(
      'PLAN_ALREADY_HANDED_OVER',
      `The plan was handed over to ${state.ism!.name} on ${state.handedOverOn} and awaits their answer; it can change only if they return it.`,
    );
  }
};

const draft: Decide<DraftRecruitmentPlan> = ({ data, metadata }, state) => {
  requireConsultancyEdit(metadata, state);
  return { type: 'RecruitmentPlanDrafted', data: { vacancies: validatePlan(data.vacancies, data.openVacancies) } };
};

const handOver: Decide<HandOverRecruitmentPlan> = ({ data, metadata }, state) => {
  requireConsultancyEdit(metadata, state);
  if (state.status === 'none') throw conflict('NO_PLAN_DRAFTED', 'Draft the recruitment plan before handing it over.');
  const { recipient } = data;
  if (!recipient || !recipient.active)
    throw invalid('RECIPIENT_NOT_FOUND', 'There is no active user to hand the plan to with that id.', { field: 'ismUserId' });
  if (recipient.role !== 'interim_service_manager') {
    throw invalid(
      'RECIPIENT_NOT_INTERIM_SERVICE_MANAGER',
      `${recipient.displayName} is not an interim service manager; hand the plan to the council's interim service manager.`,
      {
        field: 'ismUserId',
        role: recipient.role,
      },
    );
  }
  if (recipient.authorityId !== data.programmeAuthorityId) {
    throw invalid('RECIPIENT_OF_ANOTHER_COUNCIL', `${recipient.displayName} works for another council, not the one running this programme.`, {
      field: 'ismUserId',
    });
  }
  return {
    type: 'RecruitmentPlanHandedOver',
    data: { ismUserId: recipient.userId, ismName: recipient.displayName, handedOverOn: civilDateOf(metadata.now) },
  };
};

const requireAwaitingAnswer = (metadata: CommandMetadata, scope: HandoverScope, state: HandoverState) => {
  if (state.status !== 'handed_over') {
    throw conflict('PLAN_NOT_HANDED_OVER', state.status === 'accepted' ? 'The plan has already been accepted.' : 'No plan is waiting for an answer.', {
      status: state.status,
    });
  }
  if (!isNamedIsm(metadata, scope, state)) {
    throw forbidden('HANDOVER_NOT_YOURS', `Only ${state.ism!.name}, the interim service manager the plan was handed to, can accept or return it.`, {
      role: metadata.actor.role,
    });
  }
};

const accept: Decide<AcceptRecruitmentPlan> = ({ data, metadata }, state) => {
  requireAwaitingAnswer(metadata, data, state);
  return { type: 'RecruitmentPlanAccepted', data: { ismUserId: metadata.actor.userId, acceptedOn: civilDateOf(metadata.now) } };
};

const giveBack: Decide<ReturnRecruitmentPlan> = ({ data, metadata }, state) => {
  requireAwaitingAnswer(metadata, data, state);
  const reasons = requireText('reasons', data.reasons, { max: MAX_HANDOVER_REASON });
  return { type: 'RecruitmentPlanReturned', data: { ismUserId: metadata.actor.userId, reasons, returnedOn: civilDateOf(metadata.now) } };
};

export const decideHandover = (command: HandoverCommand, state: HandoverState): HandoverEvent[] => {
  switch (command.type) {
    case 'DraftRecruitmentPlan':
      return [draft(command, state)];
    case 'HandOverRecruitmentPlan':
      return [handOver(command, state)];
    case 'AcceptRecruitmentPlan':
      return [accept(command, state)];
    case 'ReturnRecruitmentPlan':
      return [giveBack(command, state)];
    case 'RecordStageCompleted':
      return [recordStageCompleted(command, state)];
    case 'ReplanStage':
      return [replanStage(command, state)];
    case 'RecordVacancyFilled':
      return [recordVacancyFilled(command, state)];
    default: {
      const unknown: never = command;
      throw new Error(`Unknown recruitment handover command ${(unknown as { type: string }).type}`);
    }
  }
};

export const handoverDecider: Decider<HandoverCommand, HandoverEvent, HandoverState> = {
  decide: decideHandover,
  evolve: evolveHandover,
  initialState: initialHandoverState,
};
