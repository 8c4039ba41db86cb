// `orgledger verify-export FILE --public-key KEY`: checks an exported decision register offline.
// KEY is the PEM text or a file holding it (GET /.well-known/orgledger-audit-key).
import { existsSync, readFileSync } from 'node:fs';
import { verifyExport } from '../audit/export-verify';

export const VERIFY_EXPORT_HELP = `  orgledger verify-export FILE --public-key KEY
      Check an exported decision register (.csv or .jsonl) offline: every event's hash and chain (rows
      of other authorities, redacted, are linked by their hashes), the signed checkpoint that covers it
      and the seal over the whole file. KEY is a PEM file or PEM text
      (GET /.well-known/orgledger-audit-key). Exit code 2 if the export does not verify.`;

export const verifyExportCommand = (file: string | undefined, publicKey: string | undefined): number => {
  if (!file || !publicKey) {
    console.error('orgledger: verify-export needs FILE and --public-key KEY. See orgledger --help.');
    return 1;
  }
  if (!existsSync(file)) {
    console.error(`orgledger: no such file: ${file}`);
    return 1;
  }
  const key = publicKey.includes('BEGIN PUBLIC KEY') ? publicKey : existsSync(publicKey) ? readFileSync(publicKey, 'utf8') : null;
  if (!key) {
    console.error('orgledger: --public-key must be a PEM file or PEM text.');
    return 1;
  }
  let verdict;
  try {
    verdict = verifyExport(readFileSync(file, 'utf8'), key);
  } catch (e) {
    console.error(`orgledger: cannot read the public key: ${(e as Error).message}`);
    return 1;
  }
  console.log(JSON.stringify(verdict));
  console.log(verdict.ok ? `verify-export: ${verdict.events} events in ${verdict.streams} streams verify against checkpoint ${verdict.checkpoint?.sequence} (${verdict.redacted} of other authorities redacted)` : `verify-export: REJECTED — ${verdict.problem}`);
  return verdict.ok ? 0 : 2;
};
