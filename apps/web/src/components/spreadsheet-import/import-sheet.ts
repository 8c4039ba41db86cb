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

export function fileProblem(file: { name: string; size: number } | null): string | null {
  if (!file) return 'Select a spreadsheet file to import';
  const lower = file.name.toLowerCase();
  if (!acceptedFileTypes.some((ext) => lower.endsWith(ext))) return 'The selected file must be an .xlsx or .csv file';
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
