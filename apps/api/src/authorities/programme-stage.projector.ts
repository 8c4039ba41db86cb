import {
  CONSULTATION_STREAM_CATEGORY,
  DESIGN_AUTHORITY_STREAM_CATEGORY,
  FUNCTION_DESIGN_STREAM_CATEGORY,
  HANDOVER_STREAM_CATEGORY,
  initialProgrammeStage,
  nextProgrammeStage,
  STAGE_DECISION_TYPES,
  type ProgrammeStageView,
} from '@orgledger/domain';
import { defineReadModel, idAfterTenant } from '../platform/read-model';

const MOVES_STAGE = new Set(STAGE_DECISION_TYPES);

// The programme's stage, read from the decisions of its other contexts (programme-stage.ts). Their
// streams are `<category>-<tenantId>_<programmeId>` or `…_<programmeId>.<serviceId, planId…>`.
export const programmeStageModel = defineReadModel<ProgrammeStageView>({
  name: 'programmeStage',
  categories: ['fteDeals', FUNCTION_DESIGN_STREAM_CATEGORY, DESIGN_AUTHORITY_STREAM_CATEGORY, CONSULTATION_STREAM_CATEGORY, HANDOVER_STREAM_CATEGORY],
  key: (e) => (MOVES_STAGE.has(e.type) ? { tenantId: e.metadata.tenantId, id: idAfterTenant(e).split('.')[0] } : null),
  evolve: (row, e) => nextProgrammeStage(row ?? initialProgrammeStage, { type: e.type, data: e.data, occurredAt: e.metadata.occurredAt }),
});
