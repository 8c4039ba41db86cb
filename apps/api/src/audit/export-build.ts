// Builds an authority's decision register as JSON Lines or CSV, sealed by the newest checkpoint.
import { describeHistory } from '@orgledger/domain';
import {
  comparePositions,
  EventStoreError,
  hashedMetadata,
  isSealed,
  merkleTree,
  positionFromString,
  positionToString,
  readCheckpoints,
  sealCheckpoint,
  sortHeads,
  type EventStore,
  type KnownHeads,
  type MerkleTree,
  type RecordedEvent,
  type StoredCheckpoint,
  type StreamHead,
} from '@orgledger/event-store';
import { DomainError } from '@orgledger/domain';
import { liveOf } from '../platform/as-of';
import type { AppContext, AuthUser } from '../platform/app-context';
import { belongsTo, toAuditEvent, visibleTo } from './decision-history';
import { decisionRegister, sealedHeads, type TenantRegister } from './decision-index';
import { CSV_COLUMNS, CSV_SEAL_TYPE, EXPORT_FORMAT, EXPORT_SEAL_FORMAT, csvLine, sha256OfBytes, signExportSeal, type HeadProof } from './export-seal';

export type ExportKind = 'csv' | 'jsonl';

// Seals what changed since the last checkpoint (or reuses it) so the export is covered whole. The
// heads come from the decision register, kept current from the store, so sealing reads no log.
export const currentCheckpoint = async (
  app: AppContext,
  user: Pick<AuthUser, 'tenantId' | 'userId' | 'role' | 'displayName'>,
  command: { reason?: string; causationId?: string } = {},
  known?: KnownHeads | null,
): Promise<StoredCheckpoint | null> => {
  const { privateKey, publicKey } = app.config.auditKey;
  const actor = { userId: user.userId, role: user.role, displayName: user.displayName };
  const heads = known === undefined ? sealedHeads(await decisionRegister(liveOf(app).store, user.tenantId))?.known : known;
  const options = { tenantId: user.tenantId, privateKey, publicKey, actor, now: new Date(), ...command, ...(heads ? { known: heads } : {}) };
  const sealed = await sealCheckpoint(app.store, options).catch((e: unknown) => {
    // someone else sealed at the same moment: theirs is as good
    if (e instanceof EventStoreError && e.code === 'WRONG_EXPECTED_REVISION') return null;
    throw e;
  });
  return sealed ?? (await readCheckpoints(app.store, user.tenantId, { last: true }))[0] ?? null;
};

// a register that its own checkpoint would not cover is not given out
const notCovered = () =>
  new DomainError(
    'STORE_DOES_NOT_MATCH_CHECKPOINT',
    'The stored history does not match its sealed checkpoint, so no export can be sealed. Run verify to see what changed.',
    'CONFLICT',
  );

type Register = { events: RecordedEvent[]; heads: StreamHead[]; tree: MerkleTree };

// Whole streams (a chain can only be checked from its first event): every stream holding at
// least one event of the authority, up to the checkpoint, read stream by stream; the heads are the
// ones the checkpoint sealed (from the decision register, when it was sealed from them).
const readRegister = async (
  store: EventStore,
  streams: Iterable<string>,
  authorityId: string,
  checkpoint: StoredCheckpoint,
  sealed: { known: KnownHeads; tree: MerkleTree },
): Promise<Register> => {
  if (sealed.tree.root !== checkpoint.body.root) throw notCovered();
  const upTo = positionFromString(checkpoint.body.upTo);
  const heads = new Map(sealed.known.heads.map((h) => [h.streamName, h]));
  const events: RecordedEvent[] = [];
  for (const stream of streams) {
    const all = await store.readStream(stream).catch((e: unknown) => {
      if (e instanceof EventStoreError && e.code === 'STREAM_NOT_FOUND') throw notCovered();
      throw e;
    });
    const within = all.filter((e) => comparePositions(e.position, upTo) <= 0);
    if (!within.some((e) => belongsTo(e, authorityId))) continue;
    const last = within[within.length - 1];
    const head = heads.get(stream);
    if (!head || head.revision !== last.revision.toString() || head.hash !== last.hash) throw notCovered();
    events.push(...within);
  }
  return { events: events.sort((a, b) => comparePositions(a.position, b.position)), heads: sealed.known.heads, tree: sealed.tree };
};

// The same from one read of the tenant's log, when the checkpoint was not sealed from the register
// (another one was sealed at the same moment).
const scanRegister = async (store: EventStore, tenantId: string, authorityId: string, checkpoint: StoredCheckpoint): Promise<Register> => {
  const all: RecordedEvent[] = [];
  const streams = new Set<string>();
  const heads = new Map<string, StreamHead>();
  for await (const e of store.readAll({ filter: { tenantId }, to: positionFromString(checkpoint.body.upTo) })) {
    if (!isSealed(e)) continue;
    all.push(e);
    heads.set(e.streamName, { streamName: e.streamName, revision: e.revision.toString(), hash: e.hash });
    if (belongsTo(e, authorityId)) streams.add(e.streamName);
  }
  const sorted = sortHeads([...heads.values()]);
  const tree = merkleTree(sorted);
  if (tree.root !== checkpoint.body.root) throw notCovered();
  return { events: all.filter((e) => streams.has(e.streamName)), heads: sorted, tree };
};

const registerFor = (
  app: AppContext,
  tenant: TenantRegister,
  tenantId: string,
  authorityId: string,
  checkpoint: StoredCheckpoint,
  sealed: { known: KnownHeads; tree: MerkleTree } | null,
) => {
  const fromKnown = sealed && checkpoint.body.upTo === positionToString(sealed.known.upTo) && checkpoint.body.events === sealed.known.events;
  const streams = tenant.authorities.get(authorityId)?.streams ?? [];
  return fromKnown ? readRegister(app.store, streams, authorityId, checkpoint, sealed) : scanRegister(app.store, tenantId, authorityId, checkpoint);
};

const proofsFor = ({ heads, tree, events }: Register): HeadProof[] => {
  const last = new Map<string, RecordedEvent>();
  for (const e of events) last.set(e.streamName, e);
  const at = new Map(heads.map((h, i) => [h.streamName, i]));
  const indexes = [...last.keys()].map((s) => at.get(s) ?? -1);
  const proofs = tree.proofs(indexes.map((i) => Math.max(i, 0)));
  return [...last.values()].map((e, k) => ({
    streamName: e.streamName,
    revision: e.revision.toString(),
    hash: e.hash,
    index: indexes[k],
    proof: indexes[k] >= 0 ? proofs[k] : [],
  }));
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
    metadata: hashedMetadata(e), // as hashed: a version-2 event's metadata carries its recordedAt
    prevHash: e.prevHash,
    hash: e.hash,
    sentence,
  }) + '\n';

// Another authority's event in a shared stream: only what links the chain (no type, time or content).
const redactedLine = (e: RecordedEvent) =>
  JSON.stringify({
    kind: 'event',
    redacted: true,
    streamName: e.streamName,
    revision: e.revision.toString(),
    eventId: e.eventId,
    prevHash: e.prevHash,
    hash: e.hash,
  }) + '\n';

const csvRow = (e: RecordedEvent, sentence: string) =>
  csvLine([
    positionToString(e.position),
    e.recordedAt,
    e.metadata.occurredAt,
    e.streamName,
    e.revision.toString(),
    e.eventId,
    e.type,
    e.metadata.actor.userId,
    e.metadata.actor.displayName,
    e.metadata.actor.role,
    e.metadata.reason ?? '',
    sentence,
    JSON.stringify(e.data),
    JSON.stringify(hashedMetadata(e)),
    e.prevHash,
    e.hash,
    '',
  ]);

const redactedCsvRow = (e: RecordedEvent) =>
  csvLine(
    CSV_COLUMNS.map((c) =>
      c === 'stream'
        ? e.streamName
        : c === 'revision'
          ? e.revision.toString()
          : c === 'event_id'
            ? e.eventId
            : c === 'prev_hash'
              ? e.prevHash
              : c === 'hash'
                ? e.hash
                : c === 'redacted'
                  ? 'true'
                  : '',
    ),
  );

// Rows in store order; sentences are told from the visible events only, so no other authority's
// names reach them either.
const rowsOf = (events: RecordedEvent[], authorityId: string, kind: ExportKind): string => {
  const visible = events.filter((e) => visibleTo(e, authorityId));
  const sentences = new Map(
    describeHistory(visible.map((e) => ({ ...toAuditEvent(e), recorded: e }))).map(({ event, sentence }) => [event.recorded, sentence]),
  );
  return events
    .map((e) => {
      const sentence = sentences.get(e);
      if (sentence === undefined) return kind === 'jsonl' ? redactedLine(e) : redactedCsvRow(e);
      return kind === 'jsonl' ? eventLine(e, sentence) : csvRow(e, sentence);
    })
    .join('');
};

export const buildExport = async (
  app: AppContext,
  user: AuthUser,
  authority: { authorityId: string; name: string },
  kind: ExportKind,
): Promise<string | null> => {
  const tenant = await decisionRegister(liveOf(app).store, user.tenantId);
  const sealed = sealedHeads(tenant);
  const checkpoint = await currentCheckpoint(app, user, {}, sealed?.known ?? null);
  if (!checkpoint) return null;
  const register = await registerFor(app, tenant, user.tenantId, authority.authorityId, checkpoint, sealed);
  const { events, heads } = register;
  let body: string;
  if (kind === 'jsonl') {
    const header = {
      kind: 'header',
      format: EXPORT_FORMAT,
      tenantId: user.tenantId,
      authorityId: authority.authorityId,
      authorityName: authority.name,
      exportedAt: new Date().toISOString(),
      exportedBy: user.displayName,
    };
    body = JSON.stringify(header) + '\n' + rowsOf(events, authority.authorityId, kind);
  } else {
    body = csvLine([...CSV_COLUMNS]) + rowsOf(events, authority.authorityId, kind);
  }
  const seal = signExportSeal(
    {
      format: EXPORT_SEAL_FORMAT,
      exportDigest: sha256OfBytes(body),
      checkpoint: { body: checkpoint.body, signature: checkpoint.signature },
      treeSize: heads.length,
      proofs: proofsFor(register),
    },
    app.config.auditKey.privateKey,
  );
  if (kind === 'jsonl') return body + JSON.stringify({ kind: 'seal', ...seal }) + '\n';
  const cells = CSV_COLUMNS.map((c) => (c === 'type' ? CSV_SEAL_TYPE : c === 'data_json' ? JSON.stringify(seal) : ''));
  return body + csvLine(cells);
};
