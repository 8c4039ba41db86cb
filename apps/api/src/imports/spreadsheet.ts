import { invalid } from '@orgledger/domain';
import { sheetLimits } from './limits';
import { readInWorker, type WorkerBudget } from './read-in-worker';
import type { ColumnSpec, SheetRow } from './sheet-grid';

export type { ColumnSpec, SheetRow } from './sheet-grid';
export { parseCsv } from './csv-read';

export const MAX_FILE_BYTES = 7 * 1024 * 1024;

// Reads the first sheet of an .xlsx or a .csv file into rows keyed by column, with the
// spreadsheet's own row numbers (the header is row 1). `maxRows` is the import's own limit of rows
// below the header; the columns a sheet may use are the mapped ones plus a margin (limits.ts).
export const readSheet = async (fileName: string, content: Buffer, columns: ColumnSpec[], maxRows: number, budget?: WorkerBudget): Promise<SheetRow[]> => {
  if (content.length > MAX_FILE_BYTES) throw invalid('FILE_TOO_LARGE', `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.`);
  const lower = fileName.toLowerCase();
  if (!lower.endsWith('.csv') && !lower.endsWith('.xlsx')) throw invalid('UNSUPPORTED_FILE_TYPE', 'Import an .xlsx or a .csv file.');
  return readInWorker(fileName, content, columns, sheetLimits(columns.length, maxRows), budget);
};

export const decodeBase64File = (contentBase64: string): Buffer => {
  const clean = contentBase64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) throw invalid('FILE_NOT_BASE64', 'The file content must be sent base64-encoded.');
  return Buffer.from(clean, 'base64');
};
