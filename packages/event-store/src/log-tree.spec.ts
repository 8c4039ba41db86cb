import { consistencyProof, logAccumulator, logRoot, logTree, verifyConsistency } from './log-tree';
import { sha256Hex } from './hash-chain';

const hashes = (n: number, salt = 'e') => Array.from({ length: n }, (_, i) => sha256Hex(`${salt}${i}`));

describe('the tenant log (RFC 9162 Merkle tree over event hashes)', () => {
  it('has the hash of the empty string as the root of an empty log, and a root that changes with any leaf', () => {
    expect(logRoot([])).toBe(sha256Hex(''));
    const base = hashes(7);
    const edited = base.map((h, i) => (i === 2 ? sha256Hex('edited') : h));
    expect(logRoot(edited)).not.toBe(logRoot(base));
  });

  it('accumulates the same root at every size as a full recomputation', () => {
    const all = hashes(40);
    const acc = logAccumulator();
    all.forEach((h, i) => {
      acc.push(h);
      expect(acc.size).toBe(i + 1);
      expect(acc.root()).toBe(logRoot(all.slice(0, i + 1)));
    });
  });

  // Brute force: for every pair of sizes up to 20, a proof built from the log verifies against the
  // two recomputed roots, and fails against a log whose old part was changed, reordered or cut.
  it('proves every prefix of every log up to 20 events, and nothing else', () => {
    const all = hashes(20);
    const whole = logTree(all); // one tree, proofs between any two sizes: the same proofs
    for (let n = 1; n <= 20; n++) {
      expect(whole.root(n)).toBe(logRoot(all.slice(0, n)));
      for (let m = 1; m <= n; m++) expect(whole.consistency(m, n)).toEqual(consistencyProof(all.slice(0, n), m));
      const log = all.slice(0, n);
      const rootN = logRoot(log);
      for (let m = 1; m <= n; m++) {
        const rootM = logRoot(log.slice(0, m));
        const proof = consistencyProof(log, m);
        expect(verifyConsistency(m, n, rootM, rootN, proof)).toBe(true);
        // an edited old leaf: the old root no longer matches what the new log proves
        const forged = logRoot([...log.slice(0, m - 1), sha256Hex('forged')]);
        expect(verifyConsistency(m, n, forged, rootN, proof)).toBe(false);
        // wrong sizes for the same proof
        if (m < n) expect(verifyConsistency(m + 1, n, logRoot(log.slice(0, m + 1)), rootN, proof)).toBe(m + 1 === n && proof.length === 0);
        if (m > 1 && m < n) expect(verifyConsistency(m, n, rootM, logRoot([...log.slice(0, n - 1), sha256Hex('x')]), proof)).toBe(false);
        // a log whose prefix was rewritten and then extended does not extend the old one
        const rewritten = [sha256Hex('rewritten'), ...log.slice(1)];
        expect(verifyConsistency(m, n, rootM, logRoot(rewritten), consistencyProof(rewritten, m))).toBe(false);
      }
    }
  });

  it('refuses a tampered proof and impossible sizes', () => {
    const log = hashes(13);
    const proof = consistencyProof(log, 6);
    const [a, b] = [logRoot(log.slice(0, 6)), logRoot(log)];
    expect(verifyConsistency(6, 13, a, b, proof)).toBe(true);
    expect(verifyConsistency(6, 13, a, b, [...proof.slice(0, -1), sha256Hex('x')])).toBe(false);
    expect(verifyConsistency(6, 13, a, b, proof.slice(1))).toBe(false);
    expect(verifyConsistency(6, 13, a, b, [...proof, sha256Hex('x')])).toBe(false);
    expect(verifyConsistency(14, 13, a, b, proof)).toBe(false);
    expect(verifyConsistency(0, 13, a, b, proof)).toBe(false);
    expect(verifyConsistency(6, 13, a, b, ['not hex'])).toBe(false);
    expect(() => consistencyProof(log, 14)).toThrow(RangeError);
  });
});
