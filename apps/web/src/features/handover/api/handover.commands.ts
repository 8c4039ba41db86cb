import { graphql } from '../../../gql';
import { handoverKeys } from './handover.queries';

export const AcceptRecruitmentPlanDocument = graphql(`
  mutation AcceptRecruitmentPlan($input: AcceptRecruitmentPlanInput!) {
    acceptRecruitmentPlan(input: $input) { programmeId status }
  }
`);

export const DraftRecruitmentPlanDocument = graphql(`
  mutation DraftRecruitmentPlan($input: DraftRecruitmentPlanInput!) {
    draftRecruitmentPlan(input: $input) { programmeId status }
  }
`);

export const HandOverRecruitmentPlanDocument = graphql(`
  mutation HandOverRecruitmentPlan($input: HandOverRecruitmentPlanInput!) {
    handOverRecruitmentPlan(input: $input) { programmeId status }
  }
`);

export const RecordRecruitmentStageCompletedDocument = graphql(`
  mutation RecordRecruitmentStageCompleted($input: RecordRecruitmentStageCompletedInput!) {
    recordRecruitmentStageCompleted(input: $input) { programmeId status }
  }
`);

export const RecordVacancyFilledDocument = graphql(`
  mutation RecordVacancyFilled($input: RecordVacancyFilledInput!) {
    recordVacancyFilled(input: $input) { programmeId status }
  }
`);

export const ReplanRecruitmentStageDocument = graphql(`
  mutation ReplanRecruitmentStage($input: ReplanRecruitmentStageInput!) {
    replanRecruitmentStage(input: $input) { programmeId status }
  }
`);

export const ReturnRecruitmentPlanDocument = graphql(`
  mutation ReturnRecruitmentPlan($input: ReturnRecruitmentPlanInput!) {
    returnRecruitmentPlan(input: $input) { programmeId status }
  }
`);

// Every change answers with the plan's new state; refetch whatever shows it.
export const afterHandoverChange = { invalidates: [handoverKeys.all] };
