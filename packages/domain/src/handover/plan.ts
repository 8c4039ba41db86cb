import { invalid } from './errors';
import { requireCivilDate, requireText } from '../shared/values';
import type { VacancyPlanInput } from './commands';
import type { PlannedVacancy } from './events';
import { isRecruitmentStage, MAX_VACANCY_OWNER, RECRUITMENT_STAGE_LABEL, recruitmentStages, stageOrder, type OpenVacancy, type PlannedStage } from './stages';

// Stages run in the fixed order (any may be left out), and their target dates never go backwards.
export const validateStages = (title: string, stages: unknown): PlannedStage[] => {
  if (!Array.isArray(stages) || stages.length === 0 || stages.length > recruitmentStages.length) {
    throw invalid('INVALID_STAGE', `${title}: plan from 1 to ${recruitmentStages.length} recruitment stages.`, { field: 'stages' });
  }
  const planned = stages.map((s: { stage?: unknown; targetDate?: unknown }): PlannedStage => {
    if (!isRecruitmentStage(s?.stage)) {
      throw invalid('INVALID_STAGE', `${title}: "${String(s?.stage)}" is not a recruitment stage; use one of ${recruitmentStages.join(', ')}.`, {
        field: 'stage',
      });
    }
    return { stage: s.stage, targetDate: requireCivilDate('targetDate', s.targetDate) };
  });
  planned.forEach((s, i) => {
    const before = planned[i - 1];
    if (!before) return;
    if (stageOrder(s.stage) <= stageOrder(before.stage)) {
      throw invalid(
        'STAGES_OUT_OF_ORDER',
        `${title}: ${RECRUITMENT_STAGE_LABEL[s.stage]} cannot come after ${RECRUITMENT_STAGE_LABEL[before.stage]}; list each stage once, in the order ${recruitmentStages.join(', ')}.`,
        { stage: s.stage },
      );
    }
    requireOrderedTargets(title, before, s);
  });
  return planned;
};

export const requireOrderedTargets = (title: string, before: PlannedStage, after: PlannedStage) => {
  if (after.targetDate < before.targetDate) {
    throw invalid(
      'TARGET_DATES_OUT_OF_ORDER',
      `${title}: ${RECRUITMENT_STAGE_LABEL[after.stage]} is due on ${after.targetDate}, before ${RECRUITMENT_STAGE_LABEL[before.stage]} on ${before.targetDate}; target dates must not go backwards.`,
      { stage: after.stage, targetDate: after.targetDate, before: before.stage, beforeDate: before.targetDate },
    );
  }
};

// Every open vacancy is planned exactly once, and nothing else is.
export const validatePlan = (vacancies: unknown, open: OpenVacancy[]): PlannedVacancy[] => {
  if (open.length === 0) {
    throw invalid(
      'NO_VACANCIES_TO_RECRUIT',
      'Every post of the chosen structure is filled by slot-in, ring fence or redeployment: there is nothing to recruit.',
    );
  }
  if (!Array.isArray(vacancies)) throw invalid('INVALID_VACANCIES', 'List the vacancies of the plan.', { field: 'vacancies' });
  const byId = new Map(open.map((v) => [v.designPostId, v]));
  const seen = new Set<string>();
  const planned = (vacancies as VacancyPlanInput[]).map((input): PlannedVacancy => {
    const vacancy = byId.get(input?.designPostId);
    if (!vacancy) {
      throw invalid('VACANCY_NOT_OPEN', `Post ${String(input?.designPostId)} is not a vacancy of the chosen structure: it is filled, or not in it.`, {
        designPostId: input?.designPostId,
      });
    }
    if (seen.has(vacancy.designPostId)) throw invalid('VACANCY_LISTED_TWICE', `${vacancy.title} is planned twice.`, { designPostId: vacancy.designPostId });
    seen.add(vacancy.designPostId);
    const owner = requireText('owner', input.owner, { max: MAX_VACANCY_OWNER });
    const { designPostId, title, grade, fte } = vacancy;
    return { vacancyId: designPostId, title, grade, fte, owner, stages: validateStages(title, input.stages) };
  });
  const missing = open.filter((v) => !seen.has(v.designPostId));
  if (missing.length > 0) {
    throw invalid('VACANCY_NOT_PLANNED', `The plan leaves out ${missing.map((v) => v.title).join(', ')}: plan every vacancy of the chosen structure.`, {
      designPostIds: missing.map((v) => v.designPostId),
    });
  }
  return planned;
};
