import type { DealSide, DealStatus, Role } from '../../../gql/graphql';

export type DealAction = 'counter' | 'agree' | 'reject' | 'withdraw' | 'proposeAmendment' | 'counterAmendment' | 'agreeAmendment' | 'rejectAmendment';

// The side a user speaks for: consultants and tenant admins for the programme (or for the service,
// recorded as on the director's behalf); a service director for their own service; others read only.
export function viewerSide(role: Role, onBehalfOfService = false): DealSide | null {
  if (role === 'CONSULTANT' || role === 'TENANT_ADMIN') return onBehalfOfService ? 'SERVICE' : 'PROGRAMME';
  if (role === 'SERVICE_DIRECTOR') return 'SERVICE';
  return null;
}

export function canActForService(role: Role): boolean {
  return role === 'CONSULTANT' || role === 'TENANT_ADMIN';
}

// The actions the API accepts from `side` on a deal in this state (the rules of the FTE-deals
// decider): a side answers the other side's offer, never its own; either side may walk away while
// negotiating; only the programme side withdraws; either side may ask to amend agreed terms, and
// either side may drop a pending amendment, its proposer included.
export function availableActions(deal: { status: DealStatus; awaiting?: DealSide | null }, side: DealSide | null): DealAction[] {
  if (!side) return [];
  const theirOffer = deal.awaiting === side;
  switch (deal.status) {
    case 'PROPOSED':
    case 'COUNTERED': {
      const answer: DealAction[] = theirOffer ? ['counter', 'agree'] : [];
      return [...answer, 'reject', ...(side === 'PROGRAMME' ? (['withdraw'] as const) : [])];
    }
    case 'AGREED':
      return ['proposeAmendment'];
    case 'AMENDMENT_PROPOSED':
      return [...(theirOffer ? (['counterAmendment', 'agreeAmendment'] as const) : []), 'rejectAmendment'];
    default:
      return [];
  }
}

export const actionLabels: Record<DealAction, string> = {
  counter: 'Counter with different terms',
  agree: 'Agree to this offer',
  reject: 'Reject the deal',
  withdraw: 'Withdraw the deal',
  proposeAmendment: 'Propose an amendment',
  counterAmendment: 'Counter the amendment',
  agreeAmendment: 'Agree to the amendment',
  rejectAmendment: 'Reject the amendment',
};

export function needsTerms(action: DealAction): boolean {
  return action === 'counter' || action === 'proposeAmendment' || action === 'counterAmendment';
}

export function needsReason(action: DealAction): boolean {
  return action !== 'agree' && action !== 'agreeAmendment';
}

// The button that sends a step, distinct from the one that opens its form.
export const confirmLabels: Record<DealAction, string> = {
  counter: 'Send the counter-offer',
  agree: 'Confirm the agreement',
  reject: 'Confirm the rejection',
  withdraw: 'Confirm the withdrawal',
  proposeAmendment: 'Send the amendment',
  counterAmendment: 'Send the counter to the amendment',
  agreeAmendment: 'Confirm agreeing the amendment',
  rejectAmendment: 'Confirm rejecting the amendment',
};
