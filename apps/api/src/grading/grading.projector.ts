import { JOB_DESCRIPTION_STREAM_CATEGORY, projectPostGrading, type PostGradingEvent, type PostGradingRow } from '@orgledger/domain';
import type { RecordedEvent } from '@orgledger/event-store';
import type { Projector } from '../platform/read-models';

// One row per design post with a JD, under its programme; `since` is when it last changed.
export type PostGradingReadRow = PostGradingRow & { programmeId: string; since: string; revision: number };

const streamIdOf = (e: RecordedEvent) => e.streamName.slice(e.streamName.indexOf('_') + 1);

export const postGradingProjector: Projector = {
  model: 'postGrading',
  categories: [JOB_DESCRIPTION_STREAM_CATEGORY],
  key: (e) => ({ tenantId: e.metadata.tenantId, id: streamIdOf(e), parentId: streamIdOf(e).split('.')[0] }),
  project: (row, e) => ({
    ...projectPostGrading(row as PostGradingReadRow | null, { type: e.type, data: e.data } as PostGradingEvent),
    programmeId: streamIdOf(e).split('.')[0],
    since: e.metadata.occurredAt,
    revision: Number(e.revision),
  }),
};
