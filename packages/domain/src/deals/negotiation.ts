import { requireNotSponsoredByAuthor } from '../shared/separation';
import { conflict } from './errors';
import { requireId } from '../shared/values';
import { actingSide, requireProgrammeSide } from './access';
import type { AgreeFteDeal, CounterFteDeal, ProposeFteDeal, RejectFteDeal, WithdrawFteDeal } from './commands';
import {
  existingDeal,
  optionalReason,
  requireAcceptable,
  requireChange,
  requireNegotiating,
  requireReason,
  requireSameService,
  requireTheirOffer,
  requireVersion,
} from './deal-guards';
import type { FteDealAgreed, FteDealCountered, FteDealProposed, FteDealRejected, FteDealWithdrawn } from './events';
import { requireReleasable } from './promises';
import type { FteDealsState } from './state';
import { validateTerms } from './terms';

// The programme side opens every deal; the service side answers it.
export const proposeFteDeal = ({ data, metadata }: ProposeFteDeal, state: FteDealsState): FteDealProposed => {
  const acting = actingSide(metadata, { serviceId: data.serviceId, actorServiceId: data.context?.actorServiceId });
  requireProgrammeSide(acting, 'propose a deal');
  const dealId = requireId('dealId', data.dealId);
  const serviceId = requireId('serviceId', data.serviceId);
  requireSameService(state, serviceId);
  if (Object.prototype.hasOwnProperty.call(state.deals, dealId)) {
    throw conflict('DEAL_ALREADY_EXISTS', 'This deal has already been proposed; open it to counter, agree or withdraw it.', { dealId });
  }
  const terms = validateTerms(data.terms);
  requireReleasable(terms, data.context, state, dealId);
  return { type: 'FteDealProposed', data: { dealId, serviceId, terms, proposedBy: acting.side } };
};

export const counterFteDeal = ({ data, metadata }: CounterFteDeal, state: FteDealsState): FteDealCountered => {
  const acting = actingSide(metadata, { ...data, actorServiceId: data.context?.actorServiceId });
  requireSameService(state, data.serviceId);
  const deal = existingDeal(state, data.dealId);
  requireVersion(deal, data.expectedVersion);
  requireNegotiating(deal);
  const offer = requireTheirOffer(deal, acting);
  const terms = validateTerms(data.terms);
  const reason = requireReason(data.reason);
  requireChange(terms, offer.terms, `the ${offer.side} side's offer; change something, or agree to it instead`);
  requireReleasable(terms, data.context, state, deal.dealId);
  return { type: 'FteDealCountered', data: { dealId: deal.dealId, terms, reason, ...acting } };
};

// Recorded on both sides: the side that made the latest offer, and the side that accepted it.
export const agreeFteDeal = ({ data, metadata }: AgreeFteDeal, state: FteDealsState): FteDealAgreed => {
  const acting = actingSide(metadata, data);
  requireSameService(state, data.serviceId);
  const deal = existingDeal(state, data.dealId);
  requireVersion(deal, data.expectedVersion);
  requireNegotiating(deal);
  const offer = requireAcceptable(deal, acting);
  requireNotSponsoredByAuthor(metadata, data.offerAuthorIds, 'APPROVER_INVITED_BY_PROPOSER', 'this deal');
  const reason = optionalReason(data.reason);
  return {
    type: 'FteDealAgreed',
    data: { dealId: deal.dealId, terms: offer.terms, offeredBy: offer.side, acceptedBy: acting.side, onBehalfOfService: acting.onBehalfOfService, reason },
  };
};

// Either side may walk away from a deal still being negotiated; the deal is then closed.
export const rejectFteDeal = ({ data, metadata }: RejectFteDeal, state: FteDealsState): FteDealRejected => {
  const acting = actingSide(metadata, data);
  requireSameService(state, data.serviceId);
  const deal = existingDeal(state, data.dealId);
  requireVersion(deal, data.expectedVersion);
  requireNegotiating(deal);
  return { type: 'FteDealRejected', data: { dealId: deal.dealId, reason: requireReason(data.reason), ...acting } };
};

// Once agreed, a deal can change only through an amendment the service side also agrees.
export const withdrawFteDeal = ({ data, metadata }: WithdrawFteDeal, state: FteDealsState): FteDealWithdrawn => {
  requireProgrammeSide(actingSide(metadata, data), 'withdraw a deal');
  requireSameService(state, data.serviceId);
  const deal = existingDeal(state, data.dealId);
  requireVersion(deal, data.expectedVersion);
  requireNegotiating(deal);
  return { type: 'FteDealWithdrawn', data: { dealId: deal.dealId, reason: requireReason(data.reason) } };
};
