// The tenant's history as an append-only RFC 9162 Merkle log: one leaf per sealed event, in the
// store's order, holding that event's chain hash. A checkpoint signs (size, root) of this log, so a
// witness that kept an earlier checkpoint can check with a consistency proof that a later one only
// appended to it: an edited, removed or reordered event anywhere below the old size breaks the proof.
import { createHash } from 'node:crypto';

const LEAF = Buffer.from([0]);
const NODE = Buffer.from([1]);
const HEX64 = /^[0-9a-f]{64}$/;

const sha256 = (...parts: Buffer[]): Buffer => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
};

export const logLeafHash = (eventHash: string): Buffer => sha256(LEAF, Buffer.from(eventHash, 'hex'));
const node = (left: Buffer, right: Buffer): Buffer => sha256(NODE, left, right);

// Largest power of two strictly below n (n > 1).
const split = (n: number): number => {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
};

// MTH over leaf hashes [lo, hi) (RFC 9162 §2.1.1).
const subtree = (leaves: Buffer[], lo: number, hi: number): Buffer => {
  if (hi - lo === 0) return sha256();
  if (hi - lo === 1) return leaves[lo];
  const k = split(hi - lo);
  return node(subtree(leaves, lo, lo + k), subtree(leaves, lo + k, hi));
};

export const logRoot = (eventHashes: string[]): string => subtree(eventHashes.map(logLeafHash), 0, eventHashes.length).toString('hex');

// Keeps the root of a growing log in O(log n) memory: the perfect subtrees of its binary
// decomposition (a "compact range"). Reading the whole history once gives the root at every size.
export type LogAccumulator = { size: number; push(eventHash: string): void; root(): string };

export const logAccumulator = (): LogAccumulator => {
  const stack: { size: number; hash: Buffer }[] = [];
  let size = 0;
  return {
    get size() {
      return size;
    },
    push(eventHash) {
      let top = { size: 1, hash: logLeafHash(eventHash) };
      while (stack.length && stack[stack.length - 1].size === top.size) {
        const left = stack.pop()!;
        top = { size: left.size * 2, hash: node(left.hash, top.hash) };
      }
      stack.push(top);
      size += 1;
    },
    root() {
      if (stack.length === 0) return sha256().toString('hex');
      let h = stack[stack.length - 1].hash;
      for (let i = stack.length - 2; i >= 0; i--) h = node(stack[i].hash, h);
      return h.toString('hex');
    },
  };
};

// The log's leaves hashed once, each subtree hashed once: consistency proofs between any sizes
// (a witness download proves every checkpoint against the one before it).
export type LogTree = { size: number; root(size: number): string; consistency(m: number, n: number): string[] };

export const logTree = (eventHashes: string[]): LogTree => {
  const leaves = eventHashes.map(logLeafHash);
  const memo = new Map<string, Buffer>();
  const hash = (lo: number, hi: number): Buffer => {
    if (hi - lo === 0) return sha256();
    if (hi - lo === 1) return leaves[lo];
    const key = `${lo}:${hi}`;
    let h = memo.get(key);
    if (!h) memo.set(key, (h = node(hash(lo, lo + split(hi - lo)), hash(lo + split(hi - lo), hi))));
    return h;
  };
  // RFC 9162 §2.1.4.1 SUBPROOF: proves the first m leaves are a prefix of the first n
  const sub = (m: number, lo: number, hi: number, whole: boolean): Buffer[] => {
    if (m === hi - lo) return whole ? [] : [hash(lo, hi)];
    const k = split(hi - lo);
    return m <= k ? [...sub(m, lo, lo + k, whole), hash(lo + k, hi)] : [...sub(m - k, lo + k, hi, false), hash(lo, lo + k)];
  };
  return {
    size: leaves.length,
    root: (n) => hash(0, n).toString('hex'),
    consistency: (m, n) => {
      if (!Number.isInteger(m) || !Number.isInteger(n) || m < 1 || m > n || n > leaves.length)
        throw new RangeError(`consistency proof needs 1 <= m (${m}) <= n (${n}) <= ${leaves.length}`);
      return sub(m, 0, n, true).map((b) => b.toString('hex'));
    },
  };
};

export const consistencyProof = (eventHashes: string[], m: number): string[] => logTree(eventHashes).consistency(m, eventHashes.length);

// RFC 9162 §2.1.4.2: is the log of size `second` with `secondRoot` an extension of the log of size
// `first` with `firstRoot`? Pure arithmetic on the proof; no leaves needed.
export const verifyConsistency = (first: number, second: number, firstRoot: string, secondRoot: string, proof: string[]): boolean => {
  if (!Number.isInteger(first) || !Number.isInteger(second) || first < 1 || first > second) return false;
  if (!HEX64.test(firstRoot) || !HEX64.test(secondRoot) || !proof.every((p) => HEX64.test(p))) return false;
  if (first === second) return proof.length === 0 && firstRoot === secondRoot;
  const path: Buffer[] = proof.map((p) => Buffer.from(p, 'hex'));
  // a first size that is a power of two is its own subtree: the proof leaves its root out
  if ((first & (first - 1)) === 0) path.unshift(Buffer.from(firstRoot, 'hex'));
  if (path.length === 0) return false;
  let fn = first - 1;
  let sn = second - 1;
  while (fn % 2 === 1) {
    fn >>= 1;
    sn >>= 1;
  }
  let fr: Buffer = path[0];
  let sr: Buffer = path[0];
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = node(c, fr);
      sr = node(c, sr);
      while (fn % 2 === 0 && fn !== 0) {
        fn >>= 1;
        sn >>= 1;
      }
    } else {
      sr = node(sr, c);
    }
    fn >>= 1;
    sn >>= 1;
  }
  return sn === 0 && fr.toString('hex') === firstRoot && sr.toString('hex') === secondRoot;
};
