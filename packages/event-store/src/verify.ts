// Walks a tenant's whole history through the port and reports the first broken link of any
// stream's hash chain. Works on every adapter because it only uses readAll.
// Not yet covered (later issue): sealed checkpoint events, which will also catch a deleted stream
// or a truncated stream tail — a chain alone cannot tell a removed last event from one never written.
import { parseStreamName } from './append-validation';
import type { EventStore, RecordedEvent } from './event-store';
import { GENESIS_HASH, eventHash } from './hash-chain';

export type BrokenLink = { streamName: string; revision: string; eventId: string; reason: string };

export type VerifyResult = { ok: boolean; streams: number; events: number; firstBroken?: BrokenLink };

type StreamState = { nextRevision: bigint; lastHash: string; broken: boolean };

// Why this event does not continue its stream's chain, or null when it does.
export const checkLink = (event: RecordedEvent, state: StreamState | undefined, tenantId: string): string | null => {
  const expectedRevision = state?.nextRevision ?? 0n;
  if (event.revision !== expectedRevision) {
    return event.revision > expectedRevision
      ? `expected revision ${expectedRevision} but found ${event.revision}: an event is missing or out of order`
      : `revision ${event.revision} appears after revision ${expectedRevision - 1n}: events are out of order or duplicated`;
  }
  const expectedPrev = state?.lastHash ?? GENESIS_HASH;
  if (event.prevHash !== expectedPrev) return `prevHash ${event.prevHash} does not link to the previous hash ${expectedPrev}`;
  if (parseStreamName(event.streamName)?.tenantId !== tenantId || event.metadata.tenantId !== tenantId) {
    return `event does not belong to tenant ${tenantId}`;
  }
  let recomputed: string;
  try {
    recomputed = eventHash(event.prevHash, event);
  } catch (e) {
    return `event cannot be serialised canonically: ${(e as Error).message}`;
  }
  if (recomputed !== event.hash) return `stored hash ${event.hash} does not match the recomputed ${recomputed}: the event was altered`;
  return null;
};

export const verifyChains = async (store: EventStore, options: { tenantId: string }): Promise<VerifyResult> => {
  const streams = new Map<string, StreamState>();
  let events = 0;
  let firstBroken: BrokenLink | undefined;
  // global order, not per-stream revision order: an event moved in the global log is reported too
  for await (const event of store.readAll({ filter: { tenantId: options.tenantId } })) {
    events += 1;
    const state = streams.get(event.streamName);
    if (state?.broken) continue;
    const reason = checkLink(event, state, options.tenantId);
    if (reason) {
      firstBroken ??= { streamName: event.streamName, revision: event.revision.toString(), eventId: event.eventId, reason };
      streams.set(event.streamName, { nextRevision: 0n, lastHash: '', broken: true });
      continue;
    }
    streams.set(event.streamName, { nextRevision: event.revision + 1n, lastHash: event.hash, broken: false });
  }
  return { ok: firstBroken === undefined, streams: streams.size, events, ...(firstBroken ? { firstBroken } : {}) };
};
