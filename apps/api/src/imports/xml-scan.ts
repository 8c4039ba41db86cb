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

const ATTR = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const parseAttrs = (body: string): Record<string, string> => {
  const attrs: Record<string, string> = {};
  for (const m of body.matchAll(ATTR)) attrs[m[1]] = decodeEntities(m[2] ?? m[3] ?? '');
  return attrs;
};

// The end of a tag that starts at `from` ('<' at from), respecting quoted attribute values; -1 if not yet in `s`.
const tagEnd = (s: string, from: number): number => {
  let quote = '';
  for (let i = from + 1; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
  }
  return -1;
};

// Consumes complete markup from `s`; returns how much was consumed (the rest waits for more input).
const consume = (s: string, h: XmlHandler, maxText: number, final: boolean): number => {
  let at = 0;
  for (;;) {
    const lt = s.indexOf('<', at);
    if (lt < 0) {
      if (s.length - at > maxText && !final) h.text(decodeEntities(s.slice(at))), (at = s.length); // long text: let the handler judge it
      if (final && s.slice(at).trim() !== '') throw unreadable();
      return final ? s.length : at;
    }
    if (lt > at) h.text(decodeEntities(s.slice(at, lt)));
    at = lt;
    let end: number;
    let next: number;
    if (!final && s.length - at < 9 && s.startsWith('<!', at)) return at; // which kind of markup: wait for more
    if (s.startsWith('<!--', at)) (end = s.indexOf('-->', at + 4)), (next = end + 3);
    else if (s.startsWith('<![CDATA[', at)) {
      end = s.indexOf(']]>', at + 9);
      next = end + 3;
      if (end >= 0) h.text(s.slice(at + 9, end));
    } else if (s.startsWith('<?', at)) (end = s.indexOf('?>', at + 2)), (next = end + 2);
    else if (s.startsWith('<!', at)) throw unreadable(); // DOCTYPE and the like
    else {
      end = tagEnd(s, at);
      next = end + 1;
      if (end >= 0) {
        const body = s.slice(at + 1, end);
        if (body[0] === '/') h.close(localName(body.slice(1).trim()));
        else {
          const selfClosing = body.endsWith('/');
          const inner = selfClosing ? body.slice(0, -1) : body;
          const space = inner.search(/\s/);
          const name = localName(space < 0 ? inner : inner.slice(0, space));
          if (!name) throw unreadable();
          h.open(name, space < 0 ? {} : parseAttrs(inner.slice(space)), selfClosing);
          if (selfClosing) h.close(name);
        }
      }
    }
    if (end < 0) {
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
