import { invalid } from './errors';
import { formatFte, type Fte } from '../shared/values';
import type { DealContext } from './commands';
import type { DealState, FteDealsState } from './state';
import { postFteIn, type DealTerms } from './terms';

// What one deal holds of a post. A pending amendment may lower or raise the agreed FTE, and either
// could end in force, so the larger of the two is held until the amendment is settled.
export const fteHeldBy = (deal: DealState, postId: string): Fte => {
  const offered = deal.currentOffer ? postFteIn(deal.currentOffer.terms, postId) : 0;
  const agreed = deal.agreedTerms ? postFteIn(deal.agreedTerms, postId) : 0;
  switch (deal.status) {
    case 'proposed':
    case 'countered':
      return offered;
    case 'agreed':
      return agreed;
    case 'amendment_proposed':
      return Math.max(agreed, offered);
    default:
      return 0; // rejected and withdrawn deals hold nothing
  }
};

const has = (record: object | undefined, key: string) => record !== undefined && Object.prototype.hasOwnProperty.call(record, key);

const dealName = (deal: DealState): string => {
  const terms: DealTerms | null = deal.currentOffer?.terms ?? deal.agreedTerms;
  return terms && terms.linkedChange ? `deal ${deal.dealId} (${terms.linkedChange})` : `deal ${deal.dealId}`;
};

const andList = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

// Every line of the terms must come from a post of this service, release no more than the post
// holds, and, added to what the service's OTHER live deals hold of it, still fit in the post.
export const requireReleasable = (terms: DealTerms, context: DealContext, state: FteDealsState, dealId: string): void => {
  const postFte = context?.postFte ?? {};
  const referenceOf = (postId: string) => (has(context?.postReferences, postId) ? context.postReferences![postId] : postId);
  const others = Object.values(state.deals).filter((deal) => deal.dealId !== dealId);
  for (const { postId, fte } of terms.sourcePosts) {
    const reference = referenceOf(postId);
    if (!has(postFte, postId)) {
      throw invalid(
        'POST_NOT_IN_SERVICE',
        `Post ${reference} is not one of this service's posts now; a deal can release FTE only from the service's own posts.`,
        { postId, reference },
      );
    }
    const holds = postFte[postId];
    if (fte > holds) {
      throw invalid(
        'OVER_RELEASE',
        `Post ${reference} is ${formatFte(holds)} FTE, so this deal cannot release ${formatFte(fte)} FTE from it; release at most ${formatFte(holds)} FTE.`,
        { postId, reference, postFte: holds, requested: fte },
      );
    }
    const holders = others.map((deal) => ({ deal, held: fteHeldBy(deal, postId) })).filter(({ held }) => held > 0);
    const already = holders.reduce((sum, { held }) => sum + held, 0);
    if (fte + already > holds) {
      const where =
        holders.length === 1
          ? ` in ${dealName(holders[0].deal)}`
          : `: ${andList(holders.map(({ deal, held }) => `${formatFte(held)} FTE in ${dealName(deal)}`))}`;
      throw invalid(
        'POST_ALREADY_PROMISED',
        `Post ${reference} is ${formatFte(holds)} FTE and ${formatFte(already)} FTE of it is already promised${where}. ` +
          `This deal can release at most ${formatFte(Math.max(0, holds - already))} FTE from it, not ${formatFte(fte)} FTE.`,
        { postId, reference, postFte: holds, alreadyPromised: already, requested: fte, dealIds: holders.map(({ deal }) => deal.dealId) },
      );
    }
  }
};
