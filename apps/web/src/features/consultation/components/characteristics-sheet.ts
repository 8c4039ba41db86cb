import { parseCsv, type ImportProblem } from '../../../components/spreadsheet-import/import-sheet';
import type { ProtectedCharacteristic } from '../../../gql/graphql';

export type CharacteristicEntry = { postId: string; characteristic: ProtectedCharacteristic; category: string };
type Person = { postId: string; postReference: string };
type Column = 'postReference' | 'characteristic' | 'category';

export const characteristicHeadings: Readonly<Record<Column, string>> = {
  postReference: 'Post reference',
  characteristic: 'Protected characteristic',
  category: 'Group',
};
export const characteristicTemplate = Object.values(characteristicHeadings);

const MAX_CATEGORY = 60;
// As for the API's imports: at most 5,000 people (the API's own limit) with the nine characteristics
// each, and the three columns plus 50 others. A bigger sheet is refused before it is checked row by row.
const MAX_ROWS = 5_000 * 9;
const MAX_COLUMNS = 3 + 50;
const thousands = (n: number) => n.toLocaleString('en-GB');
const CHARACTERISTICS: readonly ProtectedCharacteristic[] = [
  'AGE',
  'DISABILITY',
  'GENDER_REASSIGNMENT',
  'MARRIAGE_AND_CIVIL_PARTNERSHIP',
  'PREGNANCY_AND_MATERNITY',
  'RACE',
  'RELIGION_OR_BELIEF',
  'SEX',
  'SEXUAL_ORIENTATION',
];
const aliases: Record<Column, string[]> = {
  postReference: ['post reference', 'post ref', 'post', 'reference'],
  characteristic: ['protected characteristic', 'characteristic'],
  category: ['group', 'category'],
};
// Headings that would put a person's identity next to their characteristics: the sheet is by post only.
const identifying = /\b(name|forename|surname|email|e mail|employee|payroll|staff number|ni number|national insurance|date of birth|dob)\b/;

const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

export function characteristicOf(text: string): ProtectedCharacteristic | null {
  const key = words(text).replace(/ /g, '_').toUpperCase();
  return CHARACTERISTICS.find((c) => c === key) ?? null;
}

// The sheet as entries for recordProtectedCharacteristics, or every problem by row and column
// (row 1 is the heading row); nothing is sent while any problem remains.
export function readCharacteristicSheet(text: string, people: readonly Person[]): { entries: CharacteristicEntry[]; problems: ImportProblem[] } {
  const rows = parseCsv(text);
  if (!rows) return { entries: [], problems: [{ row: 0, column: '', value: '', reason: 'A quoted cell is never closed. Check the last rows of the file.' }] };
  if (rows.length - 1 > MAX_ROWS) {
    return {
      entries: [],
      problems: [
        {
          row: MAX_ROWS + 2,
          column: '',
          value: '',
          reason: `The sheet has ${thousands(rows.length - 1)} rows below its headings; at most ${thousands(MAX_ROWS)} can be uploaded at once. Split it and upload each part`,
        },
      ],
    };
  }
  const wide = rows.findIndex((r) => r.length > MAX_COLUMNS);
  if (wide >= 0) {
    return {
      entries: [],
      problems: [
        {
          row: wide + 1,
          column: '',
          value: '',
          reason: `This row has ${thousands(rows[wide]!.length)} cells; a sheet can have at most ${MAX_COLUMNS} columns. Delete the columns the upload does not need`,
        },
      ],
    };
  }
  const [heading = [], ...body] = rows;
  const names = heading.map(words);
  const problems: ImportProblem[] = [];
  const index = {} as Record<Column, number>;
  for (const column of Object.keys(aliases) as Column[]) {
    index[column] = names.findIndex((n) => aliases[column].includes(n));
    if (index[column] < 0) problems.push({ row: 1, column, value: '', reason: `Add a column headed "${characteristicHeadings[column]}"` });
  }
  heading.forEach((h, i) => {
    if (identifying.test(names[i]!)) problems.push({ row: 1, column: h, value: h, reason: 'Remove this column: people are identified by post reference only' });
  });
  if (problems.length) return { entries: [], problems };

  const byReference = new Map(people.map((p) => [p.postReference.trim().toLowerCase(), p.postId]));
  const seen = new Map<string, number>();
  const entries: CharacteristicEntry[] = [];
  body.forEach((cells, i) => {
    const row = i + 2;
    const cell = (c: Column) => (cells[index[c]] ?? '').trim();
    if (cells.every((c) => c.trim() === '')) return;
    const [reference, named, category] = [cell('postReference'), cell('characteristic'), cell('category')];
    const postId = byReference.get(reference.toLowerCase());
    const characteristic = characteristicOf(named);
    if (!postId)
      problems.push({
        row,
        column: 'postReference',
        value: reference,
        reason: reference ? 'No one affected by this plan holds this post' : 'Enter the post reference',
      });
    if (!characteristic)
      problems.push({
        row,
        column: 'characteristic',
        value: named,
        reason: 'Use one of the nine protected characteristics of the Equality Act 2010, such as Age or Religion or belief',
      });
    if (!category) problems.push({ row, column: 'category', value: category, reason: 'Enter the group, as the council records it' });
    else if (category.length > MAX_CATEGORY) problems.push({ row, column: 'category', value: category, reason: `Use at most ${MAX_CATEGORY} characters` });
    if (!postId || !characteristic || !category || category.length > MAX_CATEGORY) return;
    const key = `${postId}|${characteristic}`;
    const earlier = seen.get(key);
    if (earlier) {
      problems.push({ row, column: 'characteristic', value: named, reason: `Given for this post on row ${earlier} already` });
      return;
    }
    seen.set(key, row);
    entries.push({ postId, characteristic, category });
  });
  if (!problems.length && !entries.length) problems.push({ row: 2, column: '', value: '', reason: 'The sheet has no rows below its headings' });
  return problems.length ? { entries: [], problems } : { entries, problems };
}
