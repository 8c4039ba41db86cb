import { asStored, type Upcasters } from '../shared/upcasting';
import type { FteDealsEvent } from './events';

// Every stored version of each event of this context, read into today's shape. One version each so
// far; a changed shape adds its new version here and turns the old ones into it.
export const fteDealsUpcasters: Upcasters<FteDealsEvent> = {
  FteDealProposed: { 1: asStored },
  FteDealCountered: { 1: asStored },
  FteDealAgreed: { 1: asStored },
  FteDealRejected: { 1: asStored },
  FteDealWithdrawn: { 1: asStored },
  FteDealAmendmentProposed: { 1: asStored },
  FteDealAmendmentCountered: { 1: asStored },
  FteDealAmendmentAgreed: { 1: asStored },
  FteDealAmendmentRejected: { 1: asStored },
  DealNoteAdded: { 1: asStored },
};
