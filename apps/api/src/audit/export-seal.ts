// The seal that ends an exported decision register: the checkpoint that covers it, the Merkle
// inclusion proof of each exported stream's head, and a signature over the digest of every byte
// before the seal, so that changing any byte of the file is detected offline.
import { createHash, sign, verify, type KeyObject } from 'node:crypto';
import { canonicalJson, toPublicKey, type SignedCheckpoint, type StreamHead } from '@orgledger/event-store';

// /2: rows of other authorities in shared streams are redacted (hashes kept, content removed).
export const EXPORT_FORMAT = 'orgledger-decision-register/2';
export const EXPORT_SEAL_FORMAT = 'orgledger-export-seal/1';

export type HeadProof = StreamHead & { index: number; proof: string[] };

export type ExportSeal = {
  format: typeof EXPORT_SEAL_FORMAT;
  exportDigest: string; // sha256 hex of the file's bytes before the seal
  checkpoint: SignedCheckpoint;
  treeSize: number;
  proofs: HeadProof[];
  signature: string; // Ed25519 over canonicalJson({ format, exportDigest, checkpoint })
};

export const sha256OfBytes = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

const signedPart = (s: Pick<ExportSeal, 'format' | 'exportDigest' | 'checkpoint'>) =>
  Buffer.from(canonicalJson({ format: s.format, exportDigest: s.exportDigest, checkpoint: s.checkpoint }), 'utf8');

export const signExportSeal = (seal: Omit<ExportSeal, 'signature'>, privateKey: KeyObject): ExportSeal => ({
  ...seal,
  signature: sign(null, signedPart(seal), privateKey).toString('base64'),
});

export const exportSealSignatureValid = (seal: ExportSeal, publicKey: KeyObject | string): boolean => {
  try {
    return verify(null, signedPart(seal), toPublicKey(publicKey), Buffer.from(seal.signature, 'base64'));
  } catch {
    return false;
  }
};

// CSV: RFC 4180 quoting, CRLF line ends.
export const CSV_COLUMNS = [
  'position',
  'recorded_at',
  'occurred_at',
  'stream',
  'revision',
  'event_id',
  'type',
  'actor_id',
  'actor_name',
  'actor_role',
  'reason',
  'sentence',
  'data_json',
  'metadata_json',
  'prev_hash',
  'hash',
  'redacted',
] as const;
export const CSV_SEAL_TYPE = 'OrgLedgerExportSeal';

// A spreadsheet runs a cell that starts with = + - @ tab or CR as a formula, so (OWASP's rule) such
// a cell gets a leading ' and is shown as text. A plain number such as -12.5 is data and stays as is:
// a spreadsheet reads it as a number, never as a formula. Done before the digest, so the seal covers it.
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;
export const neutraliseFormula = (value: string): string => (FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value);

export const csvCell = (raw: string): string => {
  const value = neutraliseFormula(raw);
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
};
export const csvLine = (cells: string[]): string => `${cells.map(csvCell).join(',')}\r\n`;

// Parses RFC 4180 text into rows of cells.
export const parseCsv = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((cell += '"'), i++);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') (row.push(cell), (cell = ''));
    else if (c === '\r' && text[i + 1] === '\n') continue;
    else if (c === '\n') (row.push(cell), rows.push(row), (row = []), (cell = ''));
    else cell += c;
  }
  if (cell !== '' || row.length) (row.push(cell), rows.push(row));
  return rows;
};
