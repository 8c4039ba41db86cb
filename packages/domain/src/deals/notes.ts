import { requireText } from '../shared/values';
import { actingSide } from './access';
import type { AddDealNote } from './commands';
import { existingDeal, requireSameService } from './deal-guards';
import type { DealNoteAdded } from './events';
import type { FteDealsState } from './state';

export const MAX_DEAL_NOTE = 2000;

// Whoever may act on the deal may note something on it, on either side. A closed (rejected or
// withdrawn) deal still takes notes: recording afterwards why it closed is normal practice.
export const addDealNote = ({ data, metadata }: AddDealNote, state: FteDealsState): DealNoteAdded => {
  actingSide(metadata, data);
  requireSameService(state, data.serviceId);
  const deal = existingDeal(state, data.dealId);
  return { type: 'DealNoteAdded', data: { dealId: deal.dealId, text: requireText('note', data.text, { max: MAX_DEAL_NOTE }) } };
};
