// Shared builders for the consultation specs (plain data; no jest).
import type { SubmissionCore } from '../authority-decisions';
import type { CommandMetadata } from '../shared/decider';
import type { ConsultationCommand } from './commands';
import { DISCLOSURE_ITEMS, type AffectedPerson, type ConsultationEvent, type PlanDates } from './events';
import { emptyPlanDates } from './state';

export const PLAN_ID = '0190a000-0000-7000-8000-0000000000f1';
export const PROGRAMME_ID = '0190a000-0000-7000-8000-0000000000f2';
export const uuid = (n: number) => `0190a000-0000-7000-8000-${String(n).padStart(12, '0')}`;

export const metadata: CommandMetadata = {
  tenantId: '0190a000-0000-7000-8000-000000000001',
  now: '2026-11-02T09:30:00.000Z',
  commandId: '0190a000-0000-7000-8000-0000000000c1',
  actor: { userId: '0190a000-0000-7000-8000-0000000000a1', role: 'consultant', displayName: 'Casey Consultant' },
};

export const person = (n: number, annualPayPence = 3_000_000, extra: Partial<AffectedPerson> = {}): AffectedPerson => ({
  postId: `post-${n}`,
  postReference: `ACM-${String(n).padStart(4, '0')}`,
  postholderRef: `EMP-${1000 + n}`,
  annualPayPence,
  atRisk: true,
  placement: null,
  ...extra,
});

export const affected = [person(1, 3_640_000), person(2, 5_130_000), person(3, 2_000_001)];

// A 25-dismissal plan that keeps every rule: 30 days from 11 January to 15 February 2027.
export const goodDates: PlanDates = {
  ...emptyPlanDates(),
  staffBriefing: '2027-01-08',
  consultationStart: '2027-01-11',
  consultationClose: '2027-02-10',
  responseToFeedback: '2027-02-12',
  finalStructurePublished: '2027-02-12',
  selectionStart: '2027-02-15',
  selectionEnd: '2027-02-26',
  noticesIssued: '2027-03-01',
  appealsClose: '2027-03-15',
  firstDismissal: '2027-03-31',
  goLive: '2027-04-01',
  hr1SentOn: '2027-01-11',
};

export const drafted = (proposedDismissals = 25, dates: PlanDates = goodDates, people: AffectedPerson[] = affected): ConsultationEvent => ({
  type: 'ConsultationPlanDrafted',
  data: {
    planId: PLAN_ID,
    programmeId: PROGRAMME_ID,
    title: 'Contract management restructure',
    establishment: 'County Hall, Northshire',
    proposedDismissals,
    recognisedUnions: ['UNISON', 'GMB'],
    affected: people,
    draftedOn: '2026-11-02',
    dates,
  },
});

export const allDisclosed = (givenOn = '2027-01-11'): ConsultationEvent[] =>
  DISCLOSURE_ITEMS.map((item) => ({ type: 'DisclosureGivenInWriting', data: { item, givenOn, documentRef: `S188-${item}`, unions: ['UNISON', 'GMB'] } }));

export const command = <T extends ConsultationCommand['type']>(
  type: T,
  data: Extract<ConsultationCommand, { type: T }>['data'],
  meta: CommandMetadata = metadata,
) => ({ type, data, metadata: meta }) as Extract<ConsultationCommand, { type: T }>;

const submission = (decision: SubmissionCore['decision'], conditions: SubmissionCore['conditions'] = []): SubmissionCore => ({
  submissionId: 'sub-1',
  submittedOn: '2026-10-20',
  supersededBy: null,
  decision,
  conditions,
});
export const approved = { submissions: [submission({ decision: 'approved', meetingDate: '2026-10-27', asksFor: null, reasons: null })] };
export const awaiting = { submissions: [submission(null)] };
export const blockedByCondition = {
  submissions: [
    submission({ decision: 'approved_with_conditions', meetingDate: '2026-10-27', asksFor: null, reasons: null }, [
      { conditionId: 'c-1', text: 'Complete the EqIA', owner: 'HR', dueDate: '2026-12-18', blocking: true, discharged: null },
    ]),
  ],
};
