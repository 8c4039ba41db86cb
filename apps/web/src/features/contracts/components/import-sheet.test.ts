import { describe, expect, it } from 'vitest';
import { problemColumnHeading, templateCsv } from '../../../components/spreadsheet-import/import-sheet';
import { columnHeadings } from './import-sheet';

describe('a contracts sheet', () => {
  it.each([
    ['endDate', 'End date'],
    ['annualValue', 'Annual value'],
    ['wholeLifeValue', 'Whole-life value'],
    ['service', 'Service'],
    ['contractManagerPost', 'Contract manager post'],
    ['kpisSet', 'KPIs set'],
    ['vfmNote', 'VFM note'],
    ['procurementStartedOn', 'Procurement started'],
    ['', 'Whole sheet'],
    ['Start date', 'Start date'],
  ])('shows the column %j as %j', (key, heading) => {
    expect(problemColumnHeading(key, columnHeadings)).toBe(heading);
  });

  it('offers a template with the headings the API reads', () => {
    expect(templateCsv(Object.values(columnHeadings))).toBe(
      'Reference,Title,Supplier,Service,Annual value,Whole-life value,Start date,End date,Risk,VFM concern,VFM note,Contract manager post,KPIs set,Exempt,Procurement started,Regime\r\n',
    );
  });
});
