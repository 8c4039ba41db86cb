import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  definitionDecider,
  DomainError,
  UnknownEventVersion,
  upcast,
  upcastWith,
  type Command,
  type CommandMetadata,
  type Decider,
  type DomainEvent,
} from '@orgledger/domain';
import { openSqliteEventStore, streamName, type EventStore } from '@orgledger/event-store';
import { runCommand } from './command-pipeline';
import { loadState } from './load-state';
import { createStateCache } from './state-cache';
import { uuidv7 } from './ids';

// A register of unique names: every decision depends on the whole history, so a decision taken
// on a stale fold would show up as a duplicate name.
type Add = Command<'Add', { name: string }>;
type Added = DomainEvent<'Added', { name: string }>;
type Names = { names: string[] };
const register: Decider<Add, Added, Names> = {
  decide: (c, s) => {
    if (s.names.includes(c.data.name)) throw new DomainError('DUPLICATE', `${c.data.name} is taken`);
    return [{ type: 'Added', data: { name: c.data.name } }];
  },
  evolve: (s, e) => ({ names: [...s.names, e.data.name] }),
  initialState: { names: [] },
};

const tenant = 'cache-test';
const meta = (commandId = uuidv7()): CommandMetadata => ({
  tenantId: tenant,
  actor: { userId: 'u1', role: 'consultant', displayName: 'Test Consultant' },
  now: '2026-11-26T09:00:00.000Z',
  commandId,
});
const add = (name: string, commandId?: string): Add => ({ type: 'Add', data: { name }, metadata: meta(commandId) });
const duplicate = expect.objectContaining({ code: 'DUPLICATE' });

describe('folded-state cache in the command pipeline', () => {
  let dir: string;
  let api: EventStore;
  let cli: EventStore; // a second writer on the same file, as the CLI or another process
  let reads: { fromRevision?: bigint }[];
  const stream = () => streamName('register', tenant, expect.getState().currentTestName!.replace(/\W/g, ''));

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'state-cache-'));
    api = openSqliteEventStore({ file: join(dir, 'events.sqlite') });
    cli = openSqliteEventStore({ file: join(dir, 'events.sqlite') });
    reads = [];
    const readStream = api.readStream.bind(api);
    api.readStream = (s, options) => {
      reads.push({ fromRevision: options?.fromRevision as bigint | undefined });
      return readStream(s, options);
    };
  });
  afterEach(async () => {
    await api.close();
    await cli.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads only the events appended since the state was folded', async () => {
    for (const name of ['a', 'b', 'c']) await runCommand(api, stream(), register, add(name));
    reads = [];
    await runCommand(api, stream(), register, add('d'));
    // the fold up to revision 1 came from the cache: only 'c' (revision 2, our own last append,
    // folded as stored) was read, not the whole stream
    expect(reads).toEqual([{ fromRevision: 2n }]);
    expect(await loadState(api, stream(), register)).toEqual({ names: ['a', 'b', 'c', 'd'] });
    expect(reads).toEqual([{ fromRevision: 2n }, { fromRevision: 3n }]);
  });

  it('decides on events another writer appended after the state was cached', async () => {
    await runCommand(api, stream(), register, add('a'));
    await runCommand(cli, stream(), register, add('b'));
    await expect(runCommand(api, stream(), register, add('b'))).rejects.toEqual(duplicate);
    expect((await api.readStream(stream())).map((e) => e.data.name)).toEqual(['a', 'b']);
  });

  it('turns a write between our read and our append into a conflict and a retry, never a wrong decision', async () => {
    await runCommand(api, stream(), register, add('a'));
    // the other writer appends while our command is between loading and appending
    const append = api.append.bind(api);
    let raced = false;
    api.append = async (s, events, options) => {
      if (!raced) {
        raced = true;
        await runCommand(cli, stream(), register, add('b'));
      }
      return append(s, events, options);
    };
    await expect(runCommand(api, stream(), register, add('b'))).rejects.toEqual(duplicate);
    expect(raced).toBe(true);
    const outcome = await runCommand(api, stream(), register, add('c'));
    expect(outcome.revision).toBe(2n);
    expect(await names(api, stream())).toEqual(['a', 'b', 'c']);
  });

  it('lets exactly one of many concurrent writers of the same name through, across two writers', async () => {
    await runCommand(api, stream(), register, add('seed'));
    await runCommand(cli, stream(), register, add('seed2'));
    const attempts = Array.from({ length: 20 }, (_, i) => runCommand(i % 2 ? cli : api, stream(), register, add('same')));
    const outcomes = await Promise.allSettled(attempts);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    for (const o of outcomes) if (o.status === 'rejected') expect(o.reason).toBeInstanceOf(DomainError);
    expect(await names(api, stream())).toEqual(['seed', 'seed2', 'same']);
  });

  it('answers a retried command id as the first time, also when another writer applied it after the cache was filled', async () => {
    const first = uuidv7();
    await runCommand(api, stream(), register, add('a', first));
    const again = await runCommand(api, stream(), register, add('a', first));
    expect(again).toMatchObject({ alreadyApplied: true, revision: 0n, events: [{ type: 'Added', data: { name: 'a' } }] });
    const id = uuidv7();
    await runCommand(cli, stream(), register, add('b', id));
    const retried = await runCommand(api, stream(), register, add('b', id));
    expect(retried).toMatchObject({ alreadyApplied: true, revision: 1n });
    expect(await names(api, stream())).toEqual(['a', 'b']);
  });
});

describe('createStateCache bounds', () => {
  it('keeps at most the given number of streams, least recently used leaving first', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'state-cache-'));
    const store = openSqliteEventStore({ file: join(dir, 'events.sqlite') });
    try {
      const cache = createStateCache(2, 1_000);
      const streams = ['s1', 's2', 's3'].map((id) => streamName('register', tenant, id));
      for (const s of streams) await runCommand(store, s, register, add('x'));
      for (const s of [streams[0], streams[1], streams[0], streams[2]]) await cache.load(store, s, register, upcast);
      expect(cache.size()).toEqual({ streams: 2, commands: 2 });
      // s1 was used before s3 came in, s2 was the least recently used and left
      expect(await Promise.all(streams.map((s) => cache.load(store, s, register, upcast).then((f) => f.state)))).toEqual([
        { names: ['x'] },
        { names: ['x'] },
        { names: ['x'] },
      ]);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

const names = async (store: EventStore, s: string) => (await store.readStream(s)).map((e) => e.data.name);

describe('loading a stream reads every stored event through an upcaster', () => {
  const withStore = async (run: (store: EventStore) => Promise<void>) => {
    const dir = mkdtempSync(join(tmpdir(), 'state-cache-'));
    const store = openSqliteEventStore({ file: join(dir, 'events.sqlite') });
    try {
      await run(store);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const stored = (type: string, data: Record<string, unknown>, schemaVersion?: number) => ({
    eventId: uuidv7(),
    type,
    data,
    metadata: {
      tenantId: tenant,
      actor: meta().actor,
      correlationId: uuidv7(),
      causationId: uuidv7(),
      occurredAt: meta().now,
      ...(schemaVersion ? { schemaVersion } : {}),
    },
  });

  it('given Added stored as v1 {label} and v2 {name}, when loaded with their upcaster, then the state has both names', async () => {
    await withStore(async (store) => {
      const s = streamName('register', tenant, 'shapes');
      await store.append(s, [stored('Added', { label: 'old' }), stored('Added', { name: 'new' }, 2)], { expectedRevision: 'no_stream' });
      const v1ToV2 = upcastWith({ Added: { 1: (d) => ({ name: (d as { label: string }).label }), 2: (d) => d } });
      expect((await createStateCache().load(store, s, register, v1ToV2)).state).toEqual({ names: ['old', 'new'] });
    });
  });

  it('given a domain event stored in a version this build does not know, when loaded, then it is refused, not guessed at', async () => {
    await withStore(async (store) => {
      const s = streamName('definition', tenant, 'future');
      await store.append(s, [stored('DefinitionDrafted', { text: '?' }, 99)], { expectedRevision: 'no_stream' });
      await expect(loadState(store, s, definitionDecider)).rejects.toThrow(UnknownEventVersion);
    });
  });
});
