import { invalid } from '../platform/api-errors';
import { sheetLimits } from './limits';
import { readInWorker, type WorkerBudget } from './read-in-worker';
import type { ColumnSpec, SheetRow } from './sheet-grid';

export type { ColumnSpec, SheetRow } from './sheet-grid';
export { parseCsv } from './csv-read';
export { MAX_FILE_BYTES } from './limits';

// Reads the first sheet of an .xlsx or a .csv file into rows keyed by column, with the
// spreadsheet's own row numbers (the header is row 1). `content` is the file, or the file
// base64-encoded as uploaded (decoded in the worker). `maxRows` is the import's own limit of rows
// below the header; the columns a sheet may use are the mapped ones plus a margin (limits.ts).
export const readSheet = async (
  fileName: string,
  content: Buffer | string,
  columns: ColumnSpec[],
  maxRows: number,
  budget?: WorkerBudget,
): Promise<SheetRow[]> => {
  const lower = fileName.toLowerCase();
  if (!lower.endsWith('.csv') && !lower.endsWith('.xlsx')) throw invalid('UNSUPPORTED_FILE_TYPE', 'Import an .xlsx or a .csv file.');
  return readInWorker(fileName, content, columns, sheetLimits(columns.length, maxRows), budget);
};
