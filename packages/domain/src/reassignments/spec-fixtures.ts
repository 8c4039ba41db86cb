// Shared builders for the reassignments specs (plain data; no jest).
import type { CommandMetadata } from '../shared/decider';
import type { ReassignmentsCommand } from './commands';
import type { ReassignmentsEvent } from './events';
import type { AsIsPost, ReassignmentContext, ToBePost } from './reassignment-rules';

export const metadata: CommandMetadata = {
  tenantId: '0190a000-0000-7000-8000-000000000001',
  now: '2025-09-01T09:30:00.000Z',
  commandId: '0190a000-0000-7000-8000-0000000000c1',
  actor: { userId: '0190a000-0000-7000-8000-0000000000a1', role: 'hr_partner', displayName: 'Harper HR' },
};

const asIs = (postId: string, fte: number, vacant = false): AsIsPost => ({
  postId,
  reference: postId.toUpperCase(),
  fte,
  grade: 'PO1',
  postholderRef: vacant ? null : `EMP-${postId}`,
  vacant,
});
// Three filled posts from services, one part-time, and one vacancy.
export const asIsPosts: AsIsPost[] = [asIs('hwy-1', 1000), asIs('asc-1', 600), asIs('asc-2', 1000), asIs('hsg-1', 1000), asIs('vac-1', 1000, true)];
export const designPosts: ToBePost[] = [
  { designPostId: 'd-head', title: 'Head of Contract Management', grade: 14, fte: 1000 },
  { designPostId: 'd-mgr', title: 'Contract Manager', grade: 10, fte: 1600 },
  { designPostId: 'd-off', title: 'Contract Officer', grade: 6, fte: 1000 },
];
export const context: ReassignmentContext = { asIsPosts, designPosts };
export const reason = 'Agreed at the assimilation panel';

type Data<T extends ReassignmentsCommand['type']> = Omit<Extract<ReassignmentsCommand, { type: T }>['data'], keyof ReassignmentContext | 'reason'> & {
  reason?: string;
};

export const command = <T extends ReassignmentsCommand['type']>(type: T, data: Data<T>, meta: CommandMetadata = metadata) =>
  ({ type, data: { ...context, reason, ...data }, metadata: meta }) as unknown as Extract<ReassignmentsCommand, { type: T }>;

type Event<T extends ReassignmentsEvent['type']> = Extract<ReassignmentsEvent, { type: T }>;
const event = <T extends ReassignmentsEvent['type']>(type: T, data: Omit<Event<T>['data'], 'reason'>): Event<T> =>
  ({ type, data: { ...data, reason } }) as unknown as Event<T>;

export const slotIn = (postId: string, designPostId: string, fte = 1000) =>
  event('SlotInRecorded', { postId, designPostId, jobMatchPercent: 80, minimumJobMatchPercent: 70, fte });
export const poolFormed = (postIds: string[], designPostIds = ['d-mgr'], poolId = 'pool-1') =>
  event('RingFencePoolFormed', { poolId, name: 'Contract managers', postIds, designPostIds });
export const appointed = (postId: string, designPostId = 'd-mgr', fte = 1000, poolId = 'pool-1') =>
  event('SelectionOutcomeRecorded', { poolId, postId, outcome: 'appointed', designPostId, fte });
export const notAppointed = (postId: string, fte = 1000, poolId = 'pool-1') =>
  event('SelectionOutcomeRecorded', { poolId, postId, outcome: 'not_appointed', designPostId: null, fte });
export const atRisk = (postId: string) => event('PostholderAtRisk', { postId });
export const redeployed = (postId: string) =>
  event('RedeploymentRecorded', { postId, toDescription: 'Contract Officer, new function', priorityInterview: true });
export const trialStarted = (postId: string, designPostId: string | null = 'd-off', fte = 1000) =>
  event('TrialPeriodStarted', {
    postId,
    designPostId,
    startDate: '2025-10-01',
    endDate: '2025-10-28',
    extendedByWrittenAgreement: false,
    agreementNote: null,
    fte,
  });
export const trialEnded = (postId: string, outcome: 'confirmed' | 'unsuitable' = 'confirmed') => event('TrialPeriodEnded', { postId, outcome });
export const payProtected = (postId: string) =>
  event('PayProtectionGranted', { postId, protectedGrade: 'PO1', startDate: '2025-10-01', endDate: '2028-10-01', maximumMonths: 36, taper: 'full', steps: [] });
export const vacancyReleased = (postId: string, dealId: string | null = null) => event('VacancyReleased', { postId, dealId });
