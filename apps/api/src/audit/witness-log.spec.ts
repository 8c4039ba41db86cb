import { generateKeyPairSync } from 'node:crypto';
import { CHECKPOINT_FORMAT_V2, keyIdOf, logRoot, logTree, sha256Hex, signCheckpoint, type CheckpointBody } from '@orgledger/event-store';
import { WITNESS_KIND, witnessedCheckpoint, witnessIngest, type WitnessEntry } from './witness-log';

const keys = generateKeyPairSync('ed25519');
const log = Array.from({ length: 30 }, (_, i) => sha256Hex(`event ${i}`));
const body = (sequence: number, events: number, hashes = log): CheckpointBody => ({
  format: CHECKPOINT_FORMAT_V2,
  tenantId: 'acme',
  sequence,
  sealedAt: `2026-03-0${sequence}T10:00:00.000Z`,
  upTo: String(events),
  streams: 3,
  events,
  root: sha256Hex(`heads ${events}`),
  logRoot: logRoot(hashes.slice(0, events)),
  keyId: keyIdOf(keys.publicKey),
});
// as the server publishes them: each with its proof from the one before
const published = (sizes: number[], hashes = log, key = keys.privateKey): WitnessEntry[] =>
  sizes.map((events, i) => ({
    kind: WITNESS_KIND,
    ...signCheckpoint(body(i + 1, events, hashes), key),
    ...(i > 0 && sizes[i - 1] <= events
      ? { consistency: { fromSequence: i, fromSize: sizes[i - 1], proof: logTree(hashes).consistency(sizes[i - 1], events) } }
      : {}),
  }));

describe('witnessIngest', () => {
  it('accepts checkpoints that extend each other, then only new ones', () => {
    const all = published([4, 9, 30]);
    const first = witnessIngest([], all.slice(0, 2), keys.publicKey);
    expect(first).toMatchObject({ accepted: [all[0], all[1]], alreadySeen: 0 });
    expect(first.problem).toBeUndefined();
    expect(witnessIngest(first.accepted, all, keys.publicKey)).toEqual({ accepted: [all[2]], alreadySeen: 2 });
  });

  it('refuses a checkpoint whose proof does not extend the witnessed log (a rewritten old event): FORK', () => {
    const held = published([4, 9]);
    const rewritten = [...log.slice(0, 2), sha256Hex('rewritten'), ...log.slice(3)];
    const next = published([4, 9, 30], rewritten)[2];
    expect(witnessIngest(held, [next], keys.publicKey).problem).toMatchObject({
      kind: 'fork',
      message: expect.stringMatching(/^FORK: checkpoint 3 \(30 events\) does not extend the witnessed checkpoint 2/),
    });
    const { consistency, ...unproven } = next;
    expect(consistency).toBeDefined();
    expect(witnessIngest(held, [unproven as WitnessEntry], keys.publicKey).problem?.message).toMatch(/the consistency proof is missing/);
  });

  it('refuses a gap, a rollback in size, another key and another tenant', () => {
    const all = published([4, 9, 30]);
    expect(witnessIngest([all[0]], [all[2]], keys.publicKey).problem).toMatchObject({
      kind: 'gap',
      message: 'checkpoint 3 follows the witnessed checkpoint 1: checkpoint(s) 2 to 2 are missing from the file',
    });
    const smaller = published([9, 4]);
    expect(witnessIngest([smaller[0]], [smaller[1]], keys.publicKey).problem?.kind).toBe('rollback');
    const forged = published([4], log, generateKeyPairSync('ed25519').privateKey);
    expect(witnessIngest([], forged, keys.publicKey).problem).toMatchObject({ kind: 'signature', message: 'checkpoint 1 is not signed by this audit key' });
    const other = { ...all[0], ...signCheckpoint({ ...all[0].body, tenantId: 'other' }, keys.privateKey) };
    expect(witnessIngest([all[0]], [other], keys.publicKey).problem?.kind).toBe('tenant');
  });

  it('tells verify-export whether a checkpoint is the witnessed one', () => {
    const all = published([4, 9]);
    expect(witnessedCheckpoint(all, all[1])).toBeNull();
    expect(witnessedCheckpoint(all.slice(0, 1), all[1])).toMatch(/newer than the witness log \(which ends at 1\): ingest the latest witness file first/);
    const resealed = signCheckpoint({ ...all[1].body, root: sha256Hex('other') }, keys.privateKey);
    expect(witnessedCheckpoint(all, resealed)).toMatch(/^FORK: the export's checkpoint 2/);
  });
});
