import { conflict, invalid, notFound } from './errors';
import { requireText } from '../shared/values';
import type { ActingSide } from './access';
import { otherDealSide, type DealState, type DealStatus, type FteDealsState } from './state';
import { MAX_DEAL_REASON, sameTerms, type DealTerms } from './terms';

// The stream holds the deals of one service; a command for another service is a routing mistake.
export const requireSameService = (state: FteDealsState, serviceId: string): void => {
  if (state.serviceId === null || state.serviceId === serviceId) return;
  throw invalid('SERVICE_MISMATCH', 'This deal ledger belongs to another service; open the deals of the service you mean.', {
    serviceId,
    ledgerServiceId: state.serviceId,
  });
};

export const existingDeal = (state: FteDealsState, dealId: string): DealState => {
  const deal = Object.prototype.hasOwnProperty.call(state.deals, dealId) ? state.deals[dealId] : undefined;
  if (!deal) throw notFound('DEAL_NOT_FOUND', 'There is no such FTE deal with this service; it may never have been proposed.', { dealId });
  return deal;
};

export const requireVersion = (deal: DealState, expectedVersion: number | undefined): void => {
  if (expectedVersion === undefined || expectedVersion === deal.version) return;
  throw conflict('STALE_DEAL', 'Someone else changed this deal while you were looking at it. Reload to see their change.', {
    dealId: deal.dealId,
    expectedVersion,
    version: deal.version,
  });
};

export const requireReason = (value: unknown): string => requireText('reason', value, { max: MAX_DEAL_REASON });
export const optionalReason = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? requireReason(value) : null);

const closed = (deal: DealState) =>
  invalid('DEAL_CLOSED', `This deal was ${deal.status} and is closed; propose a new deal instead.`, { dealId: deal.dealId, status: deal.status });

// Counter, agree, reject and withdraw apply to a deal still being negotiated.
export const requireNegotiating = (deal: DealState): void => {
  if (deal.status === 'proposed' || deal.status === 'countered') return;
  if (deal.status === 'rejected' || deal.status === 'withdrawn') throw closed(deal);
  throw invalid(
    'DEAL_TERMS_FROZEN',
    deal.status === 'agreed'
      ? 'This deal has been agreed and its terms are frozen. To change them, propose an amendment.'
      : 'This deal has been agreed and its terms are frozen; an amendment is on the table, so answer the amendment instead.',
    { dealId: deal.dealId, status: deal.status },
  );
};

// Amendments apply to an agreed deal; `wanted` is the status the amendment command needs.
export const requireAmendable = (deal: DealState, wanted: Extract<DealStatus, 'agreed' | 'amendment_proposed'>): void => {
  if (deal.status === wanted) return;
  if (deal.status === 'rejected' || deal.status === 'withdrawn') throw closed(deal);
  const { dealId, status } = deal;
  if (status === 'proposed' || status === 'countered') {
    throw invalid('DEAL_NOT_AGREED', 'This deal has not been agreed yet, so there is nothing to amend; counter or agree the offer instead.', {
      dealId,
      status,
    });
  }
  if (status === 'amendment_proposed') {
    throw invalid('AMENDMENT_ALREADY_PROPOSED', 'An amendment to this deal is already on the table; counter, agree or reject it first.', { dealId, status });
  }
  throw invalid('NO_AMENDMENT_PROPOSED', 'No amendment to this deal is on the table; propose one first.', { dealId, status });
};

// Offers alternate: a side answers the other side's latest offer, never its own.
export const requireTheirOffer = (deal: DealState, acting: ActingSide) => {
  const offer = deal.currentOffer!;
  if (offer.side !== acting.side) return offer;
  throw invalid(
    'OFFER_AWAITS_OTHER_SIDE',
    `The latest offer on this deal is the ${offer.side} side's own; wait for the ${otherDealSide(offer.side)} side to answer it.`,
    { dealId: deal.dealId, side: acting.side },
  );
};

export const requireAcceptable = (deal: DealState, acting: ActingSide) => {
  const offer = deal.currentOffer!;
  if (offer.side !== acting.side) return offer;
  throw invalid('CANNOT_ACCEPT_OWN_OFFER', `The latest offer on this deal was made by the ${offer.side} side, so only the other side can accept it.`, {
    dealId: deal.dealId,
    side: acting.side,
  });
};

export const requireChange = (terms: DealTerms, against: DealTerms, what: string): void => {
  if (!sameTerms(terms, against)) return;
  throw invalid('OFFER_UNCHANGED', `These terms are the same as ${what}.`, {});
};
