import { requireNotSponsoredByAuthor } from '../shared/separation';
import { actingSide } from './access';
import type { AgreeFteDealAmendment, CounterFteDealAmendment, ProposeFteDealAmendment, RejectFteDealAmendment } from './commands';
import {
  existingDeal,
  optionalReason,
  requireAcceptable,
  requireAmendable,
  requireChange,
  requireReason,
  requireSameService,
  requireTheirOffer,
  requireVersion,
} from './deal-guards';
import type { FteDealAmendmentAgreed, FteDealAmendmentCountered, FteDealAmendmentProposed, FteDealAmendmentRejected } from './events';
import { requireReleasable } from './promises';
import type { FteDealsState } from './state';
import { validateTerms } from './terms';

// Either side may ask to change agreed terms; the agreed terms stay in force until the other side agrees.
export const proposeFteDealAmendment = ({ data, metadata }: ProposeFteDealAmendment, state: FteDealsState): FteDealAmendmentProposed => {
  const acting = actingSide(metadata, { ...data, actorServiceId: data.context?.actorServiceId });
  requireSameService(state, data.serviceId);
  const deal = existingDeal(state, data.dealId);
  requireVersion(deal, data.expectedVersion);
  requireAmendable(deal, 'agreed');
  const terms = validateTerms(data.terms);
  const reason = requireReason(data.reason);
  requireChange(terms, deal.agreedTerms!, 'the agreed terms; an amendment must change something');
  requireReleasable(terms, data.context, state, deal.dealId);
  return { type: 'FteDealAmendmentProposed', data: { dealId: deal.dealId, terms, reason, ...acting } };
};

export const counterFteDealAmendment = ({ data, metadata }: CounterFteDealAmendment, state: FteDealsState): FteDealAmendmentCountered => {
  const acting = actingSide(metadata, { ...data, actorServiceId: data.context?.actorServiceId });
  requireSameService(state, data.serviceId);
  const deal = existingDeal(state, data.dealId);
  requireVersion(deal, data.expectedVersion);
  requireAmendable(deal, 'amendment_proposed');
  const offer = requireTheirOffer(deal, acting);
  const terms = validateTerms(data.terms);
  const reason = requireReason(data.reason);
  requireChange(terms, offer.terms, `the amendment on the table; change something, or agree to it instead`);
  requireReleasable(terms, data.context, state, deal.dealId);
  return { type: 'FteDealAmendmentCountered', data: { dealId: deal.dealId, terms, reason, ...acting } };
};

export const agreeFteDealAmendment = ({ data, metadata }: AgreeFteDealAmendment, state: FteDealsState): FteDealAmendmentAgreed => {
  const acting = actingSide(metadata, data);
  requireSameService(state, data.serviceId);
  const deal = existingDeal(state, data.dealId);
  requireVersion(deal, data.expectedVersion);
  requireAmendable(deal, 'amendment_proposed');
  const offer = requireAcceptable(deal, acting);
  requireNotSponsoredByAuthor(metadata, data.offerAuthorIds, 'APPROVER_INVITED_BY_PROPOSER', 'this deal');
  const reason = optionalReason(data.reason);
  return {
    type: 'FteDealAmendmentAgreed',
    data: { dealId: deal.dealId, terms: offer.terms, offeredBy: offer.side, acceptedBy: acting.side, onBehalfOfService: acting.onBehalfOfService, reason },
  };
};

// Either side may drop a pending amendment (the proposer included); the agreed terms stand.
export const rejectFteDealAmendment = ({ data, metadata }: RejectFteDealAmendment, state: FteDealsState): FteDealAmendmentRejected => {
  const acting = actingSide(metadata, data);
  requireSameService(state, data.serviceId);
  const deal = existingDeal(state, data.dealId);
  requireVersion(deal, data.expectedVersion);
  requireAmendable(deal, 'amendment_proposed');
  return { type: 'FteDealAmendmentRejected', data: { dealId: deal.dealId, reason: requireReason(data.reason), ...acting } };
};
