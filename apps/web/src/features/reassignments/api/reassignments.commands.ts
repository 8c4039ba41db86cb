import { graphql } from '../../../gql';
import { reassignmentKeys } from './reassignments.queries';

export const EndTrialPeriodDocument = graphql(`
  mutation EndTrialPeriod($input: EndTrialPeriodInput!) {
    endTrialPeriod(input: $input) { postId outcome }
  }
`);

export const GrantPayProtectionDocument = graphql(`
  mutation GrantPayProtection($input: GrantPayProtectionInput!) {
    grantPayProtection(input: $input) { postId outcome }
  }
`);

export const MarkAtRiskDocument = graphql(`
  mutation MarkAtRisk($input: MarkAtRiskInput!) {
    markAtRisk(input: $input) { postId outcome }
  }
`);

export const PlaceInRingFenceDocument = graphql(`
  mutation PlaceInRingFence($input: PlaceInRingFenceInput!) {
    placeInRingFence(input: $input) { id name }
  }
`);

export const RecordRedeploymentDocument = graphql(`
  mutation RecordRedeployment($input: RecordRedeploymentInput!) {
    recordRedeployment(input: $input) { postId outcome }
  }
`);

export const RecordSelectionOutcomeDocument = graphql(`
  mutation RecordSelectionOutcome($input: RecordSelectionOutcomeInput!) {
    recordSelectionOutcome(input: $input) { postId outcome }
  }
`);

export const RecordSlotInDocument = graphql(`
  mutation RecordSlotIn($input: RecordSlotInInput!) {
    recordSlotIn(input: $input) { postId outcome }
  }
`);

export const ReleaseVacancyDocument = graphql(`
  mutation ReleaseVacancy($input: ReleaseVacancyInput!) {
    releaseVacancy(input: $input) { postId outcome }
  }
`);

export const StartTrialPeriodDocument = graphql(`
  mutation StartTrialPeriod($input: StartTrialPeriodInput!) {
    startTrialPeriod(input: $input) { postId outcome }
  }
`);

// Each decision moves one post's row and what its to-be post has filled.
export const afterReassignment = { invalidates: [reassignmentKeys.all] };
