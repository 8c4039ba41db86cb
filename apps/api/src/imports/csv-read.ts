import type { SheetLimits } from './limits';
import { cellTooLong, refuse, tooTall, tooWide } from './refusals';
import type { GridRow, PickColumns } from './xlsx-read';

// RFC 4180: quoted fields, doubled quotes, CRLF or LF, a UTF-8 byte-order mark. `onRow` gets each
// line's cells as they are parsed; the limits stop a line of 100,000 commas at the first comma
// past them, before the line is built.
const eachCsvRow = (text: string, limits: SheetLimits | null, onRow: (cells: string[], row: number) => void): void => {
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const endCell = () => {
    if (limits && row.length >= limits.maxColumns) throw tooWide(row.length + 1, limits);
    (row.push(cell), (cell = ''));
  };
  const endRow = () => {
    endCell();
    if (limits && line > limits.maxRows + 1 && row.some((c) => c.trim() !== '')) throw tooTall(line, limits);
    (onRow(row, line++), (row = []));
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') ((cell += '"'), i++);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') endCell();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      endRow();
    } else cell += c;
    if (limits && cell.length > limits.maxCellChars) throw cellTooLong(`A cell on line ${line}`, limits);
  }
  if (quoted) throw refuse('CSV_UNTERMINATED_QUOTE', 'The CSV file has a quoted cell that is never closed. Check the last rows of the file.');
  if (cell !== '' || row.length) endRow();
};

export const parseCsv = (text: string): string[][] => {
  const rows: string[][] = [];
  eachCsvRow(text, null, (cells) => rows.push(cells));
  return rows;
};

// The header row, then only the picked columns of every other line.
export const readCsv = (text: string, limits: SheetLimits, pick: PickColumns): GridRow[] => {
  const rows: GridRow[] = [];
  let picked: number[] | null = null;
  eachCsvRow(text, limits, (cells, row) => {
    if (!picked) picked = pick(cells);
    else rows.push({ row, cells: picked.map((col) => (col >= 0 ? (cells[col] ?? '') : '')) });
  });
  if (!picked) pick([]); // not even a header row
  return rows;
};
