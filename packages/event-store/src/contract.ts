// The contract every EventStore adapter must pass. Uses jest globals, so it is not exported from
// index.ts: import it from '@orgledger/event-store/dist/contract' inside a spec.
// Upcasting is the reader's job, not the store's: the upcast case shows the store keeps old shapes as appended.
import { appendAndReadCases } from './contract-cases/append-read';
import { concurrencyCases } from './contract-cases/concurrency';
import type { ContractOptions, MakeStore, StoreHarness } from './contract-cases/fixtures';
import { integrityCases } from './contract-cases/integrity';
import { readAllCases } from './contract-cases/read-all';
import { subscriptionCases } from './contract-cases/subscriptions';
import { upcastOnReadCases, type ReadUpcaster } from './contract-cases/upcasting';

export type { ContractOptions, MakeStore, StoreHarness } from './contract-cases/fixtures';

// `upcast`: the reader the upcast-on-read case uses (a test-only v1 → v2 change unless given).
export function eventStoreContract(name: string, makeStore: MakeStore, options: ContractOptions = {}, upcast?: ReadUpcaster): void {
  describe(`EventStore contract: ${name}`, () => {
    const opened: StoreHarness[] = [];
    const open = async (storeOptions: { maxEventBytes?: number } = {}) => {
      const harness = await makeStore(storeOptions);
      opened.push(harness);
      return harness;
    };

    afterEach(async () => {
      const harnesses = opened.splice(0);
      for (const harness of harnesses) await harness.cleanup();
    });

    const context = { open, options };
    describe('append and readStream', () => appendAndReadCases(context));
    describe('readAll', () => readAllCases(context));
    describe('subscribe', () => subscriptionCases(context));
    describe('concurrent writers', () => concurrencyCases(context));
    describe('idempotency, limits, durability and the hash chain', () => integrityCases(context));
    describe('upcast on read', () => upcastOnReadCases(context, upcast));
  });
}
