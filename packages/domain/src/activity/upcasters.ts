import { asStored, type Upcasters } from '../shared/upcasting';
import type { TaxonomyEvent, ActivityReturnEvent } from './events';

// Every stored version of each event of this context, read into today's shape. One version each so
// far; a changed shape adds its new version here and turns the old ones into it.
export const activityUpcasters: Upcasters<TaxonomyEvent | ActivityReturnEvent> = {
  TaxonomySeeded: { 1: asStored },
  ActivityAdded: { 1: asStored },
  ActivityRenamed: { 1: asStored },
  ActivityRetired: { 1: asStored },
  TaxonomyReplaced: { 1: asStored },
  ActivityReturnSubmitted: { 1: asStored },
};
