import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/graphql';
import { fileProblem, importProblemsOf, importSummary, problemColumnHeading, rejectionHeading, templateCsv } from './import-sheet';

describe('a contracts sheet', () => {
  it.each([
    ['endDate', 'End date'], ['annualValue', 'Annual value'], ['wholeLifeValue', 'Whole-life value'], ['service', 'Service'],
    ['contractManagerPost', 'Contract manager post'], ['kpisSet', 'KPIs set'], ['vfmNote', 'VFM note'], ['', 'Whole sheet'],
    ['Start date', 'Start date'],
  ])('shows the column %j as %j', (key, heading) => {
    expect(problemColumnHeading(key)).toBe(heading);
  });

  it('takes every problem from a rejection and counts rows in its heading', () => {
    const problems = [
      { row: 2, column: 'endDate', value: '2025-03-31', reason: 'End date 2025-03-31 is before start date 2026-04-01.' },
      { row: 2, column: 'risk', value: 'severe', reason: 'Expected low, medium or high; got "severe".' },
    ];
    const error = new ApiError('BAD_USER_INPUT', '1 row has problems', 'IMPORT_REJECTED', { problems });
    expect(importProblemsOf(error)).toEqual(problems);
    expect(rejectionHeading(problems)).toBe('1 row has problems; nothing was imported');
    expect(importProblemsOf(new ApiError('BAD_USER_INPUT', 'Import an .xlsx or a .csv file.'))).toEqual([]);
  });

  it('summarises a success and checks the file first', () => {
    expect(importSummary({ fileName: 'contracts.csv', rowCount: 1, created: 1, updated: 0, unchanged: 0 }))
      .toBe('Imported contracts.csv: 1 row — 1 new, 0 updated, 0 unchanged');
    expect(fileProblem(null)).toBe('Select a spreadsheet file to import');
    expect(fileProblem({ name: 'contracts.pdf', size: 3 })).toBe('The selected file must be an .xlsx or .csv file');
    expect(fileProblem({ name: 'Contracts.CSV', size: 3 })).toBeNull();
  });

  it('offers a template with the headings the API reads', () => {
    expect(templateCsv()).toBe(
      'Reference,Title,Supplier,Service,Annual value,Whole-life value,Start date,End date,Risk,VFM concern,VFM note,Contract manager post,KPIs set,Exempt\r\n',
    );
  });
});
