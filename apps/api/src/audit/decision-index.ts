// A tenant's decision register kept in memory and advanced from the store, never re-read whole:
// each authority's events in store order with the sentence of their time, so that a page of
// history costs the page (the raw events of the page are read back by stream and revision).
// Measured on the benchmark's 100,000-event tenant (tests/bench/figures/decision-history.mjs):
// reading the whole log per request took p50 1.1 s, p95 2.2 s a page; with the register a page is
// p95 5-18 ms, after one build of 2-6 s and ~85 MiB for that tenant (KEPT_TENANTS bounds the total).
import { describeEvent, emptyLexicon, learn, type AuditEvent, type Lexicon } from '@orgledger/domain';
import {
  categoryOf,
  comparePositions,
  isSealed,
  logAccumulator,
  merkleTree,
  sortHeads,
  type Actor,
  type EventStore,
  type KnownHeads,
  type LogAccumulator,
  type MerkleTree,
  type Position,
  type RecordedEvent,
  type StreamHead,
} from '@orgledger/event-store';

export const toAuditEvent = (e: RecordedEvent): AuditEvent => ({
  type: e.type,
  streamName: e.streamName,
  data: e.data,
  metadata: e.metadata as AuditEvent['metadata'],
});

export type DecisionEntry = {
  position: Position;
  streamName: string;
  revision: bigint;
  eventId: string;
  eventType: string;
  context: string;
  actor: Actor;
  occurredAt: string;
  reason: string | null;
  sentence: string;
  ids: string; // the stream name and every UUID in the data: what the entity filter searches
};

// A facet value and the entry index where it first appears (so a cut knows which values it holds).
type Facet = Map<string, number>;
type ActorVersion = { from: number; actor: Actor };

export type AuthorityRegister = {
  entries: DecisionEntry[];
  streams: Set<string>; // every stream holding at least one of its events
  contexts: Facet;
  eventTypes: Facet;
  actors: Map<string, ActorVersion[]>;
  lex: Lexicon;
};

// `heads`, `sealedEvents`, `lastSealed`: every stream head a checkpoint seals, so that sealing one
// for an export needs no read of the whole log. `names`: one string per distinct name, type or id
// repeated on every event keeps a large register small.
export type TenantRegister = {
  last: Position | null;
  authorities: Map<string, AuthorityRegister>;
  heads: Map<string, StreamHead>;
  sealedEvents: number;
  lastSealed: Position | null;
  sealed: { known: KnownHeads; tree: MerkleTree } | null; // the heads sorted and hashed, at `known.events`
  log: LogAccumulator; // the tenant log's root at `sealedEvents` (what a checkpoint /2 signs)
  names: Map<string, string>;
  busy: Promise<void>;
};

// Tenants kept ready per store, least recently used first.
const KEPT_TENANTS = 8;
const byStore = new WeakMap<EventStore, Map<string, TenantRegister>>();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const idsIn = (value: unknown, found: Set<string>): Set<string> => {
  if (typeof value === 'string') {
    if (UUID.test(value)) found.add(value);
  } else if (Array.isArray(value)) for (const v of value) idsIn(v, found);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) idsIn(v, found);
  return found;
};

const emptyAuthority = (): AuthorityRegister => ({
  entries: [],
  streams: new Set(),
  contexts: new Map(),
  eventTypes: new Map(),
  actors: new Map(),
  lex: emptyLexicon(),
});

const add = (tenant: TenantRegister, e: RecordedEvent) => {
  const authorityId = e.metadata.authorityId;
  if (isSealed(e)) {
    // as sealCheckpoint records a head: the authority of the stream's last event, for display
    tenant.heads.set(e.streamName, {
      streamName: e.streamName,
      revision: e.revision.toString(),
      hash: e.hash,
      ...(typeof authorityId === 'string' ? { authorityId } : {}),
    });
    tenant.sealedEvents += 1;
    tenant.lastSealed = e.position;
    tenant.log.push(e.hash);
  }
  if (typeof authorityId !== 'string') return;
  const intern = (s: string) => tenant.names.get(s) ?? (tenant.names.set(s, s), s);
  let a = tenant.authorities.get(authorityId);
  if (!a) tenant.authorities.set(authorityId, (a = emptyAuthority()));
  const index = a.entries.length;
  const audit = toAuditEvent(e);
  const sentence = describeEvent(audit, a.lex);
  learn(a.lex, audit);
  const context = intern(categoryOf(e.streamName));
  const eventType = intern(e.type);
  const { userId, role, displayName } = e.metadata.actor;
  const versions = a.actors.get(userId) ?? [];
  let actor = versions[versions.length - 1]?.actor;
  if (!actor || actor.role !== role || actor.displayName !== displayName) {
    actor = { userId: intern(userId), role: intern(role), displayName: intern(displayName) };
    versions.push({ from: index, actor });
    a.actors.set(userId, versions);
  }
  if (!a.contexts.has(context)) a.contexts.set(context, index);
  if (!a.eventTypes.has(eventType)) a.eventTypes.set(eventType, index);
  a.streams.add(e.streamName);
  a.entries.push({
    position: e.position,
    streamName: e.streamName,
    revision: e.revision,
    eventId: e.eventId,
    eventType,
    context,
    actor,
    occurredAt: e.metadata.occurredAt,
    reason: e.metadata.reason ?? null,
    sentence,
    ids: [e.streamName, ...idsIn(e.data, new Set())].join(' '),
  });
};

// The tenant's register, advanced to everything the store holds now (one reader at a time).
export const decisionRegister = async (store: EventStore, tenantId: string): Promise<TenantRegister> => {
  let tenants = byStore.get(store);
  if (!tenants) byStore.set(store, (tenants = new Map()));
  const tenant = tenants.get(tenantId) ?? {
    last: null,
    authorities: new Map(),
    heads: new Map(),
    sealedEvents: 0,
    lastSealed: null,
    sealed: null,
    log: logAccumulator(),
    names: new Map(),
    busy: Promise.resolve(),
  };
  tenants.delete(tenantId);
  tenants.set(tenantId, tenant);
  for (const oldest of tenants.keys()) {
    if (tenants.size <= KEPT_TENANTS) break;
    tenants.delete(oldest);
  }
  const advanced = tenant.busy.then(async () => {
    for await (const e of store.readAll({ from: tenant.last ?? 'start', filter: { tenantId } })) {
      add(tenant, e);
      tenant.last = e.position;
    }
  });
  tenant.busy = advanced.catch(() => undefined); // a failed read is retried by the next request
  await advanced;
  return tenant;
};

// The heads every sealed event so far left, sorted, with their Merkle tree: built once per new
// event count (hashing every head of a large tenant takes a while), as sealCheckpoint would read them.
export const sealedHeads = (tenant: TenantRegister): { known: KnownHeads; tree: MerkleTree } | null => {
  if (!tenant.lastSealed) return null;
  if (tenant.sealed?.known.events !== tenant.sealedEvents) {
    const heads = sortHeads([...tenant.heads.values()]);
    const tree = merkleTree(heads);
    tenant.sealed = { known: { heads, events: tenant.sealedEvents, upTo: tenant.lastSealed, root: tree.root, logRoot: tenant.log.root() }, tree };
  }
  return tenant.sealed;
};

// How many entries are at or before `position` (null: before the tenant's first event).
export const entriesUpTo = (entries: DecisionEntry[], position: Position | null): number => {
  if (position === null) return 0;
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (comparePositions(entries[mid].position, position) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

// Facet values present in the first `cut` entries; an actor as last named within them.
export const facetsOf = (a: AuthorityRegister, cut: number) => ({
  contexts: [...a.contexts]
    .filter(([, first]) => first < cut)
    .map(([v]) => v)
    .sort(),
  eventTypes: [...a.eventTypes]
    .filter(([, first]) => first < cut)
    .map(([v]) => v)
    .sort(),
  actors: [...a.actors.values()]
    .map((versions) => versions.filter((v) => v.from < cut).at(-1)?.actor)
    .filter((actor): actor is Actor => actor !== undefined)
    .map((actor) => ({ id: actor.userId, name: actor.displayName, role: actor.role }))
    .sort((x, y) => x.name.localeCompare(y.name)),
});
