import type { DomainEvent } from '../shared/decider';
import type { DealTerms } from './terms';

// The two sides of every deal. The service side is the service director, or a consultant or tenant
// admin acting on the director's behalf, which every event records as `onBehalfOfService`.
export const DEAL_SIDES = ['programme', 'service'] as const;
export type DealSide = (typeof DEAL_SIDES)[number];

type Spoken = { side: DealSide; onBehalfOfService: boolean };
// An agreement is recorded on both sides: who made the offer, and who accepted it.
type Accepted = { offeredBy: DealSide; acceptedBy: DealSide; onBehalfOfService: boolean; reason: string | null };

export type FteDealProposed = DomainEvent<'FteDealProposed', { dealId: string; serviceId: string; terms: DealTerms; proposedBy: DealSide }>;
export type FteDealCountered = DomainEvent<'FteDealCountered', { dealId: string; terms: DealTerms; reason: string } & Spoken>;
// The terms are copied from the offer accepted, so the agreement stands alone in the history.
export type FteDealAgreed = DomainEvent<'FteDealAgreed', { dealId: string; terms: DealTerms } & Accepted>;
export type FteDealRejected = DomainEvent<'FteDealRejected', { dealId: string; reason: string } & Spoken>;
export type FteDealWithdrawn = DomainEvent<'FteDealWithdrawn', { dealId: string; reason: string }>;

// While an amendment is on the table the agreed terms stay in force.
export type FteDealAmendmentProposed = DomainEvent<'FteDealAmendmentProposed', { dealId: string; terms: DealTerms; reason: string } & Spoken>;
export type FteDealAmendmentCountered = DomainEvent<'FteDealAmendmentCountered', { dealId: string; terms: DealTerms; reason: string } & Spoken>;
export type FteDealAmendmentAgreed = DomainEvent<'FteDealAmendmentAgreed', { dealId: string; terms: DealTerms } & Accepted>;
export type FteDealAmendmentRejected = DomainEvent<'FteDealAmendmentRejected', { dealId: string; reason: string } & Spoken>;

// Who wrote the note and when are the event's metadata (actor, occurredAt), as for every decision.
export type DealNoteAdded = DomainEvent<'DealNoteAdded', { dealId: string; text: string }>;

export type FteDealsEvent =
  | FteDealProposed
  | FteDealCountered
  | FteDealAgreed
  | FteDealRejected
  | FteDealWithdrawn
  | FteDealAmendmentProposed
  | FteDealAmendmentCountered
  | FteDealAmendmentAgreed
  | FteDealAmendmentRejected
  | DealNoteAdded;

// One stream per programme and service holds every deal with that service, so that the rule
// "no fraction of a post promised twice" is checked inside one consistent stream:
// `fteDeals-<tenantId>_<programmeId>.<serviceId>`.
export const fteDealsStreamCategory = 'fteDeals';
export const fteDealsStreamId = (programmeId: string, serviceId: string): string => `${programmeId}.${serviceId}`;
