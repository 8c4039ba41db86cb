import { asStored, type Upcasters } from '../shared/upcasting';
import type { FunctionDesignEvent } from './events';

// Every stored version of each event of this context, read into today's shape. One version each so
// far; a changed shape adds its new version here and turns the old ones into it.
export const functionDesignUpcasters: Upcasters<FunctionDesignEvent> = {
  DesignOptionDrafted: { 1: asStored },
  DesignOptionRenamed: { 1: asStored },
  DesignPostAdded: { 1: asStored },
  DesignPostRevised: { 1: asStored },
  DesignPostRemoved: { 1: asStored },
  DesignOptionChosen: { 1: asStored },
  FunctionGoLiveDateSet: { 1: asStored },
};
