// Builds an authority's decision register as JSON Lines or CSV, sealed by the newest checkpoint.
import { describeHistory } from '@orgledger/domain';
import {
  EventStoreError,
  inclusionProof,
  isSealed,
  merkleRoot,
  positionFromString,
  positionToString,
  readCheckpoints,
  sealCheckpoint,
  sortHeads,
  type RecordedEvent,
  type StoredCheckpoint,
  type StreamHead,
} from '@orgledger/event-store';
import { DomainError } from '@orgledger/domain';
import type { AppContext, AuthUser } from '../platform/app-context';
import { belongsTo, toAuditEvent } from './decision-history';
import { CSV_COLUMNS, CSV_SEAL_TYPE, EXPORT_FORMAT, EXPORT_SEAL_FORMAT, csvLine, sha256OfBytes, signExportSeal, type HeadProof } from './export-seal';

export type ExportKind = 'csv' | 'jsonl';

// Seals what changed since the last checkpoint (or reuses it) so the export is covered whole.
export const currentCheckpoint = async (
  app: AppContext,
  user: Pick<AuthUser, 'tenantId' | 'userId' | 'role' | 'displayName'>,
  command: { reason?: string; causationId?: string } = {},
): Promise<StoredCheckpoint | null> => {
  const { privateKey, publicKey } = app.config.auditKey;
  const actor = { userId: user.userId, role: user.role, displayName: user.displayName };
  const sealed = await sealCheckpoint(app.store, { tenantId: user.tenantId, privateKey, publicKey, actor, now: new Date(), ...command }).catch((e: unknown) => {
    // someone else sealed at the same moment: theirs is as good
    if (e instanceof EventStoreError && e.code === 'WRONG_EXPECTED_REVISION') return null;
    throw e;
  });
  return sealed ?? (await readCheckpoints(app.store, user.tenantId, { last: true }))[0] ?? null;
};

// Whole streams (a chain can only be checked from its first event): every stream holding at
// least one event of the authority, up to the checkpoint; and every stream head it sealed.
const registerEvents = async (app: AppContext, tenantId: string, authorityId: string, checkpoint: StoredCheckpoint) => {
  const all: RecordedEvent[] = [];
  const streams = new Set<string>();
  const heads = new Map<string, StreamHead>();
  for await (const e of app.store.readAll({ filter: { tenantId }, to: positionFromString(checkpoint.body.upTo) })) {
    if (!isSealed(e)) continue;
    all.push(e);
    heads.set(e.streamName, { streamName: e.streamName, revision: e.revision.toString(), hash: e.hash });
    if (belongsTo(e, authorityId)) streams.add(e.streamName);
  }
  const sorted = sortHeads([...heads.values()]);
  // a register that its own checkpoint would not cover is not given out
  if (merkleRoot(sorted) !== checkpoint.body.root) {
    throw new DomainError('STORE_DOES_NOT_MATCH_CHECKPOINT', 'The stored history does not match its sealed checkpoint, so no export can be sealed. Run verify to see what changed.', 'CONFLICT');
  }
  return { events: all.filter((e) => streams.has(e.streamName)), heads: sorted };
};

const proofsFor = (heads: StreamHead[], events: RecordedEvent[]): HeadProof[] => {
  const last = new Map<string, RecordedEvent>();
  for (const e of events) last.set(e.streamName, e);
  return [...last.values()].map((e) => {
    const index = heads.findIndex((h) => h.streamName === e.streamName);
    return { streamName: e.streamName, revision: e.revision.toString(), hash: e.hash, index, proof: inclusionProof(heads, index) };
  });
};

const eventLine = (e: RecordedEvent, sentence: string) =>
  JSON.stringify({
    kind: 'event',
    position: positionToString(e.position),
    recordedAt: e.recordedAt,
    streamName: e.streamName,
    revision: e.revision.toString(),
    eventId: e.eventId,
    type: e.type,
    data: e.data,
    metadata: e.metadata,
    prevHash: e.prevHash,
    hash: e.hash,
    sentence,
  }) + '\n';

const csvRow = (e: RecordedEvent, sentence: string) =>
  csvLine([
    positionToString(e.position), e.recordedAt, e.metadata.occurredAt, e.streamName, e.revision.toString(), e.eventId, e.type,
    e.metadata.actor.userId, e.metadata.actor.displayName, e.metadata.actor.role, e.metadata.reason ?? '', sentence,
    JSON.stringify(e.data), JSON.stringify(e.metadata), e.prevHash, e.hash,
  ]);

export const buildExport = async (
  app: AppContext,
  user: AuthUser,
  authority: { authorityId: string; name: string },
  kind: ExportKind,
): Promise<string | null> => {
  const checkpoint = await currentCheckpoint(app, user);
  if (!checkpoint) return null;
  const { events, heads } = await registerEvents(app, user.tenantId, authority.authorityId, checkpoint);
  const described = describeHistory(events.map((e) => ({ ...toAuditEvent(e), recorded: e })));
  let body: string;
  if (kind === 'jsonl') {
    const header = { kind: 'header', format: EXPORT_FORMAT, tenantId: user.tenantId, authorityId: authority.authorityId, authorityName: authority.name, exportedAt: new Date().toISOString(), exportedBy: user.displayName };
    body = JSON.stringify(header) + '\n' + described.map(({ event, sentence }) => eventLine(event.recorded, sentence)).join('');
  } else {
    body = csvLine([...CSV_COLUMNS]) + described.map(({ event, sentence }) => csvRow(event.recorded, sentence)).join('');
  }
  const seal = signExportSeal(
    {
      format: EXPORT_SEAL_FORMAT,
      exportDigest: sha256OfBytes(body),
      checkpoint: { body: checkpoint.body, signature: checkpoint.signature },
      treeSize: heads.length,
      proofs: proofsFor(heads, events),
    },
    app.config.auditKey.privateKey,
  );
  if (kind === 'jsonl') return body + JSON.stringify({ kind: 'seal', ...seal }) + '\n';
  const cells = CSV_COLUMNS.map((c) => (c === 'type' ? CSV_SEAL_TYPE : c === 'data_json' ? JSON.stringify(seal) : ''));
  return body + csvLine(cells);
};
