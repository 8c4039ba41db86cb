import ExcelJS from 'exceljs';
import { readSheet, type ColumnSpec } from './spreadsheet';

const columns: ColumnSpec[] = [
  { key: 'reference', label: 'Reference', aliases: [], required: true },
  { key: 'fte', label: 'FTE', aliases: [], required: true },
];
// 2 mapped columns + the margin of 50
const MAX_COLUMNS = 52;

const workbook = async (fill: (wb: ExcelJS.Workbook) => void) => {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
};
const postsSheet = (wb: ExcelJS.Workbook) => {
  const ws = wb.addWorksheet('Posts');
  ws.addRow(['Reference', 'FTE']);
  return ws;
};

describe('spreadsheet limits', () => {
  it('refuses a workbook whose sheet reaches column XFD, naming the column limit', async () => {
    const file = await workbook((wb) => (postsSheet(wb).getCell('XFD2').value = 1));
    await expect(readSheet('p.xlsx', file, columns, 100)).rejects.toMatchObject({
      code: 'SPREADSHEET_TOO_WIDE',
      message: expect.stringContaining(`at most ${MAX_COLUMNS} columns`),
      details: { limit: MAX_COLUMNS, found: 16_384 },
    });
  });

  it('refuses a workbook with more rows than the import takes, naming the row limit', async () => {
    const file = await workbook((wb) => {
      const ws = postsSheet(wb);
      for (let i = 0; i < 11; i++) ws.addRow([`P-${i}`, 1]);
    });
    await expect(readSheet('p.xlsx', file, columns, 10)).rejects.toMatchObject({
      code: 'SPREADSHEET_TOO_TALL',
      message: expect.stringContaining('at most 10 rows'),
    });
    await expect(readSheet('p.xlsx', file, columns, 11)).resolves.toHaveLength(11);
  });

  it('refuses a workbook of more than 100 sheets', async () => {
    const file = await workbook((wb) => {
      postsSheet(wb);
      for (let i = 0; i < 100; i++) wb.addWorksheet(`Extra ${i}`);
    });
    await expect(readSheet('p.xlsx', file, columns, 100)).rejects.toMatchObject({ code: 'SPREADSHEET_TOO_MANY_SHEETS' });
  });

  it('refuses a cell longer than Excel allows', async () => {
    const file = await workbook((wb) => postsSheet(wb).addRow(['P-1', 'x'.repeat(40_000)]));
    await expect(readSheet('p.xlsx', file, columns, 100)).rejects.toMatchObject({
      code: 'SPREADSHEET_CELL_TOO_LONG',
      message: expect.stringContaining('32,767'),
    });
  });

  it('refuses a CSV line of 100,000 commas and a CSV past the row limit', async () => {
    await expect(readSheet('p.csv', Buffer.from(`Reference,FTE\n${','.repeat(100_000)}\n`), columns, 100)).rejects.toMatchObject({
      code: 'SPREADSHEET_TOO_WIDE',
      details: { limit: MAX_COLUMNS, found: MAX_COLUMNS + 1 },
    });
    const tall = ['Reference,FTE', ...Array.from({ length: 101 }, (_, i) => `P-${i},1`)].join('\n');
    await expect(readSheet('p.csv', Buffer.from(tall), columns, 100)).rejects.toMatchObject({ code: 'SPREADSHEET_TOO_TALL' });
  });

  it('reads only the mapped columns, wherever they are within the margin', async () => {
    const file = await workbook((wb) => {
      const ws = wb.addWorksheet('Posts');
      ws.getCell('C1').value = 'FTE';
      ws.getCell('AX1').value = 'Reference';
      ws.getCell('B2').value = 'not mapped';
      ws.getCell('C2').value = 0.6;
      ws.getCell('AX2').value = 'HWY-1';
      ws.getCell('B3').value = 'a row with nothing mapped is a blank row';
    });
    expect(await readSheet('p.xlsx', file, columns, 100)).toEqual([{ row: 2, cells: { reference: 'HWY-1', fte: '0.6' } }]);
  });

  it('shows cells as a person sees them: rich text joined, formulas by result, booleans as yes/no', async () => {
    const file = await workbook((wb) => {
      const ws = postsSheet(wb);
      ws.addRow([{ richText: [{ text: 'HWY' }, { font: { bold: true }, text: '-1' }] }, { formula: 'A1', result: 0.5 }]);
      ws.addRow([true, { formula: 'B2*2', result: 1 }]);
    });
    expect(await readSheet('p.xlsx', file, columns, 100)).toEqual([
      { row: 2, cells: { reference: 'HWY-1', fte: '0.5' } },
      { row: 3, cells: { reference: 'yes', fte: '1' } },
    ]);
  });

  it('stops a reading worker past its time or memory budget and refuses the file, never failing the caller otherwise', async () => {
    const file = Buffer.from('Reference,FTE\nP-1,1\n');
    await expect(readSheet('p.csv', file, columns, 100, { heapMb: 128, timeMs: 1 })).rejects.toMatchObject({
      code: 'SPREADSHEET_TOO_COMPLEX',
      message: expect.stringContaining('longer than'),
    });
    // a heap the worker starts in (Node 24 ends the whole process when a worker cannot even start)
    // but far too small for 3,000 rows of 2,000 characters (6 MB)
    const big = Buffer.from(`Reference,FTE\n${Array.from({ length: 3000 }, (_, i) => `P-${i},${'9'.repeat(2000)}`).join('\n')}\n`);
    await expect(readSheet('p.csv', big, columns, 20_000, { heapMb: 8, timeMs: 20_000 })).rejects.toMatchObject({
      code: 'SPREADSHEET_TOO_COMPLEX',
      message: expect.stringContaining('8 MB of memory'),
    });
    await expect(readSheet('p.csv', file, columns, 100)).resolves.toEqual([{ row: 2, cells: { reference: 'P-1', fte: '1' } }]);
  });
});
