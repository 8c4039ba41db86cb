// Sealing and verifying checkpoints through the port, so every adapter gets the same behaviour.
import { randomUUID, type KeyObject } from 'node:crypto';
import { parseStreamName } from './append-validation';
import { EventStoreError, positionToString, streamName, type Actor, type EventStore, type Position, type RecordedEvent } from './event-store';
import {
  CHECKPOINT_CATEGORY,
  CHECKPOINT_EVENT_TYPE,
  CHECKPOINT_FORMAT,
  checkpointSignatureValid,
  headDifferences,
  keyIdOf,
  merkleRoot,
  signCheckpoint,
  sortHeads,
  type CheckpointBody,
  type SignedCheckpoint,
  type StreamHead,
} from './checkpoint';
import { checkLink } from './verify';

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
export type KnownHeads = { heads: StreamHead[]; events: number; upTo: Position; root: string };

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
  let events = 0;
  let upTo: Position | null = null;
  for await (const event of store.readAll({ filter: { tenantId } })) {
    if (!isSealed(event)) continue;
    const authorityId = typeof event.metadata.authorityId === 'string' ? { authorityId: event.metadata.authorityId } : {};
    heads.set(event.streamName, { streamName: event.streamName, revision: event.revision.toString(), hash: event.hash, ...authorityId });
    events += 1;
    upTo = event.position;
  }
  if (!upTo) return null;
  const sorted = sortHeads([...heads.values()]);
  return { heads: sorted, events, upTo, root: merkleRoot(sorted) };
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
  const { heads: sorted, events, upTo, root } = found;
  if (last && last.body.events === events && last.body.root === root && !options.force) return null;
  const body: CheckpointBody = {
    format: CHECKPOINT_FORMAT,
    tenantId,
    sequence: (last?.body.sequence ?? 0) + 1,
    sealedAt: options.now.toISOString(),
    upTo: positionToString(upTo),
    streams: sorted.length,
    events,
    root,
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

export type StreamVerdict = { streamName: string; events: number; ok: boolean; reason?: string; revision?: string; eventId?: string };
export type CheckpointVerdict = { sequence: number; sealedAt: string; upTo: string; streams: number; events: number; ok: boolean; problems: string[] };
export type TenantVerification = {
  ok: boolean;
  events: number;
  streams: StreamVerdict[];
  checkpoints: CheckpointVerdict[];
  firstBroken?: { streamName: string; revision: string; eventId: string; reason: string };
  sealedUpTo: string | null; // position of the last event the newest valid checkpoint covers
  unsealedEvents: number; // events after the newest checkpoint: their removal could not be detected yet
};

const judge = (cp: StoredCheckpoint, found: Map<string, StreamHead>, events: number, publicKey: KeyObject | string): CheckpointVerdict => {
  const problems: string[] = [];
  if (!checkpointSignatureValid(cp, publicKey)) problems.push('the signature does not verify with the published audit key');
  const sealed = cp.heads ? sortHeads(cp.heads) : null;
  if (sealed && merkleRoot(sealed) !== cp.body.root) problems.push('the recorded stream heads do not match the signed root');
  const now = sortHeads([...found.values()]);
  if (merkleRoot(now) !== cp.body.root) {
    const diffs = sealed ? headDifferences(sealed, now) : [];
    problems.push(...(diffs.length ? diffs : ['the stream heads in the store do not match the signed root']));
  }
  if (events !== cp.body.events) problems.push(`${cp.body.events} events were sealed but ${events} are in the store up to that point`);
  const { sequence, sealedAt, upTo, streams } = cp.body;
  return { sequence, sealedAt, upTo, streams, events: cp.body.events, ok: problems.length === 0, problems };
};

// One pass over the tenant's history: every stream's chain, then every checkpoint against the
// heads as they stood after the first `events` sealed events it counted (by count, not position,
// so that a checkpoint still verifies after `orgledger migrate` has copied the history elsewhere).
export const verifyTenant = async (store: EventStore, options: { tenantId: string; publicKey: KeyObject | string }): Promise<TenantVerification> => {
  const { tenantId } = options;
  const pending = (await readCheckpoints(store, tenantId)).sort((a, b) => a.body.events - b.body.events || a.body.sequence - b.body.sequence);
  const chains = new Map<string, { nextRevision: bigint; lastHash: string; broken: boolean; events: number; verdict: StreamVerdict }>();
  const heads = new Map<string, StreamHead>();
  const checkpoints: CheckpointVerdict[] = [];
  let sealedEvents = 0;
  let total = 0;
  let firstBroken: TenantVerification['firstBroken'];
  const settle = (all: boolean) => {
    while (pending.length && (all || pending[0].body.events <= sealedEvents)) {
      checkpoints.push(judge(pending.shift()!, heads, sealedEvents, options.publicKey));
    }
  };
  for await (const event of store.readAll({ filter: { tenantId } })) {
    total += 1;
    if (isSealed(event)) {
      settle(false);
      sealedEvents += 1;
      heads.set(event.streamName, { streamName: event.streamName, revision: event.revision.toString(), hash: event.hash });
    }
    const state = chains.get(event.streamName);
    const verdict = state?.verdict ?? { streamName: event.streamName, events: 0, ok: true };
    verdict.events += 1;
    if (state?.broken) continue;
    const reason = checkLink(event, state, tenantId);
    if (reason) {
      Object.assign(verdict, { ok: false, reason, revision: event.revision.toString(), eventId: event.eventId });
      firstBroken ??= { streamName: event.streamName, revision: event.revision.toString(), eventId: event.eventId, reason };
      chains.set(event.streamName, { nextRevision: 0n, lastHash: '', broken: true, events: verdict.events, verdict });
      continue;
    }
    chains.set(event.streamName, { nextRevision: event.revision + 1n, lastHash: event.hash, broken: false, events: verdict.events, verdict });
  }
  settle(false);
  settle(true); // checkpoints that count more events than the store holds: some were removed
  const lastGood = [...checkpoints].reverse().find((c) => c.ok);
  const streams = [...chains.values()].map((c) => c.verdict).sort((a, b) => (a.streamName < b.streamName ? -1 : 1));
  return {
    ok: !firstBroken && checkpoints.every((c) => c.ok),
    events: total,
    streams,
    checkpoints,
    ...(firstBroken ? { firstBroken } : {}),
    sealedUpTo: lastGood?.upTo ?? null,
    unsealedEvents: lastGood ? sealedEvents - lastGood.events : sealedEvents,
  };
};
