import { FUNCTION_DESIGN_STREAM_CATEGORY, projectFunctionDesign, type FunctionDesignEvent, type FunctionDesignRow } from '@orgledger/domain';
import type { RecordedEvent } from '@orgledger/event-store';
import { defineReadModel } from '../platform/read-model';

// One row per programme, with the stream revision a screen sends back as expectedRevision.
export type FunctionDesignReadRow = FunctionDesignRow & { programmeId: string; revision: number };

const programmeOf = (e: RecordedEvent) => e.streamName.slice(e.streamName.indexOf('_') + 1);

export const functionDesignModel = defineReadModel<FunctionDesignReadRow>({
  name: 'functionDesign',
  version: 3, // posts carry apprenticeship, holder age band and allowances (2); rows carry the go-live date (3)
  categories: [FUNCTION_DESIGN_STREAM_CATEGORY],
  key: (e) => ({ tenantId: e.metadata.tenantId, id: programmeOf(e) }),
  evolve: (row, e) => {
    const next = projectFunctionDesign(row, { type: e.type, data: e.data } as FunctionDesignEvent);
    return { ...next, programmeId: programmeOf(e), revision: Number(e.revision) };
  },
});
