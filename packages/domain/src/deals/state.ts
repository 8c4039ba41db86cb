import type { DealSide, FteDealsEvent } from './events';
import type { DealTerms } from './terms';

export const DEAL_STATUSES = ['proposed', 'countered', 'agreed', 'amendment_proposed', 'rejected', 'withdrawn'] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];
export type DealOffer = { terms: DealTerms; side: DealSide };

export type DealState = {
  dealId: string;
  status: DealStatus;
  currentOffer: DealOffer | null; // the offer or amendment on the table; null when agreed or closed
  agreedTerms: DealTerms | null; // in force from agreement on, amendments pending or not
  version: number; // how many events this deal has; what expectedVersion is checked against
  rounds: number; // offers made: the proposal, each counter, each amendment and its counters
};

export type FteDealsState = { serviceId: string | null; deals: Record<string, DealState> };

export const initialFteDealsState: FteDealsState = { serviceId: null, deals: {} };

export const otherDealSide = (side: DealSide): DealSide => (side === 'programme' ? 'service' : 'programme');

const nextDeal = (deal: DealState, event: FteDealsEvent): DealState => {
  const moved = { ...deal, version: deal.version + 1 };
  switch (event.type) {
    case 'FteDealCountered':
      return { ...moved, status: 'countered', currentOffer: { terms: event.data.terms, side: event.data.side }, rounds: deal.rounds + 1 };
    case 'FteDealAgreed':
    case 'FteDealAmendmentAgreed':
      return { ...moved, status: 'agreed', currentOffer: null, agreedTerms: event.data.terms };
    case 'FteDealRejected':
      return { ...moved, status: 'rejected', currentOffer: null };
    case 'FteDealWithdrawn':
      return { ...moved, status: 'withdrawn', currentOffer: null };
    case 'FteDealAmendmentProposed':
    case 'FteDealAmendmentCountered':
      return {
        ...moved,
        status: 'amendment_proposed',
        currentOffer: { terms: event.data.terms, side: event.data.side },
        rounds: deal.rounds + 1,
      };
    case 'FteDealAmendmentRejected':
      return { ...moved, status: 'agreed', currentOffer: null };
    default:
      return moved;
  }
};

export const evolveFteDeals = (state: FteDealsState, event: FteDealsEvent): FteDealsState => {
  if (event.type === 'FteDealProposed') {
    const { dealId, serviceId, terms, proposedBy } = event.data;
    const deal: DealState = { dealId, status: 'proposed', currentOffer: { terms, side: proposedBy }, agreedTerms: null, version: 1, rounds: 1 };
    return { serviceId: state.serviceId ?? serviceId, deals: { ...state.deals, [dealId]: deal } };
  }
  // A note changes no terms: whoever is answering an offer is not made stale by it.
  if (event.type === 'DealNoteAdded') return state;
  const deal = state.deals[event.data.dealId];
  if (!deal) return state;
  return { ...state, deals: { ...state.deals, [deal.dealId]: nextDeal(deal, event) } };
};

// Live deals hold posts: an offer on the table, agreed terms, or both while an amendment is pending.
export const isLiveDeal = (deal: DealState): boolean => deal.status !== 'rejected' && deal.status !== 'withdrawn';
