// Shared pieces of the contract suite: the harness types, realistic events and small helpers.
import { randomBytes, randomUUID } from 'node:crypto';
import { EventStoreError, streamName, type EventMetadata, type EventStore, type NewEvent, type RecordedEvent } from '../event-store';

export type StoreHarness = {
  store: EventStore;
  // closes `store` and opens the adapter again on the same data
  reopen?: () => Promise<EventStore>;
  // runs adapter-specific SQL behind the store's back (tamper-evidence tests)
  tamper?: (sql: string) => void;
  cleanup: () => Promise<void>;
};

export type MakeStore = (options: { maxEventBytes?: number }) => Promise<StoreHarness>;

export type ContractOptions = {
  // SQLite positions are one global counter (commit === prepare, +1 per event); KurrentDB positions
  // are transaction-log byte offsets, ordered but with gaps, so only ordering is asserted there.
  contiguousPositions?: boolean;
  // A real KurrentDB server keeps other tests' and earlier runs' events, so a fresh store is not
  // empty. Every test already isolates itself by using new tenants; this only relaxes "empty" checks.
  sharedStore?: boolean;
  // A remote server needs longer for the 16 x 50 concurrent-writer test than an embedded file.
  timeoutMs?: number;
  // KurrentDB keeps no global index of event ids: it recognises a retried append only within the
  // stream it targets, so the same ids sent to ANOTHER stream are a new append there, not refused.
  idempotencyPerStreamOnly?: boolean;
};

export type ContractContext = { open: (options?: { maxEventBytes?: number }) => Promise<StoreHarness>; options: ContractOptions };

// A tenant id no other test (or earlier run against a shared server) has used.
export const newTenant = (label = 'acme') => `${label}-${randomBytes(5).toString('hex')}`;

export const metadata = (tenantId: string, extra: Partial<EventMetadata> = {}): EventMetadata => ({
  tenantId,
  authorityId: 'northshire-cc',
  actor: { userId: 'u-consultant-1', role: 'consultant', displayName: 'Priya Shah' },
  reason: 'Agreed at programme board',
  correlationId: randomUUID(),
  causationId: randomUUID(),
  occurredAt: '2025-03-14T09:30:00.000Z',
  ...extra,
});

export const fteDealProposed = (tenantId: string, dealId: string, fteThousandths: number): NewEvent => ({
  eventId: randomUUID(),
  type: 'FteDealProposed',
  data: { dealId, serviceId: 'svc-waste', releasedFte: fteThousandths, budgetPence: fteThousandths * 41_250, note: 'Contract monitoring moves to the hub' },
  metadata: metadata(tenantId),
});

export const fteDealApproved = (tenantId: string, dealId: string): NewEvent => ({
  eventId: randomUUID(),
  type: 'FteDealApproved',
  data: { dealId, approvedBy: 'u-director-7', approvedOn: '2025-03-20' },
  metadata: metadata(tenantId, { actor: { userId: 'u-director-7', role: 'serviceDirector', displayName: 'Tom Reid' } }),
});

export const postCreated = (tenantId: string, postId: string, grade: string): NewEvent => ({
  eventId: randomUUID(),
  type: 'PostCreated',
  data: { postId, title: 'Contract Manager', grade, fte: 1000 },
  metadata: metadata(tenantId),
});

export const dealStream = (tenantId: string, dealId: string) => streamName('fteDeal', tenantId, dealId);
export const postStream = (tenantId: string, postId: string) => streamName('post', tenantId, postId);

export const collect = async <T>(items: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
};

// The error a promise rejects with, so tests can assert its code, message and details.
export const rejection = async (promise: Promise<unknown>): Promise<EventStoreError> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof EventStoreError) return error;
    throw error;
  }
  throw new Error('expected the call to be refused, but it succeeded');
};

export const ids = (events: RecordedEvent[]) => events.map((e) => e.eventId);
export const revisions = (events: RecordedEvent[]) => events.map((e) => e.revision);
export const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export const expectStrictlyIncreasing = (events: RecordedEvent[]) => {
  for (let i = 1; i < events.length; i += 1) {
    const [a, b] = [events[i - 1].position, events[i].position];
    if (!(a.commit < b.commit || (a.commit === b.commit && a.prepare < b.prepare))) {
      throw new Error(`position ${a.commit}:${a.prepare} is followed by ${b.commit}:${b.prepare}`);
    }
  }
};
