import { asStored, type Upcasters } from '../shared/upcasting';
import type { EstablishmentEvent } from './events';

// Every stored version of each event of this context, read into today's shape. One version each so
// far; a changed shape adds its new version here and turns the old ones into it.
export const establishmentUpcasters: Upcasters<EstablishmentEvent> = {
  PostAdded: { 1: asStored },
  PostUpdated: { 1: asStored },
  PostRemoved: { 1: asStored },
  EstablishmentImported: { 1: asStored },
  PostsImported: { 1: asStored },
};
