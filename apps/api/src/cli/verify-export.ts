// `orgledger verify-export FILE --public-key KEY`: checks an exported decision register offline.
// KEY is the PEM text or a file holding it (GET /.well-known/orgledger-audit-key).
import { existsSync, readFileSync } from 'node:fs';
import { verifyExport } from '../audit/export-verify';
import { parseWitnessFile, WitnessFileError, witnessedCheckpoint } from '../audit/witness-log';

export const VERIFY_EXPORT_HELP = `  orgledger verify-export FILE --public-key KEY [--witness LOG]
      Check an exported decision register (.csv or .jsonl) offline: every event's hash and chain (rows
      of other authorities, redacted, are linked by their hashes), the signed checkpoint that covers it
      and the seal over the whole file. KEY is a PEM file or PEM text
      (GET /.well-known/orgledger-audit-key). With --witness, the export's checkpoint must also be the
      one the witness log (orgledger witness) holds under its sequence. Exit code 2 if it does not verify.`;

// A PEM file or PEM text; null (with the reason printed) otherwise.
export const readPublicKey = (publicKey: string): string | null => {
  const key = publicKey.includes('BEGIN PUBLIC KEY') ? publicKey : existsSync(publicKey) ? readFileSync(publicKey, 'utf8') : null;
  if (!key) console.error('orgledger: --public-key must be a PEM file or PEM text.');
  return key;
};

export const verifyExportCommand = (file: string | undefined, publicKey: string | undefined, witness?: string): number => {
  if (!file || !publicKey) {
    console.error('orgledger: verify-export needs FILE and --public-key KEY. See orgledger --help.');
    return 1;
  }
  if (!existsSync(file)) {
    console.error(`orgledger: no such file: ${file}`);
    return 1;
  }
  const key = readPublicKey(publicKey);
  if (!key) return 1;
  if (witness !== undefined && !existsSync(witness)) {
    console.error(`orgledger: no such witness log: ${witness}`);
    return 1;
  }
  let verdict;
  try {
    verdict = verifyExport(readFileSync(file, 'utf8'), key);
  } catch (e) {
    console.error(`orgledger: cannot read the public key: ${(e as Error).message}`);
    return 1;
  }
  if (verdict.ok && witness !== undefined) {
    try {
      const problem = witnessedCheckpoint(parseWitnessFile(readFileSync(witness, 'utf8'), witness), verdict.sealedBy!);
      if (problem) verdict = { ...verdict, ok: false, problem };
    } catch (e) {
      if (!(e instanceof WitnessFileError)) throw e;
      console.error(`orgledger: ${e.message}`);
      return 1;
    }
  }
  console.log(JSON.stringify({ ...verdict, sealedBy: undefined }));
  console.log(
    verdict.ok
      ? `verify-export: ${verdict.events} events in ${verdict.streams} streams verify against checkpoint ${verdict.checkpoint?.sequence} (${verdict.redacted} of other authorities redacted)`
      : `verify-export: REJECTED — ${verdict.problem}`,
  );
  return verdict.ok ? 0 : 2;
};
