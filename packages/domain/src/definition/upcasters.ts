import { asStored, type Upcasters } from '../shared/upcasting';
import type { DefinitionEvent } from './events';

// Every stored version of each event of this context, read into today's shape. One version each so
// far; a changed shape adds its new version here and turns the old ones into it.
export const definitionUpcasters: Upcasters<DefinitionEvent> = {
  DefinitionDrafted: { 1: asStored },
  DefinitionAgreed: { 1: asStored },
};
