import { graphql } from '../../../gql';
import { costingKeys } from '../../costing';
import { taskKeys } from '../../tasks';
import { gradingKeys } from './grading.queries';

export const ApproveJobDescriptionDocument = graphql(`
  mutation ApproveJobDescription($input: ApproveJobDescriptionInput!) {
    approveJobDescription(input: $input) { designPostId jdStatus }
  }
`);

export const ApproveJobEvaluationDocument = graphql(`
  mutation ApproveJobEvaluation($input: ApproveJobEvaluationInput!) {
    approveJobEvaluation(input: $input) { designPostId evaluationStatus grade }
  }
`);

export const DraftJobDescriptionDocument = graphql(`
  mutation DraftJobDescription($input: DraftJobDescriptionInput!) {
    draftJobDescription(input: $input) { designPostId jdStatus }
  }
`);

export const RecordJobEvaluationDocument = graphql(`
  mutation RecordJobEvaluation($input: RecordJobEvaluationInput!) {
    recordJobEvaluation(input: $input) { designPostId evaluationStatus }
  }
`);

export const RequestJobDescriptionChangesDocument = graphql(`
  mutation RequestJobDescriptionChanges($input: RequestJobDescriptionChangesInput!) {
    requestJobDescriptionChanges(input: $input) { designPostId jdStatus }
  }
`);

export const SetGradeStructureDocument = graphql(`
  mutation SetGradeStructure($input: SetGradeStructureInput!) {
    setGradeStructure(input: $input) { effectiveFrom }
  }
`);

// A grade from an approved evaluation makes a post's cost final, and moves what awaits HR.
export const afterGrading = { invalidates: [gradingKeys.all, costingKeys.all, taskKeys.all] };
