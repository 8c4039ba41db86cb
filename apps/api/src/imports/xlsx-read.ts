import type { SheetLimits } from './limits';
import { cellTooLong, refuse, tooMuchText, tooTall, tooWide } from './refusals';
import { mapWorkbook, readDateStyles, readSharedStrings } from './xlsx-parts';
import { scanXml, StopScan, unreadable } from './xml-scan';
import { openZip } from './zip-guard';

// The first sheet of an .xlsx, read straight from its XML: the declared size is checked before
// the walk, every cell with a value is checked against the limits as it is met, and only the
// header row and the columns the import maps are kept.
export type GridRow = { row: number; cells: string[] };
export type PickColumns = (header: string[]) => number[]; // 0-based sheet columns to keep, in order

type RawCell = { type: string; style: number; value: string };
type CellVisit = (row: number, col: number, cell: RawCell) => void;

const cellRef = (ref: string): { col: number; row: number } | null => {
  const m = /^\$?([A-Za-z]{1,4})\$?(\d{1,10})$/.exec(ref.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return { col, row: Number(m[2]) };
};

const positive = (s: string): number => {
  const n = Number(s);
  if (!Number.isSafeInteger(n) || n < 1) throw unreadable();
  return n;
};

// Walks the cells that hold a value. `onRow` may throw StopScan to end the walk early.
const walkSheet = (xml: Buffer, limits: SheetLimits, onCell: CellVisit, onRow: (row: number) => void = () => {}) => {
  let row = 0;
  let col = 0;
  let cell: RawCell | null = null;
  let inValue = false;
  let inInline = false;
  let phonetic = false;
  scanXml(
    xml,
    {
      open: (name, a) => {
        if (name === 'dimension' && a.ref) {
          // "A1:XFD40000" (or "A1"): refuse what the sheet says it holds before walking it
          const last = cellRef(a.ref.split(':').pop()!);
          if (last && last.col > limits.maxColumns) throw tooWide(last.col, limits);
          if (last && last.row > limits.maxRows + 1) throw tooTall(last.row, limits);
        } else if (name === 'row') {
          row = a.r ? positive(a.r) : row + 1;
          col = 0;
          onRow(row);
        } else if (name === 'c') {
          const ref = a.r ? cellRef(a.r) : null;
          if (a.r && !ref) throw unreadable();
          col = ref ? ref.col : col + 1;
          if (ref) row = ref.row;
          cell = { type: a.t ?? 'n', style: a.s ? Number(a.s) : 0, value: '' };
        } else if (name === 'v') inValue = cell !== null;
        else if (name === 'is') inInline = cell !== null;
        else if (name === 'rPh') phonetic = true;
      },
      close: (name) => {
        if (name === 'v') inValue = false;
        else if (name === 'is') inInline = false;
        else if (name === 'rPh') phonetic = false;
        else if (name === 'c' && cell) {
          const found = cell;
          cell = null;
          if (found.value === '') return; // formatting only: costs nothing, holds nothing
          if (col > limits.maxColumns) throw tooWide(col, limits);
          if (row > limits.maxRows + 1) throw tooTall(row, limits);
          onCell(row, col, found);
        }
      },
      text: (s) => {
        if (!cell || !(inValue || (inInline && !phonetic))) return;
        cell.value += s;
        if (cell.value.length > limits.maxCellChars) throw cellTooLong(`Cell at row ${row}`, limits);
      },
    },
    limits.maxCellChars,
  );
};

const excelDate = (serial: number, date1904: boolean): string | null => {
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000);
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
};

type Context = { strings: Map<number, string>; dateStyles: boolean[]; date1904: boolean };

// A cell as the text a person sees: dates as YYYY-MM-DD, booleans as yes/no, formulas by result.
const cellText = (c: RawCell, ctx: Context): string => {
  switch (c.type) {
    case 's': {
      const text = ctx.strings.get(Number(c.value));
      if (text === undefined) throw unreadable();
      return text;
    }
    case 'b':
      return c.value.trim() === '1' ? 'yes' : 'no';
    case 'd':
      return c.value.slice(0, 10);
    case 'n': {
      const n = Number(c.value);
      if (c.value.trim() === '' || !Number.isFinite(n)) return c.value;
      return (ctx.dateStyles[c.style] && excelDate(n, ctx.date1904)) || String(n);
    }
    default:
      return c.value; // inlineStr, str (a formula's text), e (an error such as #N/A)
  }
};

const sharedIndex = (c: RawCell) => (c.type === 's' ? Number(c.value) : -1);

export const readXlsx = (content: Buffer, limits: SheetLimits, pick: PickColumns): GridRow[] => {
  const parts = openZip(content, (name) => /\.(xml|rels)$/i.test(name));
  const book = mapWorkbook(parts, limits);
  const sheet = parts.get(book.sheetPath);
  if (!sheet) throw refuse('SPREADSHEET_EMPTY', 'The workbook has no sheets.');
  const ctx: Context = { strings: new Map(), dateStyles: readDateStyles(book.stylesPath ? parts.get(book.stylesPath) : undefined), date1904: book.date1904 };
  const strings = book.stringsPath ? parts.get(book.stringsPath) : undefined;

  // 1. the header row only (the walk stops at the first row below it)
  const headerCells: { col: number; cell: RawCell }[] = [];
  walkSheet(
    sheet,
    limits,
    (row, col, cell) => row === 1 && headerCells.push({ col, cell }),
    (row) => {
      if (row > 1) throw new StopScan();
    },
  );
  ctx.strings = readSharedStrings(strings, new Set(headerCells.map((h) => sharedIndex(h.cell)).filter((i) => i >= 0)), limits);
  const header: string[] = [];
  for (const h of headerCells) header[h.col - 1] = cellText(h.cell, ctx);
  const picked = pick(Array.from(header, (h) => h ?? ''));
  const slot = new Map(picked.map((col, i) => [col + 1, i]));

  // 2. every row, keeping the mapped columns only
  const rows = new Map<number, RawCell[]>();
  const wanted = new Set<number>();
  let chars = 0;
  walkSheet(sheet, limits, (row, col, cell) => {
    const at = slot.get(col);
    if (row === 1 || at === undefined) return;
    chars += cell.value.length;
    if (chars > limits.maxTextChars) throw tooMuchText(limits);
    const cells = rows.get(row) ?? rows.set(row, []).get(row)!;
    cells[at] = cell;
    if (cell.type === 's') wanted.add(sharedIndex(cell));
  });
  ctx.strings = readSharedStrings(strings, wanted, limits);

  // 3. as text, checking the total again now that shared texts are filled in
  chars = 0;
  return [...rows.keys()]
    .sort((a, b) => a - b)
    .map((row) => {
      const raw = rows.get(row)!;
      const cells = picked.map((_, i) => (raw[i] ? cellText(raw[i], ctx) : ''));
      for (const c of cells) chars += c.length;
      if (chars > limits.maxTextChars) throw tooMuchText(limits);
      return { row, cells };
    });
};
