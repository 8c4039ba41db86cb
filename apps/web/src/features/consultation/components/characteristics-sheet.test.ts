import { describe, expect, it } from 'vitest';
import { characteristicOf, readCharacteristicSheet } from './characteristics-sheet';

const people = [
  { postId: 'p-1', postReference: 'NCC-PR-0101' },
  { postId: 'p-2', postReference: 'NCC-PR-0102' },
];

describe('reading protected characteristics from a CSV file', () => {
  it('refuses a sheet past the row or column limit with one problem, before checking its rows', () => {
    const heading = 'Post reference,Protected characteristic,Group';
    const tall = [heading, ...Array.from({ length: 45_001 }, () => 'NCC-PR-0101,Age,50 and over')].join('\r\n');
    expect(readCharacteristicSheet(tall, people).problems).toEqual([
      {
        row: 45_002,
        column: '',
        value: '',
        reason: 'The sheet has 45,001 rows below its headings; at most 45,000 can be uploaded at once. Split it and upload each part',
      },
    ]);
    const wide = `${heading}\r\nNCC-PR-0101,Age,50 and over${','.repeat(100_000)}`;
    expect(readCharacteristicSheet(wide, people)).toEqual({
      entries: [],
      problems: [
        {
          row: 2,
          column: '',
          value: '',
          reason: 'This row has 100,003 cells; a sheet can have at most 53 columns. Delete the columns the upload does not need',
        },
      ],
    });
  });

  it('knows the nine characteristics however they are written', () => {
    expect(characteristicOf('Religion or belief')).toBe('RELIGION_OR_BELIEF');
    expect(characteristicOf('marriage & civil partnership')).toBe('MARRIAGE_AND_CIVIL_PARTNERSHIP');
    expect(characteristicOf(' SEX ')).toBe('SEX');
    expect(characteristicOf('height')).toBeNull();
  });

  it('turns each row into an entry for the post, matching references regardless of case', () => {
    const csv = 'Post reference,Protected characteristic,Group\r\nNCC-PR-0101,Age,50 and over\r\n,,\r\nncc-pr-0102,Sex,Female\r\nNCC-PR-0101,Sex,Male\r\n';
    expect(readCharacteristicSheet(csv, people)).toEqual({
      entries: [
        { postId: 'p-1', characteristic: 'AGE', category: '50 and over' },
        { postId: 'p-2', characteristic: 'SEX', category: 'Female' },
        { postId: 'p-1', characteristic: 'SEX', category: 'Male' },
      ],
      problems: [],
    });
  });

  it('refuses a sheet with names in it: people are identified by post reference only', () => {
    const { entries, problems } = readCharacteristicSheet('Post reference,Employee name,Characteristic,Group\nNCC-PR-0101,Ann Smith,Age,50 and over\n', people);
    expect(entries).toEqual([]);
    expect(problems).toEqual([
      { row: 1, column: 'Employee name', value: 'Employee name', reason: 'Remove this column: people are identified by post reference only' },
    ]);
  });

  it('names a missing column', () => {
    expect(readCharacteristicSheet('Post reference,Group\n', people).problems).toEqual([
      { row: 1, column: 'characteristic', value: '', reason: 'Add a column headed "Protected characteristic"' },
    ]);
  });

  it('lists every bad row, by row and column, and sends nothing', () => {
    const csv = [
      'Post ref,Characteristic,Category',
      'NCC-PR-0999,Age,Under 25',
      'NCC-PR-0101,Height,Tall',
      'NCC-PR-0102,Age,',
      'NCC-PR-0101,Age,25 to 49',
      'NCC-PR-0101,age,50 and over',
    ].join('\n');
    const { entries, problems } = readCharacteristicSheet(csv, people);
    expect(entries).toEqual([]);
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [2, 'postReference'],
      [3, 'characteristic'],
      [4, 'category'],
      [6, 'characteristic'],
    ]);
    expect(problems[0]!.reason).toBe('No one affected by this plan holds this post');
    expect(problems[3]!.reason).toBe('Given for this post on row 5 already');
  });

  it('refuses a sheet with headings only', () => {
    expect(readCharacteristicSheet('Post reference,Protected characteristic,Group\n', people).problems[0]!.reason).toBe(
      'The sheet has no rows below its headings',
    );
  });
});
