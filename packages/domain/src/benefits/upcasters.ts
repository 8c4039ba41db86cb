import { asStored, type Upcasters } from '../shared/upcasting';
import type { BenefitsEvent } from './events';

// Every stored version of each event of this context, read into today's shape. One version each so
// far; a changed shape adds its new version here and turns the old ones into it.
export const benefitsUpcasters: Upcasters<BenefitsEvent> = {
  BenefitRecorded: { 1: asStored },
  BenefitUpdated: { 1: asStored },
  BenefitStatusChanged: { 1: asStored },
};
