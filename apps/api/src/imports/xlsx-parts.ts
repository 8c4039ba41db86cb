import { posix } from 'node:path';
import type { SheetLimits } from './limits';
import { cellTooLong, tooManySheets, tooManyStrings } from './refusals';
import { scanXml, unreadable } from './xml-scan';

// The parts of an .xlsx around the sheet itself: where the first sheet is, which styles are
// dates, and the shared strings. Each is read with the streaming scanner and bounded.
type Parts = Map<string, Buffer>;

const relsOf = (parts: Parts, path: string): { id: string; type: string; target: string }[] => {
  const xml = parts.get(posix.join(posix.dirname(path), '_rels', `${posix.basename(path)}.rels`));
  const rels: { id: string; type: string; target: string }[] = [];
  if (!xml) return rels;
  scanXml(
    xml,
    {
      open: (name, a) => name === 'Relationship' && rels.push({ id: a.Id ?? '', type: a.Type ?? '', target: a.Target ?? '' }),
      close: () => {},
      text: () => {},
    },
    1024,
  );
  return rels;
};

const resolve = (from: string, target: string) => (target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(posix.dirname(from), target)));

export type WorkbookMap = { sheetPath: string; stylesPath?: string; stringsPath?: string; date1904: boolean };

// The first sheet in the workbook's own order (what Excel shows first), as exceljs did.
export const mapWorkbook = (parts: Parts, limits: SheetLimits): WorkbookMap => {
  const office = relsOf(parts, '').find((r) => r.type.endsWith('/officeDocument'));
  const workbookPath = office ? resolve('', office.target) : 'xl/workbook.xml';
  const xml = parts.get(workbookPath);
  if (!xml) throw unreadable();
  const sheetIds: string[] = [];
  let date1904 = false;
  scanXml(
    xml,
    {
      open: (name, a) => {
        if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
        if (name !== 'sheet') return;
        if (sheetIds.length >= limits.maxSheets) throw tooManySheets(sheetIds.length + 1, limits);
        sheetIds.push(Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1] ?? '');
      },
      close: () => {},
      text: () => {},
    },
    1024,
  );
  const rels = relsOf(parts, workbookPath);
  const target = (rel?: { target: string }) => (rel ? resolve(workbookPath, rel.target) : undefined);
  const sheetPath = target(rels.find((r) => r.id === sheetIds[0]));
  return {
    sheetPath: sheetPath ?? '',
    stylesPath: target(rels.find((r) => r.type.endsWith('/styles'))),
    stringsPath: target(rels.find((r) => r.type.endsWith('/sharedStrings'))),
    date1904,
  };
};

// Built-in number formats that show a date or a time (ECMA-376 18.8.30).
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);
const isDateCode = (code: string) => /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));

// For each cell style index: does it show a number as a date?
export const readDateStyles = (xml: Buffer | undefined): boolean[] => {
  if (!xml) return [];
  const custom = new Map<number, string>();
  const formats: number[] = [];
  let inCellXfs = false;
  scanXml(
    xml,
    {
      open: (name, a) => {
        if (name === 'numFmt') custom.set(Number(a.numFmtId), a.formatCode ?? '');
        else if (name === 'cellXfs') inCellXfs = true;
        else if (name === 'xf' && inCellXfs) formats.push(Number(a.numFmtId ?? 0));
      },
      close: (name) => name === 'cellXfs' && (inCellXfs = false),
      text: () => {},
    },
    1024,
  );
  return formats.map((id) => (custom.has(id) ? isDateCode(custom.get(id)!) : DATE_FORMAT_IDS.has(id)));
};

// The shared strings whose indices are wanted. Every entry is counted and measured, wanted or
// not, so a table no sheet within the limits could need is refused.
export const readSharedStrings = (xml: Buffer | undefined, wanted: Set<number>, limits: SheetLimits): Map<number, string> => {
  const found = new Map<number, string>();
  if (!xml || wanted.size === 0) return found;
  let index = -1;
  let inItem = false;
  let inText = false;
  let phonetic = false;
  let text = '';
  let length = 0;
  scanXml(
    xml,
    {
      open: (name, a) => {
        if (name === 'sst' && Number(a.uniqueCount ?? 0) > limits.maxSharedStrings) throw tooManyStrings(Number(a.uniqueCount), limits);
        if (name === 'si') {
          if (++index >= limits.maxSharedStrings) throw tooManyStrings(index + 1, limits);
          ((inItem = true), (text = ''), (length = 0));
        } else if (name === 'rPh')
          phonetic = true; // reading aids for East Asian text, not the text
        else if (name === 't') inText = inItem && !phonetic;
      },
      close: (name) => {
        if (name === 't') inText = false;
        else if (name === 'rPh') phonetic = false;
        else if (name === 'si') {
          inItem = false;
          if (wanted.has(index)) found.set(index, text);
        }
      },
      text: (s) => {
        if (!inText) return;
        length += s.length;
        if (length > limits.maxCellChars) throw cellTooLong(`Shared text number ${index + 1} of the workbook`, limits);
        if (wanted.has(index)) text += s;
      },
    },
    limits.maxCellChars,
  );
  return found;
};
