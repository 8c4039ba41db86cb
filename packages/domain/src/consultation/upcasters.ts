import { asStored, type Upcasters } from '../shared/upcasting';
import type { ConsultationEvent } from './events';

// Every stored version of each event of this context, read into today's shape. One version each so
// far; a changed shape adds its new version here and turns the old ones into it.
export const consultationUpcasters: Upcasters<ConsultationEvent> = {
  ConsultationPlanDrafted: { 1: asStored },
  ConsultationPlanRevised: { 1: asStored },
  ConsultationDatesPlanned: { 1: asStored },
  DisclosureGivenInWriting: { 1: asStored },
  TradeUnionEngagementLogged: { 1: asStored },
  IndividualConsultationMeetingHeld: { 1: asStored },
  IndividualOutcomeRecorded: { 1: asStored },
  IndividualAppealRecorded: { 1: asStored },
  EqualityImpactAssessmentRecorded: { 1: asStored },
  ProtectedCharacteristicsRecorded: { 1: asStored },
  ConsultationLaunched: { 1: asStored },
  AffectedTermsRead: { 1: asStored },
  ContinuousServiceRecorded: { 1: asStored },
  EmployeeRepresentativesElected: { 1: asStored },
};
