import { asStored, type Upcasters } from '../shared/upcasting';
import type { PolicyEvent } from './events';

// Every stored version of each event of this context, read into today's shape.
export const policyUpcasters: Upcasters<PolicyEvent> = {
  PolicyPackRecorded: { 1: asStored },
};
