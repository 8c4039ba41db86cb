import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteEventStore, streamName, type EventStore, type RecordedEvent } from '@orgledger/event-store';
import { cachedList, cachedRow } from './read-cache';
import { openReadModels, type Projector, type ReadModels } from './read-models';

// A read model of names per tenant, fed from the real store through the real read models.
const names: Projector = {
  model: 'name',
  categories: ['named'],
  key: (e: RecordedEvent) => ({ tenantId: e.metadata.tenantId, id: String(e.data.id), parentId: 'all' }),
  project: (_row, e) => ({ id: e.data.id, name: e.data.name }),
};

describe('read cache', () => {
  let dir: string;
  let store: EventStore;
  let readModels: ReadModels;
  let lists: number;

  const rename = async (id: string, name: string) => {
    const stream = streamName('named', 't1', id);
    const result = await store.append(stream, [
      {
        eventId: crypto.randomUUID(),
        type: 'Named',
        data: { id, name },
        metadata: {
          tenantId: 't1',
          actor: { userId: 'u', role: 'consultant', displayName: 'U' },
          correlationId: 'c',
          causationId: 'c',
          occurredAt: '2026-11-26T09:00:00.000Z',
        },
      },
    ]);
    await readModels.waitFor(result.position);
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'read-cache-'));
    store = openSqliteEventStore({ file: join(dir, 'events.sqlite') });
    readModels = openReadModels(join(dir, 'read-models.sqlite'), [names]);
    await readModels.start(store);
    lists = 0;
    const list = readModels.list.bind(readModels);
    readModels.list = (<T>(model: string, tenantId: string, parentId?: string) => {
      lists += 1;
      return list<T>(model, tenantId, parentId);
    }) as ReadModels['list'];
  });
  afterEach(async () => {
    await readModels.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads the table once while nothing is appended, and afresh after any append (read-your-writes)', async () => {
    await rename('a', 'Alpha');
    expect(cachedList(readModels, 'name', 't1', 'all')).toEqual([{ id: 'a', name: 'Alpha' }]);
    expect(cachedList(readModels, 'name', 't1', 'all')).toEqual([{ id: 'a', name: 'Alpha' }]);
    expect(lists).toBe(1);
    await rename('a', 'Alpha Two');
    expect(cachedList(readModels, 'name', 't1', 'all')).toEqual([{ id: 'a', name: 'Alpha Two' }]);
    expect(cachedRow(readModels, 'name', 't1', 'a')).toEqual({ id: 'a', name: 'Alpha Two' });
    expect(lists).toBe(2);
  });

  it('hands out frozen values, since every caller shares them', async () => {
    await rename('a', 'Alpha');
    const rows = cachedList<{ name: string }>(readModels, 'name', 't1', 'all');
    expect(Object.isFrozen(rows) && Object.isFrozen(rows[0])).toBe(true);
    expect(() => ((rows[0] as { name: string }).name = 'changed')).toThrow(TypeError);
  });
});
