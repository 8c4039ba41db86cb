import { asStored, type Upcasters } from '../shared/upcasting';
import type { GradeStructureEvent, PostGradingEvent } from './events';

// Every stored version of each event of this context, read into today's shape. One version each so
// far; a changed shape adds its new version here and turns the old ones into it.
export const gradingUpcasters: Upcasters<GradeStructureEvent | PostGradingEvent> = {
  GradeStructureSet: { 1: asStored },
  JobDescriptionDrafted: { 1: asStored },
  JobDescriptionApproved: { 1: asStored },
  JobDescriptionChangesRequested: { 1: asStored },
  JobEvaluationRecorded: { 1: asStored },
  JobEvaluationApproved: { 1: asStored },
};
