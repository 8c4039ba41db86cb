// Shared builders for the FTE-deal specs (plain data; no jest). Not exported from the index.
import type { CommandMetadata, Role } from '../shared/decider';
import { meta } from '../shared/testing/decider-spec';
import type * as C from './commands';
import type * as E from './events';
import type { DealTerms } from './terms';

export const highways = '0190a000-0000-7000-8000-00000000e001';
export const libraries = '0190a000-0000-7000-8000-00000000e002';
export const dealA = '0190a000-0000-7000-8000-00000000d001';
export const dealB = '0190a000-0000-7000-8000-00000000d002';

// post-1 is HWY-0012 at 1.000 FTE; post-2 is HWY-0031 at 0.600 FTE.
export const postFte = { 'post-1': 1000, 'post-2': 600 };
export const postReferences = { 'post-1': 'HWY-0012', 'post-2': 'HWY-0031' };

export const terms = (overrides: Partial<DealTerms> = {}): DealTerms => ({
  sourcePosts: [{ postId: 'post-1', fte: 800 }],
  budget: [{ financialYear: '2026/27', pence: 4_120_000 }],
  effectiveDate: '2026-04-01',
  linkedChange: 'Highways restructure phase 2',
  rationale: 'Contract monitoring moves to the central team.',
  ...overrides,
});
// 0.600 FTE and £30,900.00: the service director's usual answer in these specs.
export const smaller = (overrides: Partial<DealTerms> = {}) =>
  terms({ sourcePosts: [{ postId: 'post-1', fte: 600 }], budget: [{ financialYear: '2026/27', pence: 3_090_000 }], ...overrides });

export const as = (role: Role, displayName = 'Someone'): CommandMetadata => meta({ actor: { role, displayName } });
export const consultant = meta();
export const director = as('service_director', 'Dana Director');
// A director whose account the proposing consultant (meta()'s actor) invited, and one an admin invited.
export const invitedBy = (userId: string, displayName: string): CommandMetadata =>
  meta({ actor: { role: 'service_director', displayName: 'Dana Director', invitedBy: { userId, displayName } } });
export const consultantId = consultant.actor.userId;

export type Who = { metadata?: CommandMetadata; actorServiceId?: string | null; onBehalfOfService?: boolean; expectedVersion?: number };
const split = ({ metadata = consultant, actorServiceId, ...rest }: Who) => ({
  metadata,
  actorServiceId: actorServiceId === undefined ? (metadata.actor.role === 'service_director' ? highways : null) : actorServiceId,
  rest,
});
const context = (actorServiceId: string | null) => ({ postFte, postReferences, actorServiceId });

export const propose = (t = terms(), who: Who = {}, dealId = dealA): C.ProposeFteDeal => {
  const { metadata, actorServiceId } = split(who);
  return { type: 'ProposeFteDeal', data: { dealId, serviceId: highways, terms: t, context: context(actorServiceId) }, metadata };
};

type Offering = 'CounterFteDeal' | 'ProposeFteDealAmendment' | 'CounterFteDealAmendment';
const offering =
  <T extends Offering>(type: T) =>
  (t: DealTerms, reason: string, who: Who = {}, dealId = dealA) => {
    const { metadata, actorServiceId, rest } = split(who);
    return { type, data: { dealId, serviceId: highways, terms: t, reason, ...rest, context: context(actorServiceId) }, metadata };
  };
export const counter = offering('CounterFteDeal') as (t: DealTerms, reason: string, who?: Who, dealId?: string) => C.CounterFteDeal;
export const proposeAmendment = offering('ProposeFteDealAmendment') as (t: DealTerms, reason: string, who?: Who, dealId?: string) => C.ProposeFteDealAmendment;
export const counterAmendment = offering('CounterFteDealAmendment') as (t: DealTerms, reason: string, who?: Who, dealId?: string) => C.CounterFteDealAmendment;

type Answering = 'AgreeFteDeal' | 'RejectFteDeal' | 'WithdrawFteDeal' | 'AgreeFteDealAmendment' | 'RejectFteDealAmendment';
const answering =
  <T extends Answering>(type: T) =>
  (reason: string | undefined, who: Who = {}, dealId = dealA) => {
    const { metadata, actorServiceId, rest } = split(who);
    return { type, data: { dealId, serviceId: highways, ...(reason === undefined ? {} : { reason }), ...rest, actorServiceId }, metadata };
  };
export const agree = answering('AgreeFteDeal') as (reason?: string, who?: Who, dealId?: string) => C.AgreeFteDeal;
export const reject = answering('RejectFteDeal') as (reason: string, who?: Who, dealId?: string) => C.RejectFteDeal;
export const withdraw = answering('WithdrawFteDeal') as (reason: string, who?: Who, dealId?: string) => C.WithdrawFteDeal;
export const agreeAmendment = answering('AgreeFteDealAmendment') as (reason?: string, who?: Who, dealId?: string) => C.AgreeFteDealAmendment;
export const rejectAmendment = answering('RejectFteDealAmendment') as (reason: string, who?: Who, dealId?: string) => C.RejectFteDealAmendment;

const service = { side: 'service' as const, onBehalfOfService: false };
const programme = { side: 'programme' as const, onBehalfOfService: false };
export const bySide = { service, programme, onBehalf: { side: 'service' as const, onBehalfOfService: true } };
type Spoken = typeof service | typeof programme | typeof bySide.onBehalf;

export const proposed = (t = terms(), dealId = dealA): E.FteDealProposed => ({
  type: 'FteDealProposed',
  data: { dealId, serviceId: highways, terms: t, proposedBy: 'programme' },
});
export const countered = (t: DealTerms, reason: string, by: Spoken = service, dealId = dealA): E.FteDealCountered => ({
  type: 'FteDealCountered',
  data: { dealId, terms: t, reason, ...by },
});
export const agreed = (
  t: DealTerms,
  offeredBy: E.DealSide = 'programme',
  by: Spoken = service,
  reason: string | null = null,
  dealId = dealA,
): E.FteDealAgreed => ({
  type: 'FteDealAgreed',
  data: { dealId, terms: t, offeredBy, acceptedBy: by.side, onBehalfOfService: by.onBehalfOfService, reason },
});
export const rejected = (reason: string, by: Spoken = service, dealId = dealA): E.FteDealRejected => ({
  type: 'FteDealRejected',
  data: { dealId, reason, ...by },
});
export const withdrawn = (reason: string, dealId = dealA): E.FteDealWithdrawn => ({ type: 'FteDealWithdrawn', data: { dealId, reason } });
export const amendmentProposed = (t: DealTerms, reason: string, by: Spoken = programme, dealId = dealA): E.FteDealAmendmentProposed => ({
  type: 'FteDealAmendmentProposed',
  data: { dealId, terms: t, reason, ...by },
});
export const amendmentCountered = (t: DealTerms, reason: string, by: Spoken = service, dealId = dealA): E.FteDealAmendmentCountered => ({
  type: 'FteDealAmendmentCountered',
  data: { dealId, terms: t, reason, ...by },
});
export const amendmentAgreed = (t: DealTerms, offeredBy: E.DealSide = 'programme', by: Spoken = service, dealId = dealA): E.FteDealAmendmentAgreed => ({
  type: 'FteDealAmendmentAgreed',
  data: { dealId, terms: t, offeredBy, acceptedBy: by.side, onBehalfOfService: by.onBehalfOfService, reason: null },
});
export const amendmentRejected = (reason: string, by: Spoken = service, dealId = dealA): E.FteDealAmendmentRejected => ({
  type: 'FteDealAmendmentRejected',
  data: { dealId, reason, ...by },
});
