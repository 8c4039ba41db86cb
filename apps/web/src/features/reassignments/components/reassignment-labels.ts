import type { ReassignmentOutcome, ReassignmentRoute, TransitionMapQuery } from '../../../gql/graphql';

export type AsIsRow = TransitionMapQuery['transitionMap']['asIs'][number];
export type ToBeRow = TransitionMapQuery['transitionMap']['toBe'][number];

const outcomeLabels: Record<ReassignmentOutcome, string> = {
  NONE: 'No decision yet',
  SLOTTED_IN: 'Slotted in',
  IN_POOL: 'In a ring-fence pool',
  APPOINTED: 'Appointed from a ring fence',
  NOT_APPOINTED: 'Not appointed',
  AT_RISK: 'At risk',
  REDEPLOYMENT: 'In redeployment',
  ON_TRIAL: 'On a trial period',
  CONFIRMED: 'Confirmed in post',
  VACANCY_RELEASED: 'Vacancy released',
};

export function outcomeLabel(outcome: ReassignmentOutcome): string {
  return outcomeLabels[outcome] ?? outcome;
}

const routeLabels: Record<ReassignmentRoute, string> = { SLOT_IN: 'slot-in', RING_FENCE: 'ring fence', REDEPLOYMENT: 'redeployment' };

export function routeLabel(route: ReassignmentRoute): string {
  return routeLabels[route] ?? route;
}

const stepLabels: Record<string, string> = {
  SlotInRecorded: 'Slotted in',
  RingFencePoolFormed: 'Placed in a ring-fence pool',
  SelectionOutcomeRecorded: 'Selection outcome recorded',
  PostholderAtRisk: 'Marked at risk',
  RedeploymentRecorded: 'Redeployment recorded',
  TrialPeriodStarted: 'Trial period started',
  TrialPeriodEnded: 'Trial period ended',
  PayProtectionGranted: 'Pay protection granted',
  VacancyReleased: 'Vacancy released',
};

// "TrialPeriodStarted" → "Trial period started", for event types this client does not know too.
export function stepLabel(type: string): string {
  if (stepLabels[type]) return stepLabels[type]!;
  const words = type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
