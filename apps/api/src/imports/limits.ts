// How much of a spreadsheet an import will read. A sheet past any of these is refused before it
// is walked (from its declared size) or as soon as the walk meets the first cell past them, with
// a message naming the limit. Documented in the README ("Imports").
export type SheetLimits = {
  maxRows: number; // data rows below the header row
  maxColumns: number; // columns a sheet may use: the import's own plus COLUMN_MARGIN
  maxSheets: number;
  maxCellChars: number;
  maxTextChars: number; // all the cells an import keeps, together
  maxSharedStrings: number;
};

export const MAX_FILE_BYTES = 7 * 1024 * 1024;
export const COLUMN_MARGIN = 50; // room for the other columns of a real HR or finance extract
export const MAX_SHEETS = 100;
export const MAX_CELL_CHARS = 32_767; // Excel's own limit for one cell
export const MAX_TEXT_CHARS = 8 * 1024 * 1024;

// Reading happens in a worker thread that may use this much heap and time; past either the worker
// is stopped and the file refused, and the API carries on.
export const WORKER_HEAP_MB = 128;
export const WORKER_TIME_MS = 20_000;
export const MAX_READING_AT_ONCE = 2;
export const MAX_WAITING_TO_READ = 16;

export const sheetLimits = (mappedColumns: number, maxRows: number): SheetLimits => {
  const maxColumns = mappedColumns + COLUMN_MARGIN;
  return {
    maxRows,
    maxColumns,
    maxSheets: MAX_SHEETS,
    maxCellChars: MAX_CELL_CHARS,
    maxTextChars: MAX_TEXT_CHARS,
    maxSharedStrings: (maxRows + 1) * maxColumns,
  };
};

export const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

// Column letters for a 1-based index (1 → A, 16384 → XFD) and back.
export const columnLetters = (n: number): string => {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
};
