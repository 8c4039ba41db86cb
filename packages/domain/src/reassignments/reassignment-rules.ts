import { addDays, type CivilDate, type Fte } from '../shared/values';

// What the API reads from the establishment and the chosen design option, for validation.
export type AsIsPost = { postId: string; reference: string; fte: Fte; grade: string; postholderRef: string | null; vacant: boolean };
export type ToBePost = { designPostId: string; title: string; grade: number; fte: Fte };
export type ReassignmentContext = { asIsPosts: AsIsPost[]; designPosts: ToBePost[] };

// Council policy is data: the job-content match needed to slot in, the longest pay protection.
export type SlotInRules = { minimumJobMatchPercent: number };
export const DEFAULT_SLOT_IN_RULES: SlotInRules = { minimumJobMatchPercent: 70 };
export type PayProtectionRules = { maximumMonths: number };
export const DEFAULT_PAY_PROTECTION_RULES: PayProtectionRules = { maximumMonths: 36 };

// ERA 1996 s.138(3)(b)(i): "the period of four weeks beginning with the date on which the employee
// starts work under the renewed or new contract". "Beginning with" counts the start day as day 1, so
// the last day of the trial is start + 27, not start + 28. Longer only by an agreement for
// retraining (s.138(6)): in writing, made before the new work starts, with its end date.
export const STATUTORY_TRIAL_DAYS = 28;
export const STATUTORY_TRIAL_SOURCE =
  'ERA 1996 s.138(3)(b)(i), (6): four weeks beginning with the day work under the new contract starts, longer only by written agreement for retraining: ' +
  'https://www.legislation.gov.uk/ukpga/1996/18/section/138';

// The last day a statutory trial starting on `start` can run to (inclusive).
export const statutoryTrialEnd = (start: CivilDate): CivilDate => addDays(start, STATUTORY_TRIAL_DAYS - 1);

// Whether a trial from `start` to `end` (both inclusive) stays within the statutory four weeks;
// the caller decides what an agreed retraining extension allows.
export const withinStatutoryTrial = (start: CivilDate, end: CivilDate): boolean => end <= statutoryTrialEnd(start);
export const MAX_REASSIGNMENT_REASON = 2000;
export const MAX_POOL_NAME = 120;
export const MAX_REDEPLOYMENT_DESCRIPTION = 200;
export const MAX_AGREEMENT_NOTE = 500;
export const MAX_PROTECTED_GRADE = 20;

export const REASSIGNMENT_OUTCOMES = [
  'none',
  'slotted_in',
  'in_pool',
  'appointed',
  'not_appointed',
  'at_risk',
  'redeployment',
  'on_trial',
  'confirmed',
  'vacancy_released',
] as const;
export type ReassignmentOutcome = (typeof REASSIGNMENT_OUTCOMES)[number];
export const REASSIGNMENT_ROUTES = ['slot_in', 'ring_fence', 'redeployment'] as const;
export type ReassignmentRoute = (typeof REASSIGNMENT_ROUTES)[number];
export const SELECTION_OUTCOMES = ['appointed', 'not_appointed'] as const;
export type SelectionOutcome = (typeof SELECTION_OUTCOMES)[number];
export const TRIAL_OUTCOMES = ['confirmed', 'unsuitable'] as const;
export type TrialOutcome = (typeof TRIAL_OUTCOMES)[number];

// Which decision may follow which, for one as-is post (council "managing change" order: slot in,
// else ring fence, else at risk and redeployment; a vacant post is released instead).
//
//   decision              allowed when the post is                                  then it is
//   RecordSlotIn          none (filled)                                              slotted_in
//   PlaceInRingFence      none, not_appointed (a second, wider pool) (filled)        in_pool
//   RecordSelectionOutcome in_pool (of that pool)                                   appointed | not_appointed
//   MarkAtRisk            none, not_appointed (filled)                               at_risk
//   RecordRedeployment    at_risk                                                    redeployment
//   StartTrialPeriod      appointed (in that post), redeployment                     on_trial
//   EndTrialPeriod        on_trial                                                   confirmed | at_risk (unsuitable)
//   GrantPayProtection    slotted_in, appointed, redeployment, on_trial, confirmed   unchanged (once per post)
//   ReleaseVacancy        none (vacant)                                              vacancy_released
//
// Everything else is refused: REASSIGNMENT_NOT_ALLOWED, or ALREADY_SLOTTED_IN for a slotted-in post.
export const REASSIGNMENT_ALLOWED_FROM = {
  RecordSlotIn: ['none'],
  PlaceInRingFence: ['none', 'not_appointed'],
  RecordSelectionOutcome: ['in_pool'],
  MarkAtRisk: ['none', 'not_appointed'],
  RecordRedeployment: ['at_risk'],
  StartTrialPeriod: ['appointed', 'redeployment'],
  EndTrialPeriod: ['on_trial'],
  GrantPayProtection: ['slotted_in', 'appointed', 'redeployment', 'on_trial', 'confirmed'],
  ReleaseVacancy: ['none'],
} as const satisfies Record<string, readonly ReassignmentOutcome[]>;
export type ReassignmentDecision = keyof typeof REASSIGNMENT_ALLOWED_FROM;

// Outcomes in which the postholder holds (or is trying out) a to-be post and so uses its FTE.
export const OUTCOMES_FILLING_A_DESIGN_POST: readonly ReassignmentOutcome[] = ['slotted_in', 'appointed', 'on_trial', 'confirmed'];

export const REASSIGNMENT_OUTCOME_LABEL: Record<ReassignmentOutcome, string> = {
  none: 'has no decision yet',
  slotted_in: 'slotted in',
  in_pool: 'in a ring-fence pool',
  appointed: 'appointed from a ring-fence pool',
  not_appointed: 'not appointed in ring-fence selection',
  at_risk: 'at risk',
  redeployment: 'in redeployment',
  on_trial: 'on a trial period',
  confirmed: 'confirmed in post after a trial period',
  vacancy_released: 'released as a vacancy',
};
