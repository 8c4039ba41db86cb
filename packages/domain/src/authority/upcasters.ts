import { asStored, type Upcasters } from '../shared/upcasting';
import type { AuthorityStructureEvent } from './events';

// Every stored version of each event of this context, read into today's shape. One version each so
// far; a changed shape adds its new version here and turns the old ones into it.
export const authorityUpcasters: Upcasters<AuthorityStructureEvent> = {
  AuthorityRegistered: { 1: asStored },
  DirectorateAdded: { 1: asStored },
  ServiceAdded: { 1: asStored },
  ProgrammeStarted: { 1: asStored },
};
