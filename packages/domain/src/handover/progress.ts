import { requireGateOpen } from '../authority-decisions';
import type { CommandMetadata } from '../shared/decider';
import { conflict, forbidden, invalid, notFound } from './errors';
import { civilDateOf, requireCivilDate, requireText, type CivilDate } from '../shared/values';
import type { GateContext, HandoverScope, RecordStageCompleted, RecordVacancyFilled, ReplanStage } from './commands';
import type { HandoverEvent } from './events';
import { isNamedIsm } from './access';
import { requireOrderedTargets } from './plan';
import { isRecruitmentStage, MAX_HANDOVER_REASON, RECRUITMENT_STAGE_LABEL } from './stages';
import type { HandoverState, StageProgress, VacancyProgress } from './state';

// After acceptance the plan belongs to the interim service manager: nobody else records progress.
const requireOwner = (metadata: CommandMetadata, scope: HandoverScope, state: HandoverState) => {
  if (state.status !== 'accepted') {
    throw conflict('PLAN_NOT_ACCEPTED', 'Progress is recorded once the interim service manager has accepted the plan.', { status: state.status });
  }
  if (!isNamedIsm(metadata, scope, state)) {
    throw forbidden('PROGRESS_NOT_ALLOWED', `The plan belongs to ${state.ism!.name}, who accepted it; only they record its progress.`, {
      role: metadata.actor.role,
    });
  }
};

const findVacancy = (state: HandoverState, vacancyId: unknown): VacancyProgress => {
  const found = state.vacancies.find((v) => v.vacancyId === vacancyId);
  if (!found) throw notFound('VACANCY_NOT_FOUND', 'There is no such vacancy in the recruitment plan.', { vacancyId });
  return found;
};

const findStage = (vacancy: VacancyProgress, stage: unknown): StageProgress => {
  const found = isRecruitmentStage(stage) ? vacancy.stages.find((s) => s.stage === stage) : undefined;
  if (!found) {
    throw invalid('STAGE_NOT_PLANNED', `${vacancy.title}: "${String(stage)}" is not a stage of its plan.`, {
      stage,
      planned: vacancy.stages.map((s) => s.stage),
    });
  }
  return found;
};

const requireOpen = (vacancy: VacancyProgress) => {
  if (vacancy.startDate !== null) {
    throw conflict('VACANCY_ALREADY_FILLED', `${vacancy.title} was filled, starting ${vacancy.startDate}.`, { vacancyId: vacancy.vacancyId });
  }
};

// Starting recruitment on a vacancy (its first progress) needs the Design Authority's approval.
const requireStartAllowed = (vacancy: VacancyProgress, context: GateContext) => {
  if (vacancy.stages.every((s) => s.completedOn === null)) requireGateOpen(context.designAuthority, 'recruitment');
};

const requireNotAfterToday = (field: string, date: CivilDate, metadata: CommandMetadata) => {
  const today = civilDateOf(metadata.now);
  if (date > today) throw invalid('DATE_IN_FUTURE', `${date} is after today (${today}): record a stage once it is done.`, { field });
};

const latestCompletion = (stages: StageProgress[]): CivilDate | null =>
  stages.reduce<CivilDate | null>((latest, s) => (s.completedOn !== null && (latest === null || s.completedOn > latest) ? s.completedOn : latest), null);

export const recordStageCompleted = ({ data, metadata }: RecordStageCompleted, state: HandoverState): HandoverEvent => {
  requireOwner(metadata, data, state);
  const vacancy = findVacancy(state, data.vacancyId);
  const stage = findStage(vacancy, data.stage);
  if (stage.completedOn !== null) {
    throw conflict('STAGE_ALREADY_COMPLETED', `${vacancy.title}: ${RECRUITMENT_STAGE_LABEL[stage.stage]} was completed on ${stage.completedOn}.`, {
      stage: stage.stage,
    });
  }
  requireOpen(vacancy);
  const completedOn = requireCivilDate('completedOn', data.completedOn);
  requireNotAfterToday('completedOn', completedOn, metadata);
  // Completion dates follow the stage order: no earlier stage finished after this one, no later one before it.
  const at = vacancy.stages.indexOf(stage);
  const earlier = latestCompletion(vacancy.stages.slice(0, at));
  const later = vacancy.stages.slice(at + 1).find((s) => s.completedOn !== null && s.completedOn < completedOn);
  if ((earlier !== null && completedOn < earlier) || later) {
    throw invalid(
      'COMPLETION_OUT_OF_ORDER',
      `${vacancy.title}: ${RECRUITMENT_STAGE_LABEL[stage.stage]} cannot be completed on ${completedOn}, ` +
        (later
          ? `before ${RECRUITMENT_STAGE_LABEL[later.stage]}, a later stage, completed on ${later.completedOn}.`
          : `before an earlier stage completed on ${earlier}.`),
      { stage: stage.stage },
    );
  }
  requireStartAllowed(vacancy, data);
  return { type: 'RecruitmentStageCompleted', data: { vacancyId: vacancy.vacancyId, stage: stage.stage, completedOn } };
};

export const replanStage = ({ data, metadata }: ReplanStage, state: HandoverState): HandoverEvent => {
  requireOwner(metadata, data, state);
  const vacancy = findVacancy(state, data.vacancyId);
  const stage = findStage(vacancy, data.stage);
  requireOpen(vacancy);
  if (stage.completedOn !== null) {
    throw conflict(
      'STAGE_ALREADY_COMPLETED',
      `${vacancy.title}: ${RECRUITMENT_STAGE_LABEL[stage.stage]} was completed on ${stage.completedOn}; it cannot be re-planned.`,
      {
        stage: stage.stage,
      },
    );
  }
  const targetDate = requireCivilDate('targetDate', data.targetDate);
  if (targetDate === stage.targetDate)
    throw invalid('TARGET_UNCHANGED', `${RECRUITMENT_STAGE_LABEL[stage.stage]} is already due on ${targetDate}.`, { field: 'targetDate' });
  const reason = requireText('reason', data.reason, { max: MAX_HANDOVER_REASON });
  // The re-planned stage keeps its place between its neighbours (re-plan later stages first to push them back).
  const at = vacancy.stages.indexOf(stage);
  const moved = { stage: stage.stage, targetDate };
  if (at > 0) requireOrderedTargets(vacancy.title, vacancy.stages[at - 1], moved);
  if (at < vacancy.stages.length - 1) requireOrderedTargets(vacancy.title, moved, vacancy.stages[at + 1]);
  return {
    type: 'RecruitmentStageReplanned',
    data: { vacancyId: vacancy.vacancyId, stage: stage.stage, previousTargetDate: stage.targetDate, targetDate, reason },
  };
};

export const recordVacancyFilled = ({ data, metadata }: RecordVacancyFilled, state: HandoverState): HandoverEvent => {
  requireOwner(metadata, data, state);
  const vacancy = findVacancy(state, data.vacancyId);
  requireOpen(vacancy);
  const startDate = requireCivilDate('startDate', data.startDate);
  const latest = latestCompletion(vacancy.stages);
  if (latest !== null && startDate < latest) {
    throw invalid('START_BEFORE_PROGRESS', `${vacancy.title}: the start date ${startDate} is before the last completed stage, on ${latest}.`, {
      field: 'startDate',
    });
  }
  requireStartAllowed(vacancy, data);
  return { type: 'VacancyFilled', data: { vacancyId: vacancy.vacancyId, startDate } };
};
