// `orgledger witness --log FILE --ingest FILE --public-key KEY`: the auditor's side of the witness
// log. Runs offline, on the auditor's machine, with no access to the server's data.
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { parseWitnessFile, toJsonLines, WitnessFileError, witnessIngest } from '../audit/witness-log';
import { readPublicKey } from './verify-export';

export const WITNESS_HELP = `  orgledger witness --log LOG --ingest FILE --public-key KEY
      Keep a witness log of a tenant's sealed checkpoints outside the server. FILE is the download of
      GET /exports/witness.jsonl (tenant admin or auditor; ?since=N for checkpoints after N). Each new checkpoint
      must be signed by KEY and, with an RFC 9162 consistency proof, extend the last one LOG holds; then
      it is appended to LOG (created if missing). Exit code 2, appending nothing, on a FORK (a checkpoint
      that differs from one already witnessed, or does not extend it), a ROLLBACK (fewer events than
      witnessed), a gap or a bad signature.`;

export const witnessCommand = (log: string | undefined, ingest: string | undefined, publicKey: string | undefined): number => {
  if (!log || !ingest || !publicKey) {
    console.error('orgledger: witness needs --log LOG, --ingest FILE and --public-key KEY. See orgledger --help.');
    return 1;
  }
  if (!existsSync(ingest)) {
    console.error(`orgledger: no such file: ${ingest}`);
    return 1;
  }
  const key = readPublicKey(publicKey);
  if (!key) return 1;
  let verdict;
  try {
    const held = existsSync(log) ? parseWitnessFile(readFileSync(log, 'utf8'), log) : [];
    verdict = witnessIngest(held, parseWitnessFile(readFileSync(ingest, 'utf8'), ingest), key);
  } catch (e) {
    if (!(e instanceof WitnessFileError)) throw e;
    console.error(`orgledger: ${e.message}`);
    return 1;
  }
  if (verdict.problem) {
    console.log(JSON.stringify({ ok: false, problem: verdict.problem }));
    console.log(`witness: REJECTED — ${verdict.problem.message}`);
    return 2;
  }
  appendFileSync(log, toJsonLines(verdict.accepted));
  const newest = verdict.accepted.at(-1)?.body;
  console.log(JSON.stringify({ ok: true, recorded: verdict.accepted.length, alreadySeen: verdict.alreadySeen, newest: newest ?? null }));
  console.log(
    `witness: ${verdict.accepted.length} new checkpoint(s) recorded, ${verdict.alreadySeen} already witnessed${newest ? `; newest is ${newest.sequence} over ${newest.events} events` : ''}`,
  );
  return 0;
};
