import { StringDecoder } from 'node:string_decoder';
import { refuse } from './refusals';

// A small streaming reader for the XML inside an .xlsx. It decodes the inflated bytes a slice at a
// time and never holds a whole sheet as one string, so a large sheet costs time, not memory.
// Workbook XML has no DTDs: a DOCTYPE (the door to entity expansion) is refused outright.
export type XmlHandler = {
  open(name: string, attrs: Record<string, string>, selfClosing: boolean): void;
  close(name: string): void;
  text(value: string): void;
};

// Thrown by a handler to end a scan early (e.g. once the header row has been read).
export class StopScan {}

const SLICE_BYTES = 1024 * 1024;
const MAX_TAG_CHARS = 64 * 1024;

export const unreadable = () =>
  refuse('SPREADSHEET_UNREADABLE', 'This file could not be read as an Excel workbook (.xlsx). Save it as .xlsx or .csv and try again.');

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export const decodeEntities = (s: string): string =>
  s.indexOf('&') < 0
    ? s
    : s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);?/g, (whole, name: string) => {
        if (name[0] === '#') {
          const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
          if (!(code >= 0 && code <= 0x10ffff)) throw unreadable();
          return String.fromCodePoint(code);
        }
        if (!(name in ENTITIES) || !whole.endsWith(';')) throw unreadable();
        return ENTITIES[name];
      });

// `x:c` and `c` are the same element: some writers prefix the spreadsheet namespace.
const localName = (name: string) => name.slice(name.indexOf(':') + 1);

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

// name="value" or name='value' pairs, read with indexOf: this runs for every cell of a sheet.
const parseAttrs = (body: string): Record<string, string> => {
  const attrs: Record<string, string> = {};
  for (let i = 0; ;) {
    const eq = body.indexOf('=', i);
    if (eq < 0) {
      if (body.slice(i).trim() !== '') throw unreadable();
      return attrs;
    }
    let q = eq + 1;
    while (isSpace(body.charCodeAt(q))) q++;
    const quote = body[q];
    const end = quote === '"' || quote === "'" ? body.indexOf(quote, q + 1) : -1;
    if (end < 0) throw unreadable();
    attrs[body.slice(i, eq).trim()] = decodeEntities(body.slice(q + 1, end));
    i = end + 1;
  }
};

// The end of a tag that starts at `from` ('<' at from), respecting quoted attribute values; -1 if not yet in `s`.
const tagEnd = (s: string, from: number): number => {
  let quote = 0;
  for (let i = from + 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i;
  }
  return -1;
};

// Comments, CDATA and processing instructions ('<!' or '<?' at `at`): the index after them, or -1.
const otherMarkup = (s: string, at: number, h: XmlHandler): number => {
  if (s.startsWith('<!--', at)) {
    const end = s.indexOf('-->', at + 4);
    return end < 0 ? -1 : end + 3;
  }
  if (s.startsWith('<![CDATA[', at)) {
    const end = s.indexOf(']]>', at + 9);
    if (end >= 0) h.text(s.slice(at + 9, end));
    return end < 0 ? -1 : end + 3;
  }
  if (s.startsWith('<?', at)) {
    const end = s.indexOf('?>', at + 2);
    return end < 0 ? -1 : end + 2;
  }
  throw unreadable(); // DOCTYPE and the like
};

// An element's start or end tag at `at`: the index after it, or -1.
const element = (s: string, at: number, h: XmlHandler): number => {
  const end = tagEnd(s, at);
  if (end < 0) return -1;
  const body = s.slice(at + 1, end);
  if (body[0] === '/') {
    h.close(localName(body.slice(1).trim()));
    return end + 1;
  }
  const selfClosing = body.endsWith('/');
  const inner = selfClosing ? body.slice(0, -1) : body;
  let space = 0;
  while (space < inner.length && !isSpace(inner.charCodeAt(space))) space++;
  const name = localName(inner.slice(0, space));
  if (!name) throw unreadable();
  h.open(name, space < inner.length ? parseAttrs(inner.slice(space)) : {}, selfClosing);
  if (selfClosing) h.close(name);
  return end + 1;
};

// Consumes complete markup from `s`; returns how much was consumed (the rest waits for more input).
const consume = (s: string, h: XmlHandler, maxText: number, final: boolean): number => {
  let at = 0;
  for (;;) {
    const lt = s.indexOf('<', at);
    if (lt < 0) {
      if (s.length - at > maxText && !final) (h.text(decodeEntities(s.slice(at))), (at = s.length)); // long text: let the handler judge it
      if (final && s.slice(at).trim() !== '') throw unreadable();
      return final ? s.length : at;
    }
    if (lt > at) h.text(decodeEntities(s.slice(at, lt)));
    at = lt;
    const kind = s.charCodeAt(at + 1); // '!' 33, '?' 63
    if (!final && kind === 33 && s.length - at < 9) return at; // which kind of '<!' markup: wait for more
    const next = kind === 33 || kind === 63 ? otherMarkup(s, at, h) : element(s, at, h);
    if (next < 0) {
      if (final || s.length - at > MAX_TAG_CHARS) throw unreadable();
      return at;
    }
    at = next;
  }
};

// Scans `xml` from start to end (or until a handler throws StopScan). Text runs longer than
// `maxText` characters reach the handler in pieces, so the handler can refuse them early.
export const scanXml = (xml: Buffer, handler: XmlHandler, maxText: number): void => {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  try {
    for (let offset = 0; offset < xml.length; offset += SLICE_BYTES) {
      pending += decoder.write(xml.subarray(offset, offset + SLICE_BYTES));
      pending = pending.slice(consume(pending, handler, maxText, false));
    }
    pending += decoder.end();
    consume(pending, handler, maxText, true);
  } catch (e) {
    if (e instanceof StopScan) return;
    throw e;
  }
};
