// `orgledger migrate`: copies the embedded SQLite store into KurrentDB in global order, keeping
// every event id, revision and hash, then checks that the copy matches event for event.
// Resumable: each stream resumes after the revision the target already holds, whose hash must
// match the source's (so a half-finished run, or a run killed mid-append, carries on safely).
import { copyCredentials } from '../platform/auth/credential-store';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openKurrentDbEventStore, openSqliteEventStore, verifyChains, type EventStore, type RecordedEvent } from '@orgledger/event-store';

export const MIGRATE_HELP = `  orgledger migrate --from-data-dir DIR --to kurrentdb://HOST:2113[,HOST:2113…]?tls=…
      Copy every event of DIR's embedded store into KurrentDB, keeping order, ids and hashes, then
      verify the copy. Safe to run again after an interruption: it resumes where the target stopped.`;

export type MigrateReport = { copied: number; skipped: number; streams: number };
export type MigrateOptions = { onProgress?: (copied: number) => void; batchEvents?: number };

const BATCH = 200;

const sameEvent = (a: RecordedEvent, b: RecordedEvent) =>
  a.streamName === b.streamName && a.revision === b.revision && a.eventId === b.eventId && a.type === b.type && a.hash === b.hash && a.prevHash === b.prevHash;

// The revision and hash the target already holds for a stream, or null when it has none.
const targetHead = async (target: EventStore, stream: string): Promise<RecordedEvent | null> => {
  try {
    const [head] = await target.readStream(stream, { direction: 'backwards', maxCount: 1 });
    return head ?? null;
  } catch (error) {
    if ((error as { code?: string }).code === 'STREAM_NOT_FOUND') return null;
    throw error;
  }
};

export const migrateEvents = async (source: EventStore, target: EventStore, options: MigrateOptions = {}): Promise<MigrateReport> => {
  const heads = new Map<string, bigint>(); // next revision the target needs, per stream
  let copied = 0;
  let skipped = 0;
  let pending: RecordedEvent[] = [];

  const flush = async () => {
    if (pending.length === 0) return;
    const [first] = pending;
    const expectedRevision = first.revision === 0n ? 'no_stream' : first.revision - 1n;
    // the original recording time and hash version travel with each event, so every hash is kept
    const copies = pending.map(({ eventId, type, data, metadata, recordedAt, hashVersion }) => ({
      eventId,
      type,
      data,
      metadata,
      copied: { recordedAt, hashVersion: hashVersion ?? 1 },
    }));
    await target.append(first.streamName, copies, { expectedRevision });
    heads.set(first.streamName, pending[pending.length - 1].revision + 1n);
    copied += pending.length;
    pending = [];
    options.onProgress?.(copied);
  };

  for await (const event of source.readAll()) {
    let next = heads.get(event.streamName);
    if (next === undefined) {
      const head = await targetHead(target, event.streamName);
      if (head) {
        const [mine] = await source.readStream(event.streamName, { fromRevision: head.revision, maxCount: 1 });
        if (!mine || !sameEvent(mine, head)) {
          throw new Error(`The target's ${event.streamName} at revision ${head.revision} is not the source's event: refusing to mix histories.`);
        }
      }
      next = head ? head.revision + 1n : 0n;
      heads.set(event.streamName, next);
    }
    if (event.revision < next) {
      skipped += 1;
      continue;
    }
    // consecutive events of one stream (usually one original append) travel together
    if (pending.length > 0 && (pending[0].streamName !== event.streamName || pending.length >= (options.batchEvents ?? BATCH))) await flush();
    pending.push(event);
  }
  await flush();
  return { copied, skipped, streams: heads.size };
};

export type MigrationCheck = { ok: boolean; events: number; firstDifference?: string; tenants: { tenantId: string; ok: boolean }[] };

// Event for event in global order: same stream, revision, id, type and chain links; then every
// tenant's chains verified on the target itself.
export const checkMigration = async (source: EventStore, target: EventStore): Promise<MigrationCheck> => {
  const theirs = target.readAll()[Symbol.asyncIterator]();
  const tenants = new Set<string>();
  let events = 0;
  for await (const mine of source.readAll()) {
    const copy = (await theirs.next()).value as RecordedEvent | undefined;
    tenants.add(mine.metadata.tenantId);
    if (!copy || !sameEvent(mine, copy)) {
      return {
        ok: false,
        events,
        firstDifference: `${mine.streamName}@${mine.revision} (${mine.eventId}) is ${copy ? `${copy.streamName}@${copy.revision} (${copy.eventId})` : 'missing'} in the target`,
        tenants: [],
      };
    }
    events += 1;
  }
  const extra = await theirs.next();
  if (!extra.done)
    return {
      ok: false,
      events,
      firstDifference: `the target holds more events than the source, from ${(extra.value as RecordedEvent).streamName}`,
      tenants: [],
    };
  const checked = [];
  for (const tenantId of tenants) checked.push({ tenantId, ok: (await verifyChains(target, { tenantId })).ok });
  return { ok: checked.every((t) => t.ok), events, tenants: checked };
};

export const migrateCommand = async (fromDataDir: string | undefined, to: string | undefined): Promise<number> => {
  if (!fromDataDir || !to) {
    console.error('migrate needs --from-data-dir DIR and --to kurrentdb://…');
    return 1;
  }
  const file = join(resolve(fromDataDir), 'events.sqlite');
  if (!existsSync(file)) {
    console.error(`No embedded store at ${file}`);
    return 1;
  }
  const source = openSqliteEventStore({ file });
  const target = openKurrentDbEventStore({ connectionString: to });
  let reported = 0;
  const onProgress = (copied: number) => {
    if (copied - reported < 1000) return;
    reported = copied;
    console.log(JSON.stringify({ copied }));
  };
  try {
    const report = await migrateEvents(source, target, { onProgress });
    console.log(JSON.stringify({ migrated: report }));
    const check = await checkMigration(source, target);
    console.log(JSON.stringify({ verified: check }));
    if (!check.ok) return 2;
    // passwords and token versions live beside the events: the cluster's credential store takes them
    console.log(JSON.stringify({ credentials: await copyCredentials(resolve(fromDataDir), to) }));
    return 0;
  } finally {
    await target.close();
    await source.close();
  }
};
