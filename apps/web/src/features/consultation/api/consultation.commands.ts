import { graphql } from '../../../gql';
import { consultationKeys } from './consultation.queries';

export const DraftConsultationPlanDocument = graphql(`
  mutation DraftConsultationPlan($input: DraftConsultationPlanInput!) {
    draftConsultationPlan(input: $input) { planId status revision }
  }
`);

export const LaunchConsultationDocument = graphql(`
  mutation LaunchConsultation($input: LaunchConsultationInput!) {
    launchConsultation(input: $input) { planId status revision }
  }
`);

export const LogTradeUnionEngagementDocument = graphql(`
  mutation LogTradeUnionEngagement($input: LogTradeUnionEngagementInput!) {
    logTradeUnionEngagement(input: $input) { planId status revision }
  }
`);

export const PlanConsultationDatesDocument = graphql(`
  mutation PlanConsultationDates($input: PlanConsultationDatesInput!) {
    planConsultationDates(input: $input) { planId status revision }
  }
`);

export const RecordDisclosureDocument = graphql(`
  mutation RecordDisclosure($input: RecordDisclosureInput!) {
    recordDisclosure(input: $input) { planId status revision }
  }
`);

export const RecordEqualityImpactAssessmentDocument = graphql(`
  mutation RecordEqualityImpactAssessment($input: RecordEqualityImpactAssessmentInput!) {
    recordEqualityImpactAssessment(input: $input) { planId status revision }
  }
`);

export const RecordIndividualAppealDocument = graphql(`
  mutation RecordIndividualAppeal($input: RecordIndividualAppealInput!) {
    recordIndividualAppeal(input: $input) { planId status revision }
  }
`);

export const RecordIndividualMeetingDocument = graphql(`
  mutation RecordIndividualMeeting($input: RecordIndividualMeetingInput!) {
    recordIndividualMeeting(input: $input) { planId status revision }
  }
`);

export const RecordIndividualOutcomeDocument = graphql(`
  mutation RecordIndividualOutcome($input: RecordIndividualOutcomeInput!) {
    recordIndividualOutcome(input: $input) { planId status revision }
  }
`);

export const RecordProtectedCharacteristicsDocument = graphql(`
  mutation RecordProtectedCharacteristics($input: RecordProtectedCharacteristicsInput!) {
    recordProtectedCharacteristics(input: $input) { planId status revision }
  }
`);

export const RecordContinuousServiceDocument = graphql(`
  mutation RecordContinuousService($input: RecordContinuousServiceInput!) {
    recordContinuousService(input: $input) { planId status revision }
  }
`);

export const ElectEmployeeRepresentativesDocument = graphql(`
  mutation ElectEmployeeRepresentatives($input: ElectEmployeeRepresentativesInput!) {
    electEmployeeRepresentatives(input: $input) { planId status revision }
  }
`);

export const ReviseConsultationPlanDocument = graphql(`
  mutation ReviseConsultationPlan($input: ReviseConsultationPlanInput!) {
    reviseConsultationPlan(input: $input) { planId status revision }
  }
`);

export const afterConsultationChange = { invalidates: [consultationKeys.all] };
