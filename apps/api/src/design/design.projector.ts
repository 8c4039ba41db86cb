import { FUNCTION_DESIGN_STREAM_CATEGORY, projectFunctionDesign, type FunctionDesignEvent, type FunctionDesignRow } from '@orgledger/domain';
import type { RecordedEvent } from '@orgledger/event-store';
import type { Projector } from '../platform/read-models';

// One row per programme, with the stream revision a screen sends back as expectedRevision.
export type FunctionDesignReadRow = FunctionDesignRow & { programmeId: string; revision: number };

const programmeOf = (e: RecordedEvent) => e.streamName.slice(e.streamName.indexOf('_') + 1);

export const functionDesignProjector: Projector = {
  model: 'functionDesign',
  categories: [FUNCTION_DESIGN_STREAM_CATEGORY],
  key: (e) => ({ tenantId: e.metadata.tenantId, id: programmeOf(e) }),
  project: (row, e) => {
    const next = projectFunctionDesign(row as FunctionDesignReadRow | null, { type: e.type, data: e.data } as FunctionDesignEvent);
    return { ...next, programmeId: programmeOf(e), revision: Number(e.revision) };
  },
};
