import ExcelJS from 'exceljs';
import { invalid } from '@orgledger/domain';
import { checkZipExpansion } from './zip-guard';

export type SheetRow = { row: number; cells: Record<string, string> };
export type ColumnSpec = { key: string; label: string; aliases: string[]; required: boolean };

export const MAX_FILE_BYTES = 7 * 1024 * 1024;

const normalise = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

// RFC 4180: quoted fields, doubled quotes, CRLF or LF, a UTF-8 byte-order mark.
export const parseCsv = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(cell), rows.push(row), (row = []), (cell = '');
    } else cell += c;
  }
  if (quoted) throw invalid('CSV_UNTERMINATED_QUOTE', 'The CSV file has a quoted cell that is never closed. Check the last rows of the file.');
  if (cell !== '' || row.length) row.push(cell), rows.push(row);
  return rows;
};

// A cell as the text a person sees: dates as YYYY-MM-DD, booleans as yes/no, formulas by result.
const cellText = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number' || typeof value === 'string') return String(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
  }
  return String(value);
};

const xlsxRows = async (content: Buffer): Promise<string[][]> => {
  checkZipExpansion(content);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw invalid('SPREADSHEET_UNREADABLE', 'This file could not be read as an Excel workbook (.xlsx). Save it as .xlsx or .csv and try again.');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw invalid('SPREADSHEET_EMPTY', 'The workbook has no sheets.');
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (r, n) => {
    const values = (r.values as ExcelJS.CellValue[]).slice(1);
    rows[n - 1] = values.map(cellText);
  });
  return Array.from(rows, (r) => r ?? []);
};

// Reads the first sheet of an .xlsx or a .csv file into rows keyed by column, with the
// spreadsheet's own row numbers (the header is row 1), so problems can name the row a person sees.
export const readSheet = async (fileName: string, content: Buffer, columns: ColumnSpec[]): Promise<SheetRow[]> => {
  if (content.length > MAX_FILE_BYTES) throw invalid('FILE_TOO_LARGE', `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.`);
  const lower = fileName.toLowerCase();
  let grid: string[][];
  if (lower.endsWith('.csv')) grid = parseCsv(content.toString('utf8'));
  else if (lower.endsWith('.xlsx')) grid = await xlsxRows(content);
  else throw invalid('UNSUPPORTED_FILE_TYPE', 'Import an .xlsx or a .csv file.');
  const header = (grid[0] ?? []).map((h) => normalise(h));
  const index = new Map<string, number>();
  const missing: string[] = [];
  for (const col of columns) {
    const at = header.findIndex((h) => [col.label, ...col.aliases].map(normalise).includes(h));
    if (at >= 0) index.set(col.key, at);
    else if (col.required) missing.push(col.label);
  }
  if (missing.length) {
    throw invalid('COLUMNS_MISSING', `The first row must name the columns. Missing: ${missing.join(', ')}.`, {
      problems: missing.map((label) => ({ row: 1, column: label, value: '', reason: 'This column is missing from the header row.' })),
    });
  }
  const rows: SheetRow[] = [];
  grid.slice(1).forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return; // blank lines are not rows
    const out: Record<string, string> = {};
    for (const col of columns) out[col.key] = (index.has(col.key) ? cells[index.get(col.key)!] ?? '' : '').trim();
    rows.push({ row: i + 2, cells: out });
  });
  return rows;
};

export const decodeBase64File = (contentBase64: string): Buffer => {
  const clean = contentBase64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) throw invalid('FILE_NOT_BASE64', 'The file content must be sent base64-encoded.');
  return Buffer.from(clean, 'base64');
};
