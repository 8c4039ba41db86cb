import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestServer } from '@orgledger/kurrentdb-test-server';
import { keyStateContract } from './key-state-contract';
import { KEY_STATE_CATEGORY, openKurrentDbKeyStateStore } from './kurrentdb-key-state';
import { openSqliteKeyStateStore } from './sqlite-key-state';
import { openKurrentDbEventStore } from '../kurrentdb/kurrentdb-event-store';

jest.setTimeout(30_000);

// two connections on one file: what two processes on one DATA_DIR would do
keyStateContract('sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'key-state-'));
  return { open: () => openSqliteKeyStateStore(join(dir, 'sign-in-attempts.sqlite')), cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
});

// two clients on one server: two API replicas
keyStateContract('kurrentdb via the test server', async () => {
  const server = await startTestServer({ port: 0 });
  return { open: () => openKurrentDbKeyStateStore({ connectionString: server.url }), cleanup: () => server.stop() };
});

describe('KurrentDB key state beside the event store', () => {
  it('is invisible to readAll, the head position and stream names carry no email', async () => {
    const server = await startTestServer({ port: 0 });
    const keys = openKurrentDbKeyStateStore({ connectionString: server.url });
    const store = openKurrentDbEventStore({ connectionString: server.url });
    try {
      await keys.update('email:someone@example.org', () => ({ next: { n: 1 }, result: null }));
      const seen = [];
      for await (const e of store.readAll()) seen.push(e);
      expect(seen).toEqual([]);
      expect(await store.headPosition()).toBeNull();
      const names = server.log.events.map((e) => e.streamName);
      expect(names.some((n) => n.startsWith(`${KEY_STATE_CATEGORY}-`))).toBe(true);
      // retention asked for in the stream's metadata (the test server stores it, a real one applies it)
      expect(names.some((n) => n.startsWith(`$$${KEY_STATE_CATEGORY}-`))).toBe(true);
      expect(names.join(' ')).not.toContain('someone');
    } finally {
      await keys.close();
      await store.close();
      await server.stop();
    }
  });
});
