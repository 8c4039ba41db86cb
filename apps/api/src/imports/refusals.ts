import { columnLetters, thousands, type SheetLimits } from './limits';
import type { ErrorCode } from '../platform/error-codes';

// Sheets are read in a worker thread that does not load the domain package (that would add a
// quarter of a second to every import): a refusal travels to the API as data and becomes a
// DomainError with the same code there (read-in-worker.ts).
export class SheetRefusal extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'SheetRefusal';
  }
}

export const refuse = (code: ErrorCode, message: string, details?: Record<string, unknown>) => new SheetRefusal(code, message, details);
const invalid = refuse;

// One code per rule, each message naming the limit and what to do about it.
export const tooWide = (column: number, limits: SheetLimits) =>
  invalid(
    'SPREADSHEET_TOO_WIDE',
    `This sheet uses columns up to ${columnLetters(column)} (column ${thousands(column)}); an import reads at most ${limits.maxColumns} columns (A to ${columnLetters(limits.maxColumns)}). ` +
      'Delete the columns to the right that the import does not need, or copy the columns you need into a new sheet, and import that.',
    { limit: limits.maxColumns, found: column },
  );

export const tooTall = (row: number, limits: SheetLimits) =>
  invalid(
    'SPREADSHEET_TOO_TALL',
    `This sheet has rows down to row ${thousands(row)}; an import reads at most ${thousands(limits.maxRows)} rows below the header (rows 2 to ${thousands(limits.maxRows + 1)}). ` +
      'Delete the empty rows at the bottom, or split the sheet and import each part.',
    { limit: limits.maxRows, found: row },
  );

export const tooManySheets = (count: number, limits: SheetLimits) =>
  invalid(
    'SPREADSHEET_TOO_MANY_SHEETS',
    `This workbook has ${thousands(count)} sheets; an import opens workbooks of at most ${limits.maxSheets}. Save the sheet you are importing as a workbook of its own, or as .csv.`,
    { limit: limits.maxSheets, found: count },
  );

export const cellTooLong = (where: string, limits: SheetLimits) =>
  invalid(
    'SPREADSHEET_CELL_TOO_LONG',
    `${where} holds more than ${thousands(limits.maxCellChars)} characters, which is more than Excel allows in a cell. Shorten it and import again.`,
    { limit: limits.maxCellChars },
  );

export const tooMuchText = (limits: SheetLimits) =>
  invalid(
    'SPREADSHEET_TOO_MUCH_TEXT',
    `The columns this import reads hold more than ${thousands(limits.maxTextChars)} characters in all. Split the sheet and import each part.`,
    { limit: limits.maxTextChars },
  );

export const tooManyStrings = (count: number, limits: SheetLimits) =>
  invalid(
    'SPREADSHEET_TOO_MANY_STRINGS',
    `This workbook lists ${thousands(count)} or more different texts; a sheet within the import's limits needs at most ${thousands(limits.maxSharedStrings)}. ` +
      'Save the sheet you are importing as a workbook of its own, or as .csv.',
    { limit: limits.maxSharedStrings, found: count },
  );
