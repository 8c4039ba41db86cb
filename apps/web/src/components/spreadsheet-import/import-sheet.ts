import { ApiError } from '../../lib/graphql';

export type ImportProblem = { row: number; column: string; value: string; reason: string };

// The API names a problem's column by its key (`fte`, `endDate`); people know it by the sheet's
// heading. An unknown key is shown as sent (a missing-column problem already names the heading);
// an empty one is a problem with the sheet as a whole.
export function problemColumnHeading(column: string, headings: Readonly<Record<string, string>>): string {
  if (column.trim() === '') return 'Whole sheet';
  return headings[column] ?? column;
}

export function templateCsv(headings: readonly string[]): string {
  return `${headings.join(',')}\r\n`;
}

export function templateHref(headings: readonly string[]): string {
  // A byte-order mark so that Excel opens the file as UTF-8.
  return `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${templateCsv(headings)}`)}`;
}

function isProblem(value: unknown): value is ImportProblem {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Record<string, unknown>;
  return typeof p.row === 'number' && typeof p.column === 'string' && typeof p.reason === 'string';
}

export function importProblemsOf(error: unknown): ImportProblem[] {
  if (!(error instanceof ApiError)) return [];
  const problems = error.details?.problems;
  if (!Array.isArray(problems)) return [];
  return problems.filter(isProblem).map((p) => ({ ...p, value: typeof p.value === 'string' ? p.value : String(p.value ?? '') }));
}

// "1 row has problems; nothing was imported"
export function rejectionHeading(problems: readonly ImportProblem[]): string {
  const rows = new Set(problems.map((p) => p.row)).size;
  return `${rows} ${rows === 1 ? 'row has' : 'rows have'} problems; nothing was imported`;
}

export type ImportResult = { fileName: string; rowCount: number; created: number; updated: number; unchanged: number };

export function importSummary(result: ImportResult): string {
  const rows = `${result.rowCount} ${result.rowCount === 1 ? 'row' : 'rows'}`;
  return `Imported ${result.fileName}: ${rows} — ${result.created} new, ${result.updated} updated, ${result.unchanged} unchanged`;
}

export const acceptedFileTypes = ['.xlsx', '.csv'] as const;
export const MAX_IMPORT_BYTES = 7 * 1024 * 1024;

// A sheet the API reads (`spreadsheet`: .xlsx or .csv), or one read here (`csv`).
export type SheetKind = 'spreadsheet' | 'csv';
const typeProblems: Record<SheetKind, { missing: string; wrongType: string; accepts: readonly string[] }> = {
  spreadsheet: { missing: 'Select a spreadsheet file to import', wrongType: 'The selected file must be an .xlsx or .csv file', accepts: acceptedFileTypes },
  csv: { missing: 'Select a CSV file to upload', wrongType: 'The selected file must be a .csv file: save the sheet as CSV first', accepts: ['.csv'] },
};

export function fileProblem(file: { name: string; size: number } | null, kind: SheetKind = 'spreadsheet'): string | null {
  const problems = typeProblems[kind];
  if (!file) return problems.missing;
  const lower = file.name.toLowerCase();
  if (!problems.accepts.some((ext) => lower.endsWith(ext))) return problems.wrongType;
  if (file.size === 0) return 'The selected file is empty';
  if (file.size > MAX_IMPORT_BYTES) return 'The selected file must be smaller than 7 MB';
  return null;
}

// The file as base64, without the `data:…;base64,` prefix FileReader puts in front.
export function readFileAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

// RFC 4180: quoted cells, doubled quotes, CRLF or LF, a UTF-8 byte-order mark.
export function parseCsv(text: string): string[][] | null {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (quoted) return null;
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
