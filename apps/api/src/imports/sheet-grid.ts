import { readCsv } from './csv-read';
import { MAX_FILE_BYTES, type SheetLimits } from './limits';
import { refuse } from './refusals';
import { readXlsx, type GridRow } from './xlsx-read';

export type SheetRow = { row: number; cells: Record<string, string> };
export type ColumnSpec = { key: string; label: string; aliases: string[]; required: boolean };

const normalise = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

// Finds each column by its header name or an alias; names the required ones that are missing.
const pickColumns =
  (columns: ColumnSpec[]) =>
  (header: string[]): number[] => {
    const names = header.map(normalise);
    const missing: string[] = [];
    const picked = columns.map((col) => {
      const at = names.findIndex((h) => [col.label, ...col.aliases].map(normalise).includes(h));
      if (at < 0 && col.required) missing.push(col.label);
      return at;
    });
    if (missing.length) {
      throw refuse('COLUMNS_MISSING', `The first row must name the columns. Missing: ${missing.join(', ')}.`, {
        problems: missing.map((label) => ({ row: 1, column: label, value: '', reason: 'This column is missing from the header row.' })),
      });
    }
    return picked;
  };

// The upload as bytes. Decoding and checking a base64 text of up to 10 MB takes tens of
// milliseconds, so it is done here, in the worker, rather than on the API's event loop.
export const fileContent = (content: Uint8Array | string): Buffer => {
  let bytes: Buffer;
  if (typeof content === 'string') {
    const clean = content.replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) throw refuse('FILE_NOT_BASE64', 'The file content must be sent base64-encoded.');
    bytes = Buffer.from(clean, 'base64');
  } else bytes = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  if (bytes.length > MAX_FILE_BYTES) throw refuse('FILE_TOO_LARGE', `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.`);
  return bytes;
};

// Reads the first sheet of an .xlsx or a .csv file into rows keyed by column, with the
// spreadsheet's own row numbers (the header is row 1), so problems can name the row a person sees.
// Runs inside the reading worker (sheet-worker.ts).
export const readGrid = (fileName: string, content: Buffer, columns: ColumnSpec[], limits: SheetLimits): SheetRow[] => {
  const lower = fileName.toLowerCase();
  let grid: GridRow[];
  if (lower.endsWith('.csv')) grid = readCsv(content.toString('utf8'), limits, pickColumns(columns));
  else if (lower.endsWith('.xlsx')) grid = readXlsx(content, limits, pickColumns(columns));
  else throw refuse('UNSUPPORTED_FILE_TYPE', 'Import an .xlsx or a .csv file.');
  const rows: SheetRow[] = [];
  for (const { row, cells } of grid) {
    if (cells.every((c) => c.trim() === '')) continue; // blank lines are not rows
    const out: Record<string, string> = {};
    columns.forEach((col, i) => (out[col.key] = (cells[i] ?? '').trim()));
    rows.push({ row, cells: out });
  }
  return rows;
};
