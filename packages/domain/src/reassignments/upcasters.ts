import { asStored, type Upcasters } from '../shared/upcasting';
import type { ReassignmentsEvent } from './events';

// Every stored version of each event of this context, read into today's shape. One version each so
// far; a changed shape adds its new version here and turns the old ones into it.
export const reassignmentsUpcasters: Upcasters<ReassignmentsEvent> = {
  SlotInRecorded: { 1: asStored },
  RingFencePoolFormed: { 1: asStored },
  SelectionOutcomeRecorded: { 1: asStored },
  PostholderAtRisk: { 1: asStored },
  RedeploymentRecorded: { 1: asStored },
  TrialPeriodStarted: { 1: asStored },
  TrialPeriodEnded: { 1: asStored },
  PayProtectionGranted: { 1: asStored },
  VacancyReleased: { 1: asStored },
};
