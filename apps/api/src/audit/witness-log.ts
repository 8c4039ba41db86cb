// The witness log: every checkpoint a tenant's server has published, as its auditors keep it
// outside the server. The server proves each checkpoint extends the one before it (RFC 9162
// consistency proof over the tenant log); a witness that holds checkpoint k accepts k+1 only with
// a proof against the root it already holds. A rewritten history can then be re-signed, but never
// shown to a witness as a continuation of what it saw: that is a fork, or a rollback.
import type { KeyObject } from 'node:crypto';
import {
  canonicalJson,
  checkpointSignatureValid,
  isSealed,
  logTree,
  readCheckpoints,
  verifyConsistency,
  type EventStore,
  type SignedCheckpoint,
} from '@orgledger/event-store';

export const WITNESS_KIND = 'orgledger-witness/1';

// `consistency`: from the previous checkpoint (by sequence) to this one, when both sign a log root.
export type WitnessEntry = SignedCheckpoint & { kind: typeof WITNESS_KIND; consistency?: { fromSequence: number; fromSize: number; proof: string[] } };

// What the server publishes for a tenant: its checkpoints from sequence `since` + 1 on, and always
// its newest (so that a witness sees a rollback below what it holds), each with its proof against
// the one before. Proofs come from the store as it is now, so they only verify
// against roots a witness holds if nothing below them was changed.
export const witnessEntries = async (store: EventStore, tenantId: string, since = 0): Promise<WitnessEntry[]> => {
  const checkpoints = (await readCheckpoints(store, tenantId)).sort((a, b) => a.body.sequence - b.body.sequence);
  const hashes: string[] = [];
  for await (const e of store.readAll({ filter: { tenantId } })) if (isSealed(e)) hashes.push(e.hash);
  const tree = logTree(hashes);
  const out: WitnessEntry[] = [];
  checkpoints.forEach((cp, i) => {
    if (cp.body.sequence <= since && i !== checkpoints.length - 1) return;
    const prev = checkpoints[i - 1];
    const entry: WitnessEntry = { kind: WITNESS_KIND, body: cp.body, signature: cp.signature };
    const provable = prev?.body.logRoot && cp.body.logRoot && prev.body.events >= 1 && prev.body.events <= cp.body.events && cp.body.events <= tree.size;
    if (provable)
      entry.consistency = { fromSequence: prev.body.sequence, fromSize: prev.body.events, proof: tree.consistency(prev.body.events, cp.body.events) };
    out.push(entry);
  });
  return out;
};

export const toJsonLines = (entries: WitnessEntry[]): string => entries.map((e) => JSON.stringify(e) + '\n').join('');

export class WitnessFileError extends Error {}

export const parseWitnessFile = (text: string, what: string): WitnessEntry[] =>
  text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((line, i) => {
      let entry: WitnessEntry;
      try {
        entry = JSON.parse(line) as WitnessEntry;
      } catch {
        throw new WitnessFileError(`${what}: line ${i + 1} is not JSON`);
      }
      if (entry?.kind !== WITNESS_KIND || typeof entry.body?.sequence !== 'number' || typeof entry.signature !== 'string') {
        throw new WitnessFileError(`${what}: line ${i + 1} is not a witnessed checkpoint (${WITNESS_KIND})`);
      }
      return entry;
    });

const same = (a: SignedCheckpoint, b: SignedCheckpoint) => canonicalJson(a.body) === canonicalJson(b.body);

// fork: two checkpoints of one sequence differ; rollback: a checkpoint that does not extend the last.
export type WitnessVerdict = {
  accepted: WitnessEntry[];
  alreadySeen: number;
  problem?: { kind: 'fork' | 'rollback' | 'gap' | 'signature' | 'tenant'; message: string };
};

// Checks `incoming` against what the witness `held` (oldest first); accepts all or nothing.
export const witnessIngest = (held: WitnessEntry[], incoming: WitnessEntry[], publicKey: KeyObject | string): WitnessVerdict => {
  const bySequence = new Map(held.map((e) => [e.body.sequence, e]));
  const accepted: WitnessEntry[] = [];
  let last = held[held.length - 1];
  let alreadySeen = 0;
  const refuse = (kind: NonNullable<WitnessVerdict['problem']>['kind'], message: string): WitnessVerdict => ({
    accepted: [],
    alreadySeen,
    problem: { kind, message },
  });
  const tenantId = held[0]?.body.tenantId ?? incoming[0]?.body.tenantId;
  for (const cp of [...incoming].sort((a, b) => a.body.sequence - b.body.sequence)) {
    const { sequence, events, logRoot } = cp.body;
    if (cp.body.tenantId !== tenantId)
      return refuse('tenant', `checkpoint ${sequence} is of tenant ${cp.body.tenantId}, but this witness log is of tenant ${tenantId}`);
    if (!checkpointSignatureValid(cp, publicKey)) return refuse('signature', `checkpoint ${sequence} is not signed by this audit key`);
    const seen = bySequence.get(sequence);
    if (seen) {
      if (!same(seen, cp)) {
        return refuse(
          'fork',
          `FORK: checkpoint ${sequence} differs from the one already witnessed (root ${cp.body.root}, log root ${logRoot ?? 'none'} over ${events} events; witnessed root ${seen.body.root}, log root ${seen.body.logRoot ?? 'none'} over ${seen.body.events} events, sealed at ${seen.body.sealedAt}): history was rewritten and re-sealed`,
        );
      }
      alreadySeen += 1;
      continue;
    }
    if (last && sequence < last.body.sequence)
      return refuse('gap', `checkpoint ${sequence} is older than the witnessed checkpoint ${last.body.sequence} but was never witnessed`);
    if (last && sequence !== last.body.sequence + 1)
      return refuse(
        'gap',
        `checkpoint ${sequence} follows the witnessed checkpoint ${last.body.sequence}: checkpoint(s) ${last.body.sequence + 1} to ${sequence - 1} are missing from the file`,
      );
    if (last && events < last.body.events)
      return refuse(
        'rollback',
        `ROLLBACK: checkpoint ${sequence} seals ${events} events, fewer than the ${last.body.events} of the witnessed checkpoint ${last.body.sequence}`,
      );
    if (last?.body.logRoot && logRoot) {
      const proof = cp.consistency;
      const proven =
        proof &&
        proof.fromSequence === last.body.sequence &&
        proof.fromSize === last.body.events &&
        verifyConsistency(last.body.events, events, last.body.logRoot, logRoot, proof.proof);
      if (!proven) {
        return refuse(
          'fork',
          `FORK: checkpoint ${sequence} (${events} events) does not extend the witnessed checkpoint ${last.body.sequence} (${last.body.events} events, log root ${last.body.logRoot}): the consistency proof ${proof ? 'does not verify' : 'is missing'}, so events it had sealed were changed, removed or reordered`,
        );
      }
    } else if (last?.body.logRoot && !logRoot)
      return refuse('rollback', `ROLLBACK: checkpoint ${sequence} has no log root after the witnessed checkpoint ${last.body.sequence} had one`);
    accepted.push(cp);
    bySequence.set(sequence, cp);
    last = cp;
  }
  // the server's newest checkpoint is older than one already witnessed: checkpoints were removed
  const newest = Math.max(...incoming.map((e) => e.body.sequence));
  const heldNewest = held[held.length - 1]?.body.sequence ?? 0;
  if (incoming.length && newest < heldNewest)
    return refuse('rollback', `ROLLBACK: the server's newest checkpoint is ${newest}, but checkpoint ${heldNewest} was already witnessed`);
  if (!incoming.length && held.length) return refuse('rollback', 'ROLLBACK: the server published no checkpoint, but this witness log holds some');
  return { accepted, alreadySeen };
};

// For verify-export: is this checkpoint the one the witness holds under its sequence?
export const witnessedCheckpoint = (held: WitnessEntry[], cp: SignedCheckpoint): string | null => {
  const seen = held.find((e) => e.body.sequence === cp.body.sequence);
  const newest = held[held.length - 1]?.body.sequence ?? 0;
  if (!seen) {
    return cp.body.sequence > newest
      ? `the export's checkpoint ${cp.body.sequence} is newer than the witness log (which ends at ${newest}): ingest the latest witness file first`
      : `the export's checkpoint ${cp.body.sequence} is not in the witness log`;
  }
  if (seen.body.tenantId !== cp.body.tenantId) return `the witness log is of tenant ${seen.body.tenantId}, the export of tenant ${cp.body.tenantId}`;
  return same(seen, cp)
    ? null
    : `FORK: the export's checkpoint ${cp.body.sequence} (root ${cp.body.root}) differs from the witnessed one (root ${seen.body.root}, sealed at ${seen.body.sealedAt})`;
};
