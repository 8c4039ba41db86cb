import ExcelJS from 'exceljs';
import { parseCsv, readSheet, type ColumnSpec } from './spreadsheet';

const columns: ColumnSpec[] = [
  { key: 'reference', label: 'Reference', aliases: ['post ref'], required: true },
  { key: 'fte', label: 'FTE', aliases: [], required: true },
  { key: 'note', label: 'Note', aliases: [], required: false },
];

describe('spreadsheet reading', () => {
  it('parses quoted CSV cells, doubled quotes, CRLF and a byte-order mark', () => {
    expect(parseCsv('\ufeffa,"b, c","say ""hi"""\r\n1,2,3\n')).toEqual([
      ['a', 'b, c', 'say "hi"'],
      ['1', '2', '3'],
    ]);
  });

  it('maps columns by header name or alias, keeps spreadsheet row numbers and skips blank lines', async () => {
    const rows = await readSheet('posts.csv', Buffer.from('Post Ref,FTE\nHWY-1, 0.6\n,\nHWY-2,1\n'), columns, 100);
    expect(rows).toEqual([
      { row: 2, cells: { reference: 'HWY-1', fte: '0.6', note: '' } },
      { row: 4, cells: { reference: 'HWY-2', fte: '1', note: '' } },
    ]);
  });

  it('reads the first sheet of an xlsx workbook with numbers and dates as text', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Posts');
    ws.addRow(['Reference', 'FTE', 'Note']);
    ws.addRow(['HWY-1', 0.6, new Date(Date.UTC(2026, 3, 1))]);
    const buffer = Buffer.from(await wb.xlsx.writeBuffer());
    expect(await readSheet('posts.xlsx', buffer, columns, 100)).toEqual([{ row: 2, cells: { reference: 'HWY-1', fte: '0.6', note: '2026-04-01' } }]);
  });

  it('takes the file base64-encoded as uploaded, refusing text that is not base64 and files over 7 MB', async () => {
    const csv = Buffer.from('Reference,FTE\nHWY-1,1\n').toString('base64');
    expect(await readSheet('p.csv', `${csv.slice(0, 8)}\n${csv.slice(8)}`, columns, 100)).toEqual([
      { row: 2, cells: { reference: 'HWY-1', fte: '1', note: '' } },
    ]);
    await expect(readSheet('p.csv', 'not base64!', columns, 100)).rejects.toMatchObject({ code: 'FILE_NOT_BASE64' });
    await expect(readSheet('p.csv', Buffer.alloc(7 * 1024 * 1024 + 1).toString('base64'), columns, 100)).rejects.toMatchObject({ code: 'FILE_TOO_LARGE' });
  });

  it('names the missing columns, and refuses other file types and unreadable workbooks', async () => {
    await expect(readSheet('p.csv', Buffer.from('Reference\nX\n'), columns, 100)).rejects.toMatchObject({
      code: 'COLUMNS_MISSING',
      message: expect.stringContaining('FTE'),
    });
    await expect(readSheet('p.pdf', Buffer.from('x'), columns, 100)).rejects.toMatchObject({ code: 'UNSUPPORTED_FILE_TYPE' });
    await expect(readSheet('p.xlsx', Buffer.from('not a zip'), columns, 100)).rejects.toMatchObject({ code: 'SPREADSHEET_UNREADABLE' });
  });
});
