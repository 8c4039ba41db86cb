import type { Command, Decider, DomainEvent } from '@orgledger/domain';
import { DomainError, schemaVersionFor, upcast as domainUpcast } from '@orgledger/domain';
import { EventStoreError, type EventStore, type ExpectedRevision, type Position, type RecordedEvent } from '@orgledger/event-store';
import { derivedUuid } from './ids';
import { stateCacheOf } from './state-cache';

export type RequestContext = { correlationId: string; authorityId?: string };

export type CommandOptions = {
  // A revision the user saw on screen: when given, a mismatch is a CONFLICT and nothing is retried.
  expectedRevision?: bigint;
  authorityId?: string;
  correlationId?: string;
  upcast?: (event: RecordedEvent) => DomainEvent;
  maxRetries?: number;
};

export type CommandOutcome<E extends DomainEvent> = {
  events: E[];
  position: Position | null; // null when the decision produced no events
  revision: bigint | null;
  alreadyApplied: boolean;
};

const tenantOfStream = (stream: string) => stream.slice(stream.indexOf('-') + 1, stream.indexOf('_'));

// An earlier run of the same command id: its events as recorded (read from the first event it
// caused), or null when this command has not been applied to the stream.
const priorRun = async (store: EventStore, stream: string, commandId: string, firstEventId: string, from: bigint | undefined) => {
  if (from === undefined) return null;
  const recorded = await store.readStream(stream, { fromRevision: from });
  const done = recorded.findIndex((e) => e.eventId === firstEventId);
  return done < 0 ? null : recorded.filter((e, i) => i >= done && e.metadata.causationId === commandId);
};

// load (the cached fold plus newer events) → decide → append with the revision read → bounded
// retry on conflict, which folds the stream afresh.
export const runCommand = async <C extends Command, E extends DomainEvent, S>(
  store: EventStore,
  stream: string,
  decider: Decider<C, E, S>,
  command: C,
  options: CommandOptions = {},
): Promise<CommandOutcome<E>> => {
  const upcast = options.upcast ?? domainUpcast;
  const cache = stateCacheOf(store);
  const firstEventId = derivedUuid(command.metadata.commandId, stream, '0');
  const maxRetries = options.expectedRevision === undefined ? (options.maxRetries ?? 8) : 0;
  for (let attempt = 0; ; attempt++) {
    const { state, revision: current, revisionOf } = await cache.load(store, stream, decider, upcast);
    const mine = await priorRun(store, stream, command.metadata.commandId, firstEventId, revisionOf(command.metadata.commandId));
    if (mine) {
      // The same command id was already applied: answer as the first time, append nothing.
      const last = mine[mine.length - 1];
      return { events: mine.map(upcast) as E[], position: last.position, revision: last.revision, alreadyApplied: true };
    }
    if (options.expectedRevision !== undefined && current !== options.expectedRevision) {
      throw new DomainError(
        'STALE_REVISION',
        'Someone else changed this record while you were looking at it. Reload to see their change, then try again.',
        'CONFLICT',
        { expected: String(options.expectedRevision), actual: current === null ? null : String(current) },
      );
    }
    const decided = decider.decide(command, state);
    if (decided.length === 0) return { events: [], position: null, revision: current, alreadyApplied: false };
    const expectedRevision: ExpectedRevision = current === null ? 'no_stream' : current;
    const { metadata } = command;
    try {
      const result = await store.append(
        stream,
        decided.map((e, i) => ({
          eventId: derivedUuid(metadata.commandId, stream, String(i)),
          type: e.type,
          data: e.data as Record<string, unknown>,
          metadata: {
            tenantId: tenantOfStream(stream),
            ...(options.authorityId ? { authorityId: options.authorityId } : {}),
            actor: metadata.actor,
            ...(metadata.reason ? { reason: metadata.reason } : {}),
            correlationId: options.correlationId ?? metadata.commandId,
            causationId: metadata.commandId,
            occurredAt: metadata.now,
            ...(schemaVersionFor(e.type) > 1 ? { schemaVersion: schemaVersionFor(e.type) } : {}),
          },
        })),
        { expectedRevision },
      );
      return { events: decided, position: result.position, revision: result.nextExpectedRevision, alreadyApplied: false };
    } catch (e) {
      const conflict = e instanceof EventStoreError && e.code === 'WRONG_EXPECTED_REVISION';
      if (!conflict) throw e;
      cache.forget(stream);
      if (attempt >= maxRetries) {
        throw new DomainError('CONCURRENT_CHANGE', 'This record is being changed by someone else right now. Please try again.', 'CONFLICT');
      }
      // Writers that collided back off for a random few milliseconds, so they do not collide again.
      await new Promise((r) => setTimeout(r, Math.random() * 5 * 2 ** attempt));
    }
  }
};
