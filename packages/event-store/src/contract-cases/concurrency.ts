import { EventStoreError, type AppendResult, type ExpectedRevision } from '../event-store';
import { collect, dealStream, delay, expectStrictlyIncreasing, fteDealProposed, newTenant, revisions, type ContractContext } from './fixtures';

export const concurrencyCases = ({ open, options }: ContractContext) => {
  it('lets exactly one of several writers with the same expected revision win, revision after revision', async () => {
    const { store } = await open();
    const tenant = newTenant();
    const stream = dealStream(tenant, 'contested');
    const rounds = 10;
    const writers = 8;
    const winners: string[] = [];
    for (let round = 0; round < rounds; round += 1) {
      const expectedRevision: ExpectedRevision = round === 0 ? 'no_stream' : BigInt(round - 1);
      const attempts = Array.from({ length: writers }, (_, w) => fteDealProposed(tenant, 'contested', round * 100 + w));
      // some writers start in the same tick, others a little later: both must be serialised
      const outcomes = await Promise.allSettled(
        attempts.map(async (event, w) => {
          if (w % 3 === 1) await delay(w);
          return store.append(stream, [event], { expectedRevision });
        }),
      );
      const won = outcomes.flatMap((o, w) => (o.status === 'fulfilled' ? [{ result: o.value, eventId: attempts[w].eventId }] : []));
      const lost = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as unknown] : []));
      expect(won).toHaveLength(1);
      expect(won[0].result.nextExpectedRevision).toBe(BigInt(round));
      expect(lost).toHaveLength(writers - 1);
      for (const error of lost) {
        expect(error).toBeInstanceOf(EventStoreError);
        expect((error as EventStoreError).code).toBe('WRONG_EXPECTED_REVISION');
        expect((error as EventStoreError).details).toEqual({ stream, expected: expectedRevision, actual: BigInt(round) });
      }
      winners.push(won[0].eventId);
    }
    const stored = await store.readStream(stream);
    expect(stored.map((e) => e.eventId)).toEqual(winners);
    expect(revisions(stored)).toEqual(Array.from({ length: rounds }, (_, i) => BigInt(i)));
  });

  it(
    'keeps every append of 16 concurrent writers to different streams, with strictly increasing positions',
    async () => {
      const { store } = await open();
      const tenant = newTenant();
      const writers = 16;
      const appendsEach = 50;
      const results: AppendResult[][] = await Promise.all(
        Array.from({ length: writers }, async (_, w) => {
          const mine: AppendResult[] = [];
          for (let i = 0; i < appendsEach; i += 1) {
            const expectedRevision: ExpectedRevision = i === 0 ? 'no_stream' : BigInt(i - 1);
            mine.push(await store.append(dealStream(tenant, `w${w}`), [fteDealProposed(tenant, `w${w}`, i)], { expectedRevision }));
          }
          return mine;
        }),
      );

      const all = await collect(store.readAll({ filter: { tenantId: tenant } }));
      expect(all).toHaveLength(writers * appendsEach);
      expectStrictlyIncreasing(all);
      const positions = results.flat().map((r) => r.position.commit);
      expect(new Set(positions).size).toBe(writers * appendsEach);
      // each writer's own appends come back in the order it made them
      for (const [w, mine] of results.entries()) {
        expect(mine.map((r) => r.nextExpectedRevision)).toEqual(Array.from({ length: appendsEach }, (_, i) => BigInt(i)));
        const stream = await store.readStream(dealStream(tenant, `w${w}`));
        expect(stream.map((e) => e.data.releasedFte)).toEqual(Array.from({ length: appendsEach }, (_, i) => i));
        expect(stream.map((e) => e.position)).toEqual(mine.map((r) => r.position));
      }
    },
    options.timeoutMs ?? 20_000,
  );
};
