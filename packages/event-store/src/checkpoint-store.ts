// Sealing and verifying checkpoints through the port, so every adapter gets the same behaviour.
import { randomUUID, type KeyObject } from 'node:crypto';
import { parseStreamName } from './append-validation';
import { EventStoreError, positionToString, streamName, type Actor, type EventStore, type Position, type RecordedEvent } from './event-store';
import {
  CHECKPOINT_CATEGORY,
  CHECKPOINT_EVENT_TYPE,
  CHECKPOINT_FORMAT_V2,
  keyIdOf,
  merkleRoot,
  signCheckpoint,
  sortHeads,
  type CheckpointBody,
  type SignedCheckpoint,
  type StreamHead,
} from './checkpoint';
import { logAccumulator } from './log-tree';

export const checkpointStream = (tenantId: string) => streamName(CHECKPOINT_CATEGORY, tenantId, tenantId);

// The stored checkpoint event: the signed body, its signature, and the heads it sealed (the heads
// are not signed themselves, but their Merkle root is, so they can be trusted once it matches).
// Heads are left out (null) when they would make the event too large; the root still commits to them.
export type CheckpointEventData = SignedCheckpoint & { heads: StreamHead[] | null };

export const MAX_RECORDED_HEADS_BYTES = 512 * 1024;

export type StoredCheckpoint = CheckpointEventData & { revision: bigint; position: Position };

// Every stream of a tenant is sealed except the checkpoint stream itself.
export const isSealed = (event: RecordedEvent) => parseStreamName(event.streamName)?.category !== CHECKPOINT_CATEGORY;

export const readCheckpoints = async (store: EventStore, tenantId: string, options: { last?: boolean } = {}): Promise<StoredCheckpoint[]> => {
  try {
    const events = await store.readStream(checkpointStream(tenantId), options.last ? { direction: 'backwards', maxCount: 1 } : {});
    return events
      .filter((e) => e.type === CHECKPOINT_EVENT_TYPE)
      .map((e) => ({ ...(e.data as unknown as CheckpointEventData), revision: e.revision, position: e.position }));
  } catch (e) {
    if (e instanceof EventStoreError && e.code === 'STREAM_NOT_FOUND') return [];
    throw e;
  }
};

// Every stream head after the first `events` sealed events of the tenant (the last at `upTo`),
// sorted (sortHeads), with their Merkle root. A caller that keeps them current from the store (a
// register) passes them to sealCheckpoint, which then reads nothing else.
// `logRoot` is the root of the tenant log over those events (log-tree.ts).
export type KnownHeads = { heads: StreamHead[]; events: number; upTo: Position; root: string; logRoot: string };

export type SealOptions = {
  tenantId: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  actor: Actor;
  now: Date;
  force?: boolean;
  reason?: string;
  causationId?: string;
  known?: KnownHeads;
};

// Every stream head of the tenant as the store holds it now (a whole read of its history).
export const scanHeads = async (store: EventStore, tenantId: string): Promise<KnownHeads | null> => {
  const heads = new Map<string, StreamHead>();
  const log = logAccumulator();
  let events = 0;
  let upTo: Position | null = null;
  for await (const event of store.readAll({ filter: { tenantId } })) {
    if (!isSealed(event)) continue;
    const authorityId = typeof event.metadata.authorityId === 'string' ? { authorityId: event.metadata.authorityId } : {};
    heads.set(event.streamName, { streamName: event.streamName, revision: event.revision.toString(), hash: event.hash, ...authorityId });
    log.push(event.hash);
    events += 1;
    upTo = event.position;
  }
  if (!upTo) return null;
  const sorted = sortHeads([...heads.values()]);
  return { heads: sorted, events, upTo, root: merkleRoot(sorted), logRoot: log.root() };
};

// Seals every stream head of the tenant. Returns null when nothing changed since the last
// checkpoint (unless forced, e.g. for an export on demand). Without `known` heads it reads the
// tenant's whole history rather than resuming from the last checkpoint's position: positions are
// the store's own and change when `orgledger migrate` copies the events to another store, while
// the order and count do not.
export const sealCheckpoint = async (store: EventStore, options: SealOptions): Promise<StoredCheckpoint | null> => {
  const { tenantId } = options;
  const [last] = await readCheckpoints(store, tenantId, { last: true });
  const found = options.known ?? (await scanHeads(store, tenantId));
  if (!found) return null; // an empty tenant has nothing to seal
  const { heads: sorted, events, upTo, root, logRoot } = found;
  if (last && last.body.events === events && last.body.root === root && !options.force) return null;
  const body: CheckpointBody = {
    format: CHECKPOINT_FORMAT_V2,
    tenantId,
    sequence: (last?.body.sequence ?? 0) + 1,
    sealedAt: options.now.toISOString(),
    upTo: positionToString(upTo),
    streams: sorted.length,
    events,
    root,
    logRoot,
    keyId: keyIdOf(options.publicKey),
  };
  const recorded = JSON.stringify(sorted).length <= MAX_RECORDED_HEADS_BYTES ? sorted : null;
  const data: CheckpointEventData = { ...signCheckpoint(body, options.privateKey), heads: recorded };
  const stream = checkpointStream(tenantId);
  const result = await store.append(
    stream,
    [
      {
        eventId: randomUUID(),
        type: CHECKPOINT_EVENT_TYPE,
        data: data as unknown as Record<string, unknown>,
        metadata: {
          tenantId,
          actor: options.actor,
          ...(options.reason ? { reason: options.reason } : {}),
          correlationId: options.causationId ?? randomUUID(),
          causationId: options.causationId ?? randomUUID(),
          occurredAt: body.sealedAt,
        },
      },
    ],
    // a concurrent seal of the same tenant loses and is simply not needed
    { expectedRevision: last ? last.revision : 'no_stream' },
  );
  return { ...data, revision: result.nextExpectedRevision, position: result.position };
};
