import type { FieldProblem } from '../../../components/error-summary';
import type { RecruitmentStage, VacancyPlanInput } from '../../../gql/graphql';

export const stageLabels: Record<RecruitmentStage, string> = {
  RING_FENCED_RECRUITMENT: 'Ring-fenced recruitment',
  INTERNAL_ADVERT: 'Internal advert',
  EXTERNAL_ADVERT: 'External advert',
  SHORTLISTING: 'Shortlisting',
  INTERVIEW: 'Interview',
  OFFER: 'Offer',
  PRE_EMPLOYMENT_CHECKS: 'Pre-employment checks',
  START: 'Start',
  INDUCTION: 'Induction',
};
// The order a council runs them in; the API checks the same order.
export const stageOrder = Object.keys(stageLabels) as RecruitmentStage[];

export type OpenVacancy = { designPostId: string; title: string };
export type PlannedVacancy = { vacancyId: string; owner: string; stages: readonly { stage: RecruitmentStage; targetDate: string }[] };
export type VacancyValues = { owner: string; targets: Partial<Record<RecruitmentStage, string>> };
export type DraftValues = Record<string, VacancyValues>;

export const targetFieldId = (designPostId: string, stage: RecruitmentStage) => `target-${designPostId}-${stage}`;
export const ownerFieldId = (designPostId: string) => `owner-${designPostId}`;

// A redraft starts from the plan as drafted, for the vacancies still open.
export function initialDraftValues(open: readonly OpenVacancy[], drafted: readonly PlannedVacancy[]): DraftValues {
  return Object.fromEntries(
    open.map((v) => {
      const before = drafted.find((d) => d.vacancyId === v.designPostId);
      const targets = Object.fromEntries((before?.stages ?? []).map((s) => [s.stage, s.targetDate]));
      return [v.designPostId, { owner: before?.owner ?? '', targets }];
    }),
  );
}

const CIVIL_DATE = /^\d{4}-\d{2}-\d{2}$/;

// Reads the form: blank dates leave a stage out; each vacancy needs an owner, a stage, and dates
// that never go backwards. The API checks again and has the last word.
export function readDraft(open: readonly OpenVacancy[], values: DraftValues): { problems: FieldProblem[]; vacancies: VacancyPlanInput[] } {
  const problems: FieldProblem[] = [];
  const vacancies = open.map((v) => {
    const value = values[v.designPostId] ?? { owner: '', targets: {} };
    if (!value.owner.trim()) problems.push({ fieldId: ownerFieldId(v.designPostId), message: `${v.title}: enter who recruits to it` });
    const stages = stageOrder.map((stage) => ({ stage, targetDate: (value.targets[stage] ?? '').trim() })).filter((s) => s.targetDate !== '');
    if (stages.length === 0)
      problems.push({ fieldId: targetFieldId(v.designPostId, stageOrder[0]!), message: `${v.title}: give a target date for at least one stage` });
    let previous: { stage: RecruitmentStage; targetDate: string } | null = null;
    for (const s of stages) {
      const fieldId = targetFieldId(v.designPostId, s.stage);
      if (!CIVIL_DATE.test(s.targetDate)) {
        problems.push({ fieldId, message: `${v.title}: write the ${stageLabels[s.stage].toLowerCase()} date as year-month-day, such as 2027-01-11` });
        continue;
      }
      if (previous && s.targetDate < previous.targetDate) {
        problems.push({
          fieldId,
          message: `${v.title}: ${stageLabels[s.stage].toLowerCase()} cannot be due before ${stageLabels[previous.stage].toLowerCase()}`,
        });
      }
      previous = s;
    }
    return { designPostId: v.designPostId, owner: value.owner.trim(), stages };
  });
  return { problems, vacancies };
}

export type ProgressAction = 'complete' | 'replan' | 'filled';
type ProgressVacancy = { status: string; stages: readonly { stage: RecruitmentStage; completedOn?: string | null }[] };

// What the owner can still record for a vacancy: stages not yet done can be completed or moved;
// a filled vacancy takes nothing more.
export function progressChoices(vacancy: ProgressVacancy): { actions: ProgressAction[]; openStages: RecruitmentStage[] } {
  if (vacancy.status === 'FILLED') return { actions: [], openStages: [] };
  const openStages = vacancy.stages.filter((s) => !s.completedOn).map((s) => s.stage);
  return { actions: openStages.length > 0 ? ['complete', 'replan', 'filled'] : ['filled'], openStages };
}
