import { formatPence } from '../shared/values';
import type { KnownService } from './commands';
import {
  MAX_POST_COST_PENCE,
  MAX_POST_FTE,
  MAX_POST_GRADE,
  MAX_POST_REFERENCE,
  MAX_POST_TITLE,
  MAX_SCP,
  MIN_SCP,
  postholderRefReason,
  referenceKey,
  VACANT_WITH_POSTHOLDER,
  type PostFields,
  type PostRow,
} from './post';

// `column` is a PostRow key such as 'fte', or '' for a problem with the whole sheet.
export type ImportProblem = { row: number; column: string; value: string; reason: string };
export type PostImportContext = {
  knownServices: KnownService[];
  allowPostholderNames: boolean;
  postIdsByReference: Record<string, string>; // upper-cased reference → postId
};

export const MAX_IMPORT_ROWS = 20_000;
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

// Sheet columns in order, with the heading a person sees; a problem's `column` is the key.
export const postImportColumns = [
  { key: 'reference', header: 'Reference' },
  { key: 'service', header: 'Service' },
  { key: 'title', header: 'Title' },
  { key: 'grade', header: 'Grade' },
  { key: 'scp', header: 'SCP' },
  { key: 'fte', header: 'FTE' },
  { key: 'postholderRef', header: 'Postholder ref' },
  { key: 'vacant', header: 'Vacant' },
  { key: 'budgetedAnnualCost', header: 'Budgeted annual cost' },
] as const satisfies readonly { key: keyof Omit<PostRow, 'row'>; header: string }[];
type Column = (typeof postImportColumns)[number]['key'];
const header = (key: Column) => postImportColumns.find((c) => c.key === key)!.header;

type Parsed<T> = { value: T } | { reason: string };

// "0.6", "1", "0.500" → thousandths, digit by digit so no floating point is involved.
export const parseFteText = (text: string): Parsed<number> => {
  if (/^-\d*\.?\d+$/.test(text)) return { reason: 'FTE must be more than 0.' };
  const match = /^(\d*)(?:\.(\d*))?$/.exec(text);
  if (!match || (match[1] === '' && !match[2])) return { reason: 'FTE must be a number such as 0.6 or 1.' };
  if ((match[2] ?? '').length > 3) return { reason: 'FTE can have at most three decimals, such as 0.625.' };
  const whole = match[1].replace(/^0+(?=\d)/, '');
  const thousandths = whole.length > 3 ? Infinity : Number(whole || '0') * 1000 + Number((match[2] ?? '').padEnd(3, '0'));
  if (thousandths <= 0) return { reason: 'FTE must be more than 0.' };
  if (thousandths > MAX_POST_FTE) return { reason: `FTE can be at most ${MAX_POST_FTE / 1000} for one post.` };
  return { value: thousandths };
};

// "£41,200.00", "41200", "41,200.5" → pence, exactly.
export const parseMoneyText = (text: string): Parsed<number> => {
  const plain = text.replace(/\s+/g, '');
  if (/^(-|\(|£-)/.test(plain)) return { reason: 'Budgeted annual cost cannot be negative.' };
  const match = /^£?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d*))?$/.exec(plain);
  if (!match) return { reason: 'Budgeted annual cost must be an amount in pounds, such as £41,200.00 or 41200.' };
  if ((match[2] ?? '').length > 2) return { reason: 'Budgeted annual cost can have at most two decimals (whole pence).' };
  const pounds = match[1].replace(/,/g, '').replace(/^0+(?=\d)/, '');
  const pence = pounds.length > 9 ? Infinity : Number(pounds) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  if (pence > MAX_POST_COST_PENCE) return { reason: `Budgeted annual cost can be at most ${formatPence(MAX_POST_COST_PENCE)} for one post.` };
  return { value: pence };
};

const YES = ['yes', 'y', 'true', '1'];
const NO = ['no', 'n', 'false', '0', ''];
export const parseVacantText = (text: string): Parsed<boolean> => {
  const lower = text.toLowerCase();
  if (YES.includes(lower)) return { value: true };
  if (NO.includes(lower)) return { value: false };
  return { reason: 'Vacant must be yes or no (or y/n, true/false, 1/0); leave it empty for a filled post.' };
};

export const parseScpText = (text: string): Parsed<number | null> => {
  if (text === '') return { value: null };
  if (/^\d{1,2}$/.test(text) && Number(text) >= MIN_SCP) return { value: Number(text) };
  return { reason: `SCP must be a whole number from ${MIN_SCP} to ${MAX_SCP}, or left empty.` };
};

// "Adult  Social Care" and "adult social care" are the same service to the person typing the sheet.
const serviceKey = (name: string) => name.replace(/\s+/g, ' ').trim().toLocaleLowerCase('en-GB');

const unknownServiceReason = (name: string, known: KnownService[]): string => {
  const few = known.slice(0, 5).map((s) => `"${s.name}"`);
  if (few.length === 0) return `No service called "${name}": this council has no services yet, so add them first.`;
  const more = known.length > few.length ? ` and ${known.length - few.length} more` : '';
  return `No service called "${name}" in this council. Use a service name as it is set up, such as ${few.join(', ')}${more}.`;
};

const textReason = (key: Column, text: string, max: number): string | null =>
  text === ''
    ? `${header(key)} is required.`
    : [...text].length > max
      ? `${header(key)} can be at most ${max} characters; this has ${[...text].length}.`
      : null;

// Parses every row and reports every problem, so a person can fix the whole sheet in one go.
// Rows whose cells are all empty are skipped: spreadsheets often carry blank lines.
export const parsePostRows = (rows: PostRow[], context: PostImportContext): { posts: PostFields[]; problems: ImportProblem[] } => {
  if (rows.length > MAX_IMPORT_ROWS) {
    const reason = `The sheet has ${thousands(rows.length)} rows of posts and the limit is ${thousands(MAX_IMPORT_ROWS)}. Split it and import each part.`;
    return { posts: [], problems: [{ row: rows[MAX_IMPORT_ROWS].row, column: '', value: '', reason }] };
  }
  const services = new Map(context.knownServices.map((s) => [serviceKey(s.name), s.serviceId]));
  const rowOfReference = new Map<string, number>();
  const posts: PostFields[] = [];
  const problems: ImportProblem[] = [];
  for (const raw of rows) {
    const cell = (key: Column) => String(raw[key] ?? '').trim();
    if (postImportColumns.every((c) => cell(c.key) === '')) continue;
    const before = problems.length;
    const problem = (key: Column, reason: string) => problems.push({ row: raw.row, column: key, value: cell(key), reason });
    const take = <T>(key: Column, parsed: Parsed<T>): T | undefined => {
      if ('reason' in parsed) problem(key, parsed.reason);
      return 'value' in parsed ? parsed.value : undefined;
    };

    const reference = cell('reference');
    const refReason = textReason('reference', reference, MAX_POST_REFERENCE);
    if (refReason) problem('reference', refReason);
    else if (rowOfReference.has(referenceKey(reference))) {
      problem(
        'reference',
        `Reference "${reference}" is already used on row ${rowOfReference.get(referenceKey(reference))}; each post needs its own reference.`,
      );
    } else rowOfReference.set(referenceKey(reference), raw.row);

    const serviceName = cell('service');
    const serviceId = services.get(serviceKey(serviceName));
    if (serviceName === '') problem('service', 'Service is required.');
    else if (serviceId === undefined) problem('service', unknownServiceReason(serviceName, context.knownServices));

    for (const [key, max] of [
      ['title', MAX_POST_TITLE],
      ['grade', MAX_POST_GRADE],
    ] as const) {
      const reason = textReason(key, cell(key), max);
      if (reason) problem(key, reason);
    }
    const scp = take('scp', parseScpText(cell('scp')));
    const fte = take('fte', cell('fte') === '' ? { reason: 'FTE is required, such as 1 or 0.6.' } : parseFteText(cell('fte')));
    const cost = take(
      'budgetedAnnualCost',
      cell('budgetedAnnualCost') === '' ? { reason: 'Budgeted annual cost is required, such as £41,200.00.' } : parseMoneyText(cell('budgetedAnnualCost')),
    );
    const vacant = take('vacant', parseVacantText(cell('vacant')));
    const postholderRef = cell('postholderRef') || null;
    if (postholderRef !== null && vacant) problem('postholderRef', VACANT_WITH_POSTHOLDER);
    else if (postholderRef !== null) {
      const reason = postholderRefReason(postholderRef, context.allowPostholderNames);
      if (reason) problem('postholderRef', reason);
    }

    if (problems.length > before) continue;
    const postId = context.postIdsByReference[referenceKey(reference)];
    if (postId === undefined) throw new Error(`No post id was assigned to reference ${reference} (row ${raw.row}).`);
    posts.push({
      postId,
      reference,
      serviceId: serviceId!,
      title: cell('title'),
      grade: cell('grade'),
      scp: scp ?? null,
      fte: fte!,
      postholderRef,
      vacant: vacant!,
      budgetedAnnualCostPence: cost!,
    });
  }
  return { posts, problems };
};
