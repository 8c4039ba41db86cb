import { asStored, type Upcasters } from '../shared/upcasting';
import type { DesignAuthorityEvent } from './events';

// Every stored version of each event of this context, read into today's shape. One version each so
// far; a changed shape adds its new version here and turns the old ones into it.
export const designAuthorityUpcasters: Upcasters<DesignAuthorityEvent> = {
  DesignAuthoritySubmitted: { 1: asStored },
  DesignAuthorityDecided: { 1: asStored },
  ConditionDischarged: { 1: asStored },
};
