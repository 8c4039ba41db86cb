// One contract for every KeyStateStore adapter. `open` may be called more than once: each call is
// another process or replica on the same storage, and they must not lose each other's updates.
import type { KeyStateStore } from './key-state-store';

export type KeyStateHarness = { open(): KeyStateStore; cleanup(): Promise<void> };

type Counter = { n: number };
const increment = (current: Counter | null) => ({ next: { n: (current?.n ?? 0) + 1 }, result: (current?.n ?? 0) + 1 });

export const keyStateContract = (name: string, makeHarness: () => Promise<KeyStateHarness>) =>
  describe(`KeyStateStore contract: ${name}`, () => {
    let harness: KeyStateHarness;
    let stores: KeyStateStore[];
    beforeEach(async () => {
      harness = await makeHarness();
      stores = [harness.open(), harness.open()];
    });
    afterEach(async () => {
      await Promise.all(stores.map((s) => s.close()));
      await harness.cleanup();
    });

    it('reads null for a key never written, then the value last written', async () => {
      expect(await stores[0].read('email:nobody@example.org')).toBeNull();
      await stores[0].update('email:nobody@example.org', () => ({ next: { n: 7 }, result: null }));
      expect(await stores[1].read('email:nobody@example.org')).toEqual({ n: 7 });
    });

    it('writes nothing when the change returns no next value, and hands back its result', async () => {
      await stores[0].update('k', () => ({ next: { n: 1 }, result: null }));
      expect(await stores[0].update('k', (c: Counter | null) => ({ result: `saw ${c?.n}` }))).toBe('saw 1');
      expect(await stores[1].read('k')).toEqual({ n: 1 });
    });

    it('keeps keys apart', async () => {
      await stores[0].update('a', increment);
      await stores[0].update('b', increment);
      await stores[0].update('b', increment);
      expect([await stores[0].read('a'), await stores[0].read('b')]).toEqual([{ n: 1 }, { n: 2 }]);
    });

    it('loses no update when two processes or replicas change one key at the same time', async () => {
      const results = await Promise.all(Array.from({ length: 30 }, (_, i) => stores[i % 2].update('hot', increment)));
      expect(await stores[0].read('hot')).toEqual({ n: 30 });
      // each change saw a different value: none ran on a stale one and won
      expect(new Set(results).size).toBe(30);
    });

    it('lets exactly one of many racing reservations take a free slot', async () => {
      type Slot = { holder: string | null };
      const take = (id: string) => (current: Slot | null) => (current?.holder ? { result: false } : { next: { holder: id }, result: true });
      const won = await Promise.all(Array.from({ length: 20 }, (_, i) => stores[i % 2].update(`slot`, take(`r${i}`))));
      expect(won.filter(Boolean)).toHaveLength(1);
    });
  });
