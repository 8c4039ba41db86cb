import { asStored, type Upcasters } from '../shared/upcasting';
import type { PayProtectionGranted, ReassignmentsEvent } from './events';

// Version 1 protections were granted before councils recorded policy packs: full protection, no steps.
const protectionV1 = (data: unknown): PayProtectionGranted['data'] => ({
  ...(data as Omit<PayProtectionGranted['data'], 'taper' | 'steps'>),
  taper: 'full',
  steps: [],
});

// Every stored version of each event of this context, read into today's shape; a changed shape adds
// its new version here and turns the old ones into it.
export const reassignmentsUpcasters: Upcasters<ReassignmentsEvent> = {
  SlotInRecorded: { 1: asStored },
  RingFencePoolFormed: { 1: asStored },
  SelectionOutcomeRecorded: { 1: asStored },
  PostholderAtRisk: { 1: asStored },
  RedeploymentRecorded: { 1: asStored },
  TrialPeriodStarted: { 1: asStored },
  TrialPeriodEnded: { 1: asStored },
  PayProtectionGranted: { 1: protectionV1, 2: asStored },
  VacancyReleased: { 1: asStored },
};
