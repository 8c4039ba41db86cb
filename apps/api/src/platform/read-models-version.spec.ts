import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteEventStore, streamName, type EventStore, type RecordedEvent } from '@orgledger/event-store';
import { openReadModels, type Projector } from './read-models';

// A slice raises its own model's version when its rows change shape; the stored read models are
// then rebuilt from the store. No central number is edited, and the order of the slices is no change.
const model = (name: string, version?: number): Projector => ({
  model: name,
  version,
  categories: ['named'],
  key: (e: RecordedEvent) => ({ tenantId: e.metadata.tenantId, id: String(e.data.id) }),
  project: (_row, e) => ({ id: e.data.id, name: e.data.name, shape: version ?? 1 }),
});

describe('read models: when stored rows are rebuilt', () => {
  let dir: string;
  let store: EventStore;
  const file = () => join(dir, 'read-models.sqlite');

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'read-models-version-'));
    store = openSqliteEventStore({ file: join(dir, 'events.sqlite') });
    const metadata = { tenantId: 't1', actor: { userId: 'u', role: 'consultant', displayName: 'U' }, correlationId: 'c', causationId: 'c' };
    await store.append(streamName('named', 't1', 'a'), [
      { eventId: crypto.randomUUID(), type: 'Named', data: { id: 'a', name: 'Alpha' }, metadata: { ...metadata, occurredAt: '2026-12-01T09:00:00.000Z' } },
    ]);
    const first = openReadModels(file(), [model('name'), model('other')]);
    await first.start(store);
    expect(first.get('name', 't1', 'a')).toEqual({ id: 'a', name: 'Alpha', shape: 1 });
    await first.close();
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const reopen = async (projectors: Projector[]) => {
    const models = openReadModels(file(), projectors);
    const kept = models.get('name', 't1', 'a');
    await models.start(store);
    const after = models.get('name', 't1', 'a');
    await models.close();
    return { kept, after };
  };

  it('given the same models in another order, when it opens again, then the stored rows are kept', async () => {
    const { kept } = await reopen([model('other'), model('name')]);
    expect(kept).toEqual({ id: 'a', name: 'Alpha', shape: 1 });
  });

  it('given a model whose version was raised, when it opens again, then the rows are rebuilt in the new shape', async () => {
    const { kept, after } = await reopen([model('name', 2), model('other')]);
    expect(kept).toBeNull();
    expect(after).toEqual({ id: 'a', name: 'Alpha', shape: 2 });
  });
});
