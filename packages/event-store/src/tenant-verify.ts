// verify for one tenant: every stream's chain, every checkpoint against the store, the checkpoint
// sequence itself, and how long events have gone unsealed. Someone with write access to the data
// can recompute chains; what they cannot hide from this report is a checkpoint that no longer
// matches, a missing one, or history left unsealed for longer than sealing ever takes.
import type { KeyObject } from 'node:crypto';
import type { EventStore } from './event-store';
import { checkpointSignatureValid, headDifferences, merkleRoot, sortHeads, type StreamHead } from './checkpoint';
import { isSealed, readCheckpoints, type StoredCheckpoint } from './checkpoint-store';
import { logAccumulator } from './log-tree';
import { checkLink } from './verify';

export type StreamVerdict = { streamName: string; events: number; ok: boolean; reason?: string; revision?: string; eventId?: string };
export type CheckpointVerdict = { sequence: number; sealedAt: string; upTo: string; streams: number; events: number; ok: boolean; problems: string[] };
export type TenantVerification = {
  ok: boolean;
  events: number;
  streams: StreamVerdict[];
  checkpoints: CheckpointVerdict[];
  firstBroken?: { streamName: string; revision: string; eventId: string; reason: string };
  problems: string[]; // tenant-wide: no checkpoint, a gap in the sequence, history left unsealed too long
  sealedUpTo: string | null; // position of the last event the newest valid checkpoint covers
  unsealedEvents: number; // events after the newest checkpoint: their removal could not be detected yet
};

// Sealing runs every minute by default; twice that leaves room for a slow or restarted sealer.
export const DEFAULT_SEAL_GRACE_MS = 2 * 60_000;

export type VerifyTenantOptions = { tenantId: string; publicKey: KeyObject | string; now?: Date; graceMs?: number };

type Found = { heads: Map<string, StreamHead>; events: number; logRoot: string };

const judge = (cp: StoredCheckpoint, found: Found, tenantId: string, publicKey: KeyObject | string): CheckpointVerdict => {
  const problems: string[] = [];
  if (!checkpointSignatureValid(cp, publicKey)) problems.push('the signature does not verify with the published audit key');
  if (cp.body.tenantId !== tenantId) problems.push(`the checkpoint was sealed for tenant ${cp.body.tenantId}`);
  const sealed = cp.heads ? sortHeads(cp.heads) : null;
  if (sealed && merkleRoot(sealed) !== cp.body.root) problems.push('the recorded stream heads do not match the signed root');
  const now = sortHeads([...found.heads.values()]);
  if (merkleRoot(now) !== cp.body.root) {
    const diffs = sealed ? headDifferences(sealed, now) : [];
    problems.push(...(diffs.length ? diffs : ['the stream heads in the store do not match the signed root']));
  }
  if (found.events !== cp.body.events) problems.push(`${cp.body.events} events were sealed but ${found.events} are in the store up to that point`);
  // /2: every event up to the checkpoint, in order (an edit anywhere, not only at a head)
  else if (cp.body.logRoot !== undefined && cp.body.logRoot !== found.logRoot) {
    problems.push(
      `the log of the first ${found.events} events does not match the signed log root: an event below the checkpoint was altered, removed or moved`,
    );
  }
  const { sequence, sealedAt, upTo, streams } = cp.body;
  return { sequence, sealedAt, upTo, streams, events: cp.body.events, ok: problems.length === 0, problems };
};

// Sequences run 1, 2, 3… with none missing or repeated, and none seals fewer events than the last.
export const sequenceProblems = (checkpoints: StoredCheckpoint[]): string[] => {
  const bySequence = [...checkpoints].sort((a, b) => a.body.sequence - b.body.sequence);
  const problems: string[] = [];
  let expected = 1;
  let prev: StoredCheckpoint | undefined;
  for (const cp of bySequence) {
    const { sequence } = cp.body;
    if (prev && sequence === prev.body.sequence) problems.push(`two checkpoints have sequence ${sequence}`);
    else if (sequence !== expected) {
      problems.push(
        expected === 1
          ? `the first checkpoint has sequence ${sequence}: checkpoints 1 to ${sequence - 1} are missing`
          : `checkpoint sequence jumps from ${expected - 1} to ${sequence}: ${sequence - expected} checkpoint(s) are missing`,
      );
    }
    if (prev && cp.body.events < prev.body.events)
      problems.push(
        `checkpoint ${sequence} seals ${cp.body.events} events, fewer than the ${prev.body.events} of checkpoint ${prev.body.sequence}: history was rolled back`,
      );
    expected = sequence + 1;
    prev = cp;
  }
  return problems;
};

// One pass over the tenant's history: every stream's chain, then every checkpoint against the
// heads and the log as they stood after the first `events` sealed events it counted (by count, not
// position, so that a checkpoint still verifies after `orgledger migrate` copied the history).
export const verifyTenant = async (store: EventStore, options: VerifyTenantOptions): Promise<TenantVerification> => {
  const { tenantId } = options;
  const stored = await readCheckpoints(store, tenantId);
  const pending = [...stored].sort((a, b) => a.body.events - b.body.events || a.body.sequence - b.body.sequence);
  const chains = new Map<string, { nextRevision: bigint; lastHash: string; broken: boolean; verdict: StreamVerdict }>();
  const heads = new Map<string, StreamHead>();
  const log = logAccumulator();
  const recordedAt: string[] = []; // of each sealed event, to tell how long the unsealed ones waited
  const checkpoints: CheckpointVerdict[] = [];
  let total = 0;
  let firstBroken: TenantVerification['firstBroken'];
  const settle = (all: boolean) => {
    while (pending.length && (all || pending[0].body.events <= log.size)) {
      checkpoints.push(judge(pending.shift()!, { heads, events: log.size, logRoot: log.root() }, tenantId, options.publicKey));
    }
  };
  for await (const event of store.readAll({ filter: { tenantId } })) {
    total += 1;
    if (isSealed(event)) {
      settle(false);
      log.push(event.hash);
      recordedAt.push(event.recordedAt);
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
      chains.set(event.streamName, { nextRevision: 0n, lastHash: '', broken: true, verdict });
      continue;
    }
    chains.set(event.streamName, { nextRevision: event.revision + 1n, lastHash: event.hash, broken: false, verdict });
  }
  settle(false);
  settle(true); // checkpoints that count more events than the store holds: some were removed
  checkpoints.sort((a, b) => a.sequence - b.sequence);
  const lastGood = [...checkpoints].reverse().find((c) => c.ok);
  const sealedCount = lastGood?.events ?? 0;
  const problems = sequenceProblems(stored);
  const graceMs = options.graceMs ?? DEFAULT_SEAL_GRACE_MS;
  const oldestUnsealed = recordedAt[sealedCount];
  const now = (options.now ?? new Date()).getTime();
  if (oldestUnsealed !== undefined && now - Date.parse(oldestUnsealed) > graceMs) {
    const what = lastGood ? `after checkpoint ${lastGood.sequence}` : checkpoints.length ? 'and no checkpoint verifies' : 'and there is no checkpoint';
    problems.push(
      `${log.size - sealedCount} event(s) ${lastGood ? `recorded ${what}` : `are held ${what}`}; the oldest, recorded at ${oldestUnsealed}, ` +
        `is older than the ${graceMs / 60_000}-minute window within which every event is sealed: checkpoints were deleted or sealing has stopped`,
    );
  }
  const streams = [...chains.values()].map((c) => c.verdict).sort((a, b) => (a.streamName < b.streamName ? -1 : 1));
  return {
    ok: !firstBroken && checkpoints.every((c) => c.ok) && problems.length === 0,
    events: total,
    streams,
    checkpoints,
    ...(firstBroken ? { firstBroken } : {}),
    problems,
    sealedUpTo: lastGood?.upTo ?? null,
    unsealedEvents: log.size - sealedCount,
  };
};
