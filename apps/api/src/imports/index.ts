// Reading an uploaded spreadsheet (CSV or XLSX) into typed rows, for the slices that import one.
export { readSheet, type ColumnSpec } from './spreadsheet';
