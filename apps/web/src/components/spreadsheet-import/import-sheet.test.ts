import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/graphql';
import { fileProblem, importProblemsOf, importSummary, parseCsv, problemColumnHeading, readFileAsBase64, rejectionHeading } from './import-sheet';

const headings = { budgetedAnnualCost: 'Budgeted annual cost' };

describe('problemColumnHeading', () => {
  it('keeps a heading the API already sent, and names a whole-sheet problem', () => {
    expect(problemColumnHeading('budgetedAnnualCost', headings)).toBe('Budgeted annual cost');
    expect(problemColumnHeading('Budgeted annual cost', headings)).toBe('Budgeted annual cost');
    expect(problemColumnHeading('', headings)).toBe('Whole sheet');
  });
});

describe('a rejected import', () => {
  const problems = [
    { row: 3, column: 'fte', value: '0.6.1', reason: 'FTE must be a number such as 0.6 or 1.' },
    { row: 3, column: 'service', value: 'Nope', reason: 'No service called "Nope".' },
    { row: 7, column: 'budgetedAnnualCost', value: '', reason: 'Budgeted annual cost is required.' },
  ];

  it('takes every problem from the error details', () => {
    const error = new ApiError('BAD_USER_INPUT', '2 rows have problems', 'IMPORT_REJECTED', { problems });
    expect(importProblemsOf(error)).toEqual(problems);
    expect(importProblemsOf(new ApiError('BAD_USER_INPUT', 'Import an .xlsx or a .csv file.', 'UNSUPPORTED_FILE_TYPE'))).toEqual([]);
    expect(importProblemsOf(new Error('boom'))).toEqual([]);
  });

  it('counts rows, not problems, in its heading', () => {
    expect(rejectionHeading(problems)).toBe('2 rows have problems; nothing was imported');
    expect(rejectionHeading(problems.slice(0, 2))).toBe('1 row has problems; nothing was imported');
  });
});

describe('the import', () => {
  it('summarises a success in one sentence', () => {
    expect(importSummary({ fileName: 'posts.csv', rowCount: 3, created: 2, updated: 1, unchanged: 0 })).toBe(
      'Imported posts.csv: 3 rows — 2 new, 1 updated, 0 unchanged',
    );
    expect(importSummary({ fileName: 'contracts.csv', rowCount: 1, created: 1, updated: 0, unchanged: 0 })).toBe(
      'Imported contracts.csv: 1 row — 1 new, 0 updated, 0 unchanged',
    );
  });

  it('checks the chosen spreadsheet before sending it', () => {
    expect(fileProblem(null)).toBe('Select a spreadsheet file to import');
    expect(fileProblem({ name: 'posts.pdf', size: 10 })).toBe('The selected file must be an .xlsx or .csv file');
    expect(fileProblem({ name: 'Posts.XLSX', size: 10 })).toBeNull();
    expect(fileProblem({ name: 'Contracts.CSV', size: 3 })).toBeNull();
    expect(fileProblem({ name: 'posts.csv', size: 0 })).toBe('The selected file is empty');
    expect(fileProblem({ name: 'posts.csv', size: 8 * 1024 * 1024 })).toBe('The selected file must be smaller than 7 MB');
  });

  it('takes only a CSV file for a sheet read in the browser', () => {
    expect(fileProblem(null, 'csv')).toBe('Select a CSV file to upload');
    expect(fileProblem({ name: 'traits.xlsx', size: 10 }, 'csv')).toBe('The selected file must be a .csv file: save the sheet as CSV first');
    expect(fileProblem({ name: 'Traits.CSV', size: 10 }, 'csv')).toBeNull();
    expect(fileProblem({ name: 'traits.csv', size: 8 * 1024 * 1024 }, 'csv')).toBe('The selected file must be smaller than 7 MB');
  });

  it('reads a file as plain base64', async () => {
    const base64 = await readFileAsBase64(new Blob(['Reference,Service\r\n'], { type: 'text/csv' }));
    expect(atob(base64)).toBe('Reference,Service\r\n');
  });

  it('parses quoted cells, doubled quotes, CRLF and a byte-order mark', () => {
    expect(parseCsv('\uFEFFa,"b, c"\r\n"say ""hi""",d\n')).toEqual([
      ['a', 'b, c'],
      ['say "hi"', 'd'],
    ]);
    expect(parseCsv('a,"b')).toBeNull();
  });
});
