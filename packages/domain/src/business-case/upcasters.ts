import { asStored, type Upcasters } from '../shared/upcasting';
import type { BusinessCaseEvent } from './events';

// Every stored version of each event of this context, read into today's shape.
export const businessCaseUpcasters: Upcasters<BusinessCaseEvent> = {
  BusinessCaseAssumptionsSet: { 1: asStored },
};
