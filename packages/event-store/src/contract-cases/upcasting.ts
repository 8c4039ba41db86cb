import { randomUUID } from 'node:crypto';
import type { RecordedEvent } from '../event-store';
import { collect, dealStream, fteDealProposed, metadata, newTenant, type ContractContext } from './fixtures';

// Upcast on read: the store keeps every event exactly as it was appended, in whatever shape, and
// the reader turns old shapes into today's (the domain's `upcast` in the product). A shape's
// version is `metadata.schemaVersion`, absent meaning 1, so the store needs to know nothing of it.
export type ReadUpcaster = (event: RecordedEvent) => { type: string; data: unknown };

// Test-only shape change: FteDealProposed v1 held { releasedFte, budgetPence }; v2 holds { release: { fte, pence } }.
type ProposedV1 = { dealId: string; releasedFte: number; budgetPence: number };
export const proposedV1ToV2: ReadUpcaster = (event) => {
  if (event.type !== 'FteDealProposed' || event.metadata.schemaVersion === 2) return { type: event.type, data: event.data };
  const { dealId, releasedFte, budgetPence } = event.data as ProposedV1;
  return { type: event.type, data: { dealId, release: { fte: releasedFte, pence: budgetPence } } };
};

export const upcastOnReadCases = ({ open }: ContractContext, upcast: ReadUpcaster = proposedV1ToV2) => {
  it('keeps an old shape as appended, and the reader upcasts it: v1 and v2 both arrive in the v2 shape', async () => {
    const { store } = await open();
    const tenant = newTenant();
    const stream = dealStream(tenant, 'deal-shapes');
    const v1 = fteDealProposed(tenant, 'deal-shapes', 600);
    const v2 = {
      ...v1,
      eventId: randomUUID(),
      data: { dealId: 'deal-shapes', release: { fte: 400, pence: 16_500_000 } },
      metadata: metadata(tenant, { schemaVersion: 2 }),
    };
    await store.append(stream, [v1, v2], { expectedRevision: 'no_stream' });

    const stored = await store.readStream(stream);
    // the store changed nothing: the old shape and its (absent) version are as appended
    expect(stored.map((e) => [e.data, e.metadata.schemaVersion])).toEqual([
      [v1.data, undefined],
      [v2.data, 2],
    ]);
    const expected = [
      { type: 'FteDealProposed', data: { dealId: 'deal-shapes', release: { fte: 600, pence: 24_750_000 } } },
      { type: 'FteDealProposed', data: { dealId: 'deal-shapes', release: { fte: 400, pence: 16_500_000 } } },
    ];
    expect(stored.map(upcast)).toEqual(expected);
    expect((await collect(store.readAll({ filter: { tenantId: tenant } }))).map(upcast)).toEqual(expected);
  });
};
