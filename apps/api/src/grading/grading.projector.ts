import { JOB_DESCRIPTION_STREAM_CATEGORY, projectPostGrading, type PostGradingEvent, type PostGradingRow } from '@orgledger/domain';
import type { RecordedEvent } from '@orgledger/event-store';
import { defineReadModel } from '../platform/read-model';

// One row per design post with a JD, under its programme; `since` is when it last changed.
export type PostGradingReadRow = PostGradingRow & { programmeId: string; since: string; revision: number };

const streamIdOf = (e: RecordedEvent) => e.streamName.slice(e.streamName.indexOf('_') + 1);

export const postGradingModel = defineReadModel<PostGradingReadRow>({
  name: 'postGrading',
  categories: [JOB_DESCRIPTION_STREAM_CATEGORY],
  key: (e) => ({ tenantId: e.metadata.tenantId, id: streamIdOf(e), parentId: streamIdOf(e).split('.')[0] }),
  evolve: (row, e) => ({
    ...projectPostGrading(row, { type: e.type, data: e.data } as PostGradingEvent),
    programmeId: streamIdOf(e).split('.')[0],
    since: e.metadata.occurredAt,
    revision: Number(e.revision),
  }),
});
