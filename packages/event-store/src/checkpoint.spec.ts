import { generateKeyPairSync } from 'node:crypto';
import {
  CHECKPOINT_FORMAT,
  checkpointSignatureValid,
  headDifferences,
  inclusionProof,
  merkleTree,
  keyIdOf,
  merkleRoot,
  signCheckpoint,
  sortHeads,
  verifyInclusion,
  type CheckpointBody,
  type StreamHead,
} from './checkpoint';
import { sha256Hex } from './hash-chain';

const head = (i: number): StreamHead => ({ streamName: `fteDeals-acme_s${String(i).padStart(3, '0')}`, revision: String(i % 7), hash: sha256Hex(`h${i}`) });
const heads = (n: number) => sortHeads(Array.from({ length: n }, (_, i) => head(i)));
const keys = () => generateKeyPairSync('ed25519');

describe('merkle root over stream heads', () => {
  it('is the RFC 9162 hash of the empty string for no heads, and changes with any head', () => {
    expect(merkleRoot([])).toBe(sha256Hex(''));
    expect(merkleTree([]).root).toBe(sha256Hex(''));
    const base = heads(5);
    const edited = base.map((h, i) => (i === 3 ? { ...h, revision: '99' } : h));
    expect(merkleRoot(edited)).not.toBe(merkleRoot(base));
    expect(merkleRoot(base.slice(0, 4))).not.toBe(merkleRoot(base));
  });

  it.each([1, 2, 3, 5, 8, 13, 64, 100])('proves the inclusion of every one of %i heads, and of no altered head', (n) => {
    const sorted = heads(n);
    const root = merkleRoot(sorted);
    sorted.forEach((h, i) => {
      const proof = inclusionProof(sorted, i);
      expect(verifyInclusion(h, i, n, proof, root)).toBe(true);
      expect(verifyInclusion({ ...h, hash: sha256Hex('other') }, i, n, proof, root)).toBe(false);
      if (n > 1) expect(verifyInclusion(h, (i + 1) % n, n, proof, root)).toBe(false);
    });
    const all = sorted.map((_, i) => i);
    const tree = merkleTree(sorted);
    expect(tree.root).toBe(root);
    expect(tree.proofs(all)).toEqual(all.map((i) => inclusionProof(sorted, i)));
  });
});

describe('signed checkpoints', () => {
  const body = (keyId: string): CheckpointBody => ({
    format: CHECKPOINT_FORMAT,
    tenantId: 'acme',
    sequence: 1,
    sealedAt: '2026-03-01T10:00:00.000Z',
    upTo: '42:42',
    streams: 3,
    events: 42,
    root: merkleRoot(heads(3)),
    keyId,
  });

  it('verifies with the signing key and with no other key or other body', () => {
    const { privateKey, publicKey } = keys();
    const signed = signCheckpoint(body(keyIdOf(publicKey)), privateKey);
    expect(checkpointSignatureValid(signed, publicKey)).toBe(true);
    expect(checkpointSignatureValid(signed, publicKey.export({ type: 'spki', format: 'pem' }) as string)).toBe(true);
    expect(checkpointSignatureValid(signed, keys().publicKey)).toBe(false);
    expect(checkpointSignatureValid({ ...signed, body: { ...signed.body, events: 41 } }, publicKey)).toBe(false);
  });
});

describe('headDifferences', () => {
  it('names a missing stream, a shorter stream and an unsealed stream', () => {
    const sealed = heads(3);
    const found = [{ ...sealed[1], revision: '0' }, head(9)];
    expect(headDifferences(sealed, sortHeads(found))).toEqual([
      `stream ${sealed[0].streamName} (sealed at revision ${sealed[0].revision}) is missing`,
      `stream ${sealed[1].streamName} was sealed at revision ${sealed[1].revision} but ends at revision 0`,
      `stream ${sealed[2].streamName} (sealed at revision ${sealed[2].revision}) is missing`,
      `stream ${head(9).streamName} was not sealed by this checkpoint`,
    ]);
  });
});
