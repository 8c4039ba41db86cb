import { describe, expect, it } from 'vitest';
import { problemColumnHeading, templateCsv } from '../../../components/spreadsheet-import/import-sheet';
import { columnHeadings } from './import-sheet';

describe('an establishment sheet', () => {
  it.each([
    ['fte', 'FTE'],
    ['budgetedAnnualCost', 'Budgeted annual cost'],
    ['postholderRef', 'Postholder'],
    ['reference', 'Reference'],
    ['scp', 'SCP'],
    ['vacant', 'Vacant'],
    ['service', 'Service'],
    ['title', 'Title'],
    ['grade', 'Grade'],
  ])('shows %s as %j', (key, heading) => {
    expect(problemColumnHeading(key, columnHeadings)).toBe(heading);
  });

  it('offers a template with the expected header row', () => {
    expect(templateCsv(Object.values(columnHeadings))).toBe('Reference,Service,Title,Grade,SCP,FTE,Postholder,Vacant,Budgeted annual cost\r\n');
  });
});
