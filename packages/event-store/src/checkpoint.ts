// Sealed checkpoints: a signed commitment to every stream head of a tenant. A chain alone cannot
// show that a whole stream (or a stream's last events) was removed; a checkpoint can.
// The commitment is an RFC 9162 Merkle tree over the heads sorted by stream name, so an export can
// carry inclusion proofs for its own streams without revealing the others.
import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { canonicalJson } from './hash-chain';

export const CHECKPOINT_FORMAT = 'orgledger-checkpoint/1';
// /2 adds `logRoot`: the root of the tenant log (log-tree.ts) of `events` leaves, so that a witness
// can check that each checkpoint extends the last one it saw. Checkpoints sealed as /1 stay /1.
export const CHECKPOINT_FORMAT_V2 = 'orgledger-checkpoint/2';
// One stream per tenant holds its checkpoints: `audit-<tenantId>_<tenantId>`.
export const CHECKPOINT_CATEGORY = 'audit';
export const CHECKPOINT_EVENT_TYPE = 'AuditCheckpointSealed';

// authorityId is kept for display (which authority's stream it is) and is not part of the leaf.
export type StreamHead = { streamName: string; revision: string; hash: string; authorityId?: string };

// What is signed. `upTo` is the store position (positionToString) of the last event covered.
export type CheckpointBody = {
  format: typeof CHECKPOINT_FORMAT | typeof CHECKPOINT_FORMAT_V2;
  tenantId: string;
  sequence: number;
  sealedAt: string;
  upTo: string;
  streams: number;
  events: number;
  root: string;
  logRoot?: string; // /2 only
  keyId: string;
};

export type SignedCheckpoint = { body: CheckpointBody; signature: string };

const sha256 = (...parts: Buffer[]): Buffer => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
};
const LEAF = Buffer.from([0]);
const NODE = Buffer.from([1]);

export const sortHeads = (heads: StreamHead[]): StreamHead[] =>
  [...heads].sort((a, b) => (a.streamName < b.streamName ? -1 : a.streamName > b.streamName ? 1 : 0));

export const leafHash = (head: StreamHead): Buffer =>
  sha256(LEAF, Buffer.from(canonicalJson({ streamName: head.streamName, revision: head.revision, hash: head.hash }), 'utf8'));

// Largest power of two strictly below n (n > 1).
const split = (n: number): number => {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
};

const treeHash = (leaves: Buffer[]): Buffer => {
  if (leaves.length === 0) return sha256();
  if (leaves.length === 1) return leaves[0];
  const k = split(leaves.length);
  return sha256(NODE, treeHash(leaves.slice(0, k)), treeHash(leaves.slice(k)));
};

// Heads must already be sorted (sortHeads); the root is hex.
export const merkleRoot = (sortedHeads: StreamHead[]): string => treeHash(sortedHeads.map(leafHash)).toString('hex');

// RFC 9162 §2.1.3.1 audit path for leaf `index`, as hex hashes from the leaf upwards.
export const inclusionProof = (sortedHeads: StreamHead[], index: number): string[] => {
  const path = (i: number, leaves: Buffer[]): Buffer[] => {
    if (leaves.length <= 1) return [];
    const k = split(leaves.length);
    return i < k ? [...path(i, leaves.slice(0, k)), treeHash(leaves.slice(k))] : [...path(i - k, leaves.slice(k)), treeHash(leaves.slice(0, k))];
  };
  return path(index, sortedHeads.map(leafHash)).map((b) => b.toString('hex'));
};

// The tree over sorted heads with each subtree hashed once: its root, and audit paths for any
// leaves in O(log n) each (an export proves every stream it carries; inclusionProof is O(n) a call).
export type MerkleTree = { root: string; proofs: (indexes: number[]) => string[][] };

export const merkleTree = (sortedHeads: StreamHead[]): MerkleTree => {
  const leaves = sortedHeads.map(leafHash);
  const memo = new Map<string, Buffer>();
  const hash = (lo: number, hi: number): Buffer => {
    if (hi - lo === 0) return sha256();
    if (hi - lo === 1) return leaves[lo];
    const key = `${lo}:${hi}`;
    let h = memo.get(key);
    if (!h) {
      const k = split(hi - lo);
      h = sha256(NODE, hash(lo, lo + k), hash(lo + k, hi));
      memo.set(key, h);
    }
    return h;
  };
  const path = (i: number, lo: number, hi: number): Buffer[] => {
    if (hi - lo <= 1) return [];
    const k = split(hi - lo);
    return i < lo + k ? [...path(i, lo, lo + k), hash(lo + k, hi)] : [...path(i, lo + k, hi), hash(lo, lo + k)];
  };
  const root = hash(0, leaves.length).toString('hex');
  return { root, proofs: (indexes) => indexes.map((i) => path(i, 0, leaves.length).map((b) => b.toString('hex'))) };
};

// RFC 9162 §2.1.3.2: does `head` sit at `index` of a tree of `size` leaves with this root?
export const verifyInclusion = (head: StreamHead, index: number, size: number, proof: string[], root: string): boolean => {
  if (!Number.isInteger(index) || !Number.isInteger(size) || index < 0 || index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r = leafHash(head);
  for (const hex of proof) {
    if (sn === 0 || !/^[0-9a-f]{64}$/.test(hex)) return false;
    const p = Buffer.from(hex, 'hex');
    if (fn % 2 === 1 || fn === sn) {
      r = sha256(NODE, p, r);
      while (fn % 2 === 0 && fn !== 0) {
        fn >>= 1;
        sn >>= 1;
      }
    } else {
      r = sha256(NODE, r, p);
    }
    fn >>= 1;
    sn >>= 1;
  }
  return sn === 0 && r.toString('hex') === root;
};

export const checkpointBytes = (body: CheckpointBody): Buffer => Buffer.from(canonicalJson(body), 'utf8');

// Short, stable name of a public key: lets a verifier pick the right key after a rotation.
export const keyIdOf = (publicKey: KeyObject | string): string =>
  createHash('sha256')
    .update(toPublicKey(publicKey).export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 16);

export const toPublicKey = (key: KeyObject | string): KeyObject => (typeof key === 'string' ? createPublicKey(key) : key);

// Ed25519 (no digest argument: the algorithm hashes internally).
export const signCheckpoint = (body: CheckpointBody, privateKey: KeyObject): SignedCheckpoint => ({
  body,
  signature: sign(null, checkpointBytes(body), privateKey).toString('base64'),
});

export const checkpointSignatureValid = (checkpoint: SignedCheckpoint, publicKey: KeyObject | string): boolean => {
  try {
    const key = toPublicKey(publicKey);
    if (key.asymmetricKeyType !== 'ed25519' || checkpoint.body.keyId !== keyIdOf(key)) return false;
    return verify(null, checkpointBytes(checkpoint.body), key, Buffer.from(checkpoint.signature, 'base64'));
  } catch {
    return false;
  }
};

// What differs between the heads a checkpoint sealed and the heads found now (both sorted).
export const headDifferences = (sealed: StreamHead[], found: StreamHead[]): string[] => {
  const now = new Map(found.map((h) => [h.streamName, h]));
  const out: string[] = [];
  for (const s of sealed) {
    const f = now.get(s.streamName);
    if (!f) out.push(`stream ${s.streamName} (sealed at revision ${s.revision}) is missing`);
    else if (f.revision !== s.revision) out.push(`stream ${s.streamName} was sealed at revision ${s.revision} but ends at revision ${f.revision}`);
    else if (f.hash !== s.hash) out.push(`stream ${s.streamName} revision ${s.revision} has hash ${f.hash}, sealed as ${s.hash}`);
    now.delete(s.streamName);
  }
  for (const f of now.values()) out.push(`stream ${f.streamName} was not sealed by this checkpoint`);
  return out;
};
