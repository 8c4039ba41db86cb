import { inflateRawSync } from 'node:zlib';
import { refuse } from './refusals';

// An .xlsx is a zip. Before a workbook library inflates it whole in memory, inflate each entry
// here with a hard cap on the output, so a small upload cannot expand into gigabytes. Sizes the
// archive declares are not trusted: the cap applies to what inflating really produces.
export const MAX_UNZIPPED_BYTES = 64 * 1024 * 1024;
const MAX_ENTRIES = 5_000;

const tooBig = () =>
  refuse(
    'SPREADSHEET_TOO_LARGE',
    `This workbook expands to more than ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB. Save just the sheet you are importing, or save it as .csv.`,
  );
const unreadable = () => refuse('SPREADSHEET_UNREADABLE', 'This file could not be read as an Excel workbook (.xlsx). Save it as .xlsx or .csv and try again.');

// Inflates every entry within the cap and returns the ones `keep` names (by path), inflated.
export const openZip = (zip: Buffer, keep: (name: string) => boolean, limit = MAX_UNZIPPED_BYTES): Map<string, Buffer> => {
  const kept = new Map<string, Buffer>();
  // End of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw unreadable();
  const entries = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  if (entries > MAX_ENTRIES || entries === 0xffff || at === 0xffffffff) throw tooBig(); // zip64: not a normal workbook
  let budget = limit;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) throw unreadable();
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + zip.readUInt16LE(at + 28));
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    if (flags & 1) throw unreadable(); // encrypted
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50) throw unreadable();
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + compressed);
    let inflated: Buffer;
    if (method === 0) inflated = data;
    else if (method === 8) {
      try {
        inflated = inflateRawSync(data, { maxOutputLength: budget + 1 });
      } catch (e) {
        if (e instanceof RangeError || (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooBig();
        throw unreadable();
      }
    } else throw unreadable();
    budget -= inflated.length;
    if (budget < 0) throw tooBig();
    if (keep(name)) kept.set(name.replace(/^\/+/, ''), inflated);
  }
  return kept;
};

export const checkZipExpansion = (zip: Buffer, limit = MAX_UNZIPPED_BYTES): void => {
  openZip(zip, () => false, limit);
};
