import { createHash } from 'node:crypto';
import { GENESIS_HASH, canonicalJson, eventHash } from './hash-chain';

// computed independently: Python json.dumps(sort_keys=True, separators=(',', ':'), ensure_ascii=False) + sha256
const PINNED_HASH = '31bb1987c4cb94a45de47d2f752f4e17a6d861f4029c4c4c53b74c14a9c11ee4';

const fields = {
  streamName: 'fteDeal-acme_d1',
  revision: 0n,
  eventId: '0195f0a4-7d2e-7c3a-9b1e-4f2a6c8d0e11',
  type: 'FteDealProposed',
  data: { serviceId: 'svc-waste', releasedFte: 600, dealId: 'd1' },
  metadata: { tenantId: 'acme', occurredAt: '2025-03-14T09:30:00.000Z', actor: { userId: 'u1', role: 'consultant', displayName: 'Priya Shah' } },
};

describe('canonicalJson', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'é' } })).toBe('{"a":{"c":"é","d":[3,{"y":null,"z":true}]},"b":1}');
  });

  it('writes bigint as a decimal string and keeps array order', () => {
    expect(canonicalJson({ pence: 12345678901234567890n, list: [3, 1, 2] })).toBe('{"list":[3,1,2],"pence":"12345678901234567890"}');
  });

  it('gives the same text for the same content whatever the key order', () => {
    expect(canonicalJson({ x: 1, y: { b: 2, a: 1 } })).toBe(canonicalJson({ y: { a: 1, b: 2 }, x: 1 }));
  });

  it.each([
    ['undefined', { a: undefined }, '$.a'],
    ['NaN', { a: [1, Number.NaN] }, '$.a[1]'],
    ['Infinity', { a: Number.POSITIVE_INFINITY }, '$.a'],
    ['a function', { a: { f: () => 1 } }, '$.a.f'],
    ['a Date', { when: new Date(0) }, '$.when'],
  ])('refuses %s and names where it is', (_, value, path) => {
    expect(() => canonicalJson(value)).toThrow(path);
  });
});

describe('eventHash', () => {
  it('is the SHA-256 of the canonical JSON of the chained fields plus prevHash', () => {
    const expected = createHash('sha256')
      .update(canonicalJson({ ...fields, prevHash: GENESIS_HASH }))
      .digest('hex');
    expect(eventHash(GENESIS_HASH, fields)).toBe(expected);
  });

  it('is pinned, so every adapter and every release chains identically', () => {
    expect(GENESIS_HASH).toBe('0'.repeat(64));
    expect(eventHash(GENESIS_HASH, fields)).toBe(PINNED_HASH);
  });

  it('changes when any chained field or the previous hash changes', () => {
    const base = eventHash(GENESIS_HASH, fields);
    expect(eventHash('1'.repeat(64), fields)).not.toBe(base);
    expect(eventHash(GENESIS_HASH, { ...fields, revision: 1n })).not.toBe(base);
    expect(eventHash(GENESIS_HASH, { ...fields, data: { ...fields.data, releasedFte: 601 } })).not.toBe(base);
    expect(eventHash(GENESIS_HASH, { ...fields, metadata: { ...fields.metadata, reason: 'x' } })).not.toBe(base);
  });

  it('refuses metadata that carries hash fields', () => {
    expect(() => eventHash(GENESIS_HASH, { ...fields, metadata: { ...fields.metadata, prevHash: GENESIS_HASH } })).toThrow('hash field');
  });
});
