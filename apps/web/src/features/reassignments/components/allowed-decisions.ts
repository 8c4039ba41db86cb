import type { AsIsRow } from './reassignment-labels';

export type Decision =
  | 'recordSlotIn'
  | 'placeInRingFence'
  | 'recordSelectionOutcome'
  | 'markAtRisk'
  | 'recordRedeployment'
  | 'startTrialPeriod'
  | 'endTrialPeriod'
  | 'grantPayProtection'
  | 'releaseVacancy';

export const decisionLabels: Record<Decision, string> = {
  recordSlotIn: 'Slot in to a post of the new function',
  placeInRingFence: 'Place in a ring-fence pool',
  recordSelectionOutcome: 'Record the ring-fence selection outcome',
  markAtRisk: 'Mark at risk of redundancy',
  recordRedeployment: 'Record a redeployment',
  startTrialPeriod: 'Start a trial period',
  endTrialPeriod: 'End the trial period',
  grantPayProtection: 'Grant pay protection',
  releaseVacancy: 'Release the vacancy',
};

// The council's managing-change order, as the API enforces it: slot in, else ring fence, else at
// risk and redeployment; trials follow an appointment or a redeployment; pay protection once; a
// vacant post is released instead. The API still has the last word.
const allowedFrom: Record<Decision, readonly AsIsRow['outcome'][]> = {
  recordSlotIn: ['NONE'],
  placeInRingFence: ['NONE', 'NOT_APPOINTED'],
  recordSelectionOutcome: ['IN_POOL'],
  markAtRisk: ['NONE', 'NOT_APPOINTED'],
  recordRedeployment: ['AT_RISK'],
  startTrialPeriod: ['APPOINTED', 'REDEPLOYMENT'],
  endTrialPeriod: ['ON_TRIAL'],
  grantPayProtection: ['SLOTTED_IN', 'APPOINTED', 'REDEPLOYMENT', 'ON_TRIAL', 'CONFIRMED'],
  releaseVacancy: ['NONE'],
};

export function allowedDecisions(row: Pick<AsIsRow, 'outcome' | 'vacant' | 'payProtection' | 'inEstablishment'>): Decision[] {
  if (!row.inEstablishment) return [];
  return (Object.keys(allowedFrom) as Decision[]).filter((decision) => {
    if (!allowedFrom[decision].includes(row.outcome)) return false;
    if (decision === 'releaseVacancy') return row.vacant === true;
    if (row.vacant) return false;
    if (decision === 'grantPayProtection') return !row.payProtection;
    return true;
  });
}
