// The shared contract against the KurrentDB adapter: the real client over real gRPC, first to the
// in-process test server (a new one per test), then to a real server when KURRENTDB_URL is set.
import { startTestServer } from '@orgledger/kurrentdb-test-server';
import { eventStoreContract, type ContractOptions, type MakeStore } from '../contract';
import { openKurrentDbEventStore } from './kurrentdb-event-store';

// Every call crosses gRPC (reads through the client's Rust bridge), on 2 shared cores: the 2,400-event
// readAll case needs more than jest's default 5 s there.
jest.setTimeout(30_000);

const throughTestServer =
  (batchAppend: boolean): MakeStore =>
  async ({ maxEventBytes }) => {
    const server = await startTestServer({ port: 0, batchAppend });
    const open = () => openKurrentDbEventStore({ connectionString: server.url, maxEventBytes });
    let current = open();
    return {
      store: current,
      // a new client on the same server: what survives is what the server stored
      reopen: async () => {
        await current.close();
        current = open();
        return current;
      },
      cleanup: async () => {
        await current.close();
        await server.stop();
      },
    };
  };

// KurrentDB positions are log byte offsets (ordered, with gaps), and ids are unique per stream only.
const kurrentOptions: ContractOptions = { idempotencyPerStreamOnly: true };

// BatchAppend is what every production server advertises; Append is the client's fallback path.
eventStoreContract('kurrentdb via the test server (BatchAppend)', throughTestServer(true), kurrentOptions);
eventStoreContract('kurrentdb via the test server (Append)', throughTestServer(false), kurrentOptions);

const realServer = process.env.KURRENTDB_URL;
if (realServer) {
  eventStoreContract(
    'kurrentdb (real server at KURRENTDB_URL)',
    async ({ maxEventBytes }) => {
      const open = () => openKurrentDbEventStore({ connectionString: realServer, maxEventBytes });
      let current = open();
      return {
        store: current,
        reopen: async () => {
          await current.close();
          current = open();
          return current;
        },
        cleanup: () => current.close(),
      };
    },
    // a real server keeps earlier runs' events and answers over the network
    { ...kurrentOptions, sharedStore: true, timeoutMs: 120_000 },
  );
} else {
  describe('EventStore contract: kurrentdb (real server)', () => {
    it('is reported as not run because KURRENTDB_URL is unset', () => {
      console.log('real KurrentDB contract not run: KURRENTDB_URL unset');
      expect(process.env.KURRENTDB_URL).toBeUndefined();
    });
  });
}
