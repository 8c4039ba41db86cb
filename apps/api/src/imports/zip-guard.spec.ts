import ExcelJS from 'exceljs';
import { deflateRawSync } from 'node:zlib';
import { checkZipExpansion } from './zip-guard';

// A one-entry zip whose single file inflates to `size` zero bytes.
const bombZip = (size: number) => {
  const data = deflateRawSync(Buffer.alloc(size));
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(10, 22); // lies about its size
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(10, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt32LE(0, 42);
  const cdStart = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(cdStart, 16);
  return Buffer.concat([local, name, data, central, name, end]);
};

describe('zip expansion guard', () => {
  it('lets an ordinary workbook through', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Posts').addRow(['Reference', 'FTE']);
    const buffer = Buffer.from(await wb.xlsx.writeBuffer());
    expect(() => checkZipExpansion(buffer)).not.toThrow();
  });

  it('refuses an archive that expands past the limit, whatever sizes it declares', () => {
    expect(() => checkZipExpansion(bombZip(2 * 1024 * 1024), 1024 * 1024)).toThrow(expect.objectContaining({ code: 'SPREADSHEET_TOO_LARGE' }));
    expect(() => checkZipExpansion(bombZip(512 * 1024), 1024 * 1024)).not.toThrow();
  });

  it('refuses something that is not a zip', () => {
    expect(() => checkZipExpansion(Buffer.from('not a zip at all, just text'))).toThrow(expect.objectContaining({ code: 'SPREADSHEET_UNREADABLE' }));
  });
});
