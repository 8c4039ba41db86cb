import type { Command } from '../shared/decider';
import type { Fte } from '../shared/values';
import type { DealTerms } from './terms';

// What the API reads for the decider when an offer is made: the establishment now, and the actor.
export type DealContext = {
  postFte: Record<string, Fte>; // FTE of each post of this service now, from the establishment
  postReferences?: Record<string, string>; // for messages a person can act on ("HWY-0012", not an id)
  actorServiceId: string | null; // the acting service director's own service, from the token
};

// Commands without terms carry no context; they take `actorServiceId` at the top level instead,
// the same value the API would have put in context (null unless the actor is a service director).
type ActorService = { actorServiceId?: string | null };
type OnBehalf = { onBehalfOfService?: boolean }; // a consultant or tenant admin speaking for the director
type Versioned = { expectedVersion?: number }; // the deal's version the user was looking at
// Who made offers on this deal, read by the API from the stream's history (separation of duties).
type OfferAuthors = { offerAuthorIds?: string[] };

export type ProposeFteDeal = Command<'ProposeFteDeal', { dealId: string; serviceId: string; terms: DealTerms; context: DealContext }>;
export type CounterFteDeal = Command<
  'CounterFteDeal',
  { dealId: string; serviceId: string; terms: DealTerms; reason: string; context: DealContext } & OnBehalf & Versioned
>;
export type AgreeFteDeal = Command<'AgreeFteDeal', { dealId: string; serviceId: string; reason?: string } & OnBehalf & Versioned & ActorService & OfferAuthors>;
export type RejectFteDeal = Command<'RejectFteDeal', { dealId: string; serviceId: string; reason: string } & OnBehalf & Versioned & ActorService>;
export type WithdrawFteDeal = Command<'WithdrawFteDeal', { dealId: string; serviceId: string; reason: string } & Versioned & ActorService>;

export type ProposeFteDealAmendment = Command<
  'ProposeFteDealAmendment',
  { dealId: string; serviceId: string; terms: DealTerms; reason: string; context: DealContext } & OnBehalf & Versioned
>;
export type CounterFteDealAmendment = Command<
  'CounterFteDealAmendment',
  { dealId: string; serviceId: string; terms: DealTerms; reason: string; context: DealContext } & OnBehalf & Versioned
>;
export type AgreeFteDealAmendment = Command<
  'AgreeFteDealAmendment',
  { dealId: string; serviceId: string; reason?: string } & OnBehalf & Versioned & ActorService & OfferAuthors
>;
export type RejectFteDealAmendment = Command<
  'RejectFteDealAmendment',
  { dealId: string; serviceId: string; reason: string } & OnBehalf & Versioned & ActorService
>;

// A note on a deal: a fact worth keeping beside the negotiation, e.g. a verbal agreement.
export type AddDealNote = Command<'AddDealNote', { dealId: string; serviceId: string; text: string } & ActorService>;

export type FteDealsCommand =
  | ProposeFteDeal
  | CounterFteDeal
  | AgreeFteDeal
  | RejectFteDeal
  | WithdrawFteDeal
  | ProposeFteDealAmendment
  | CounterFteDealAmendment
  | AgreeFteDealAmendment
  | RejectFteDealAmendment
  | AddDealNote;
