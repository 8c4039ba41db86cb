import { describe, expect, it } from 'vitest';
import { readNonPayRows, rowsOf } from './non-pay-lines';

describe('non-pay lines as typed', () => {
  it('reads pounds into exact pence and drops empty rows', () => {
    expect(
      readNonPayRows([
        { label: ' CIPS training ', amount: '24,000.10' },
        { label: '', amount: '' },
      ]),
    ).toEqual({ ok: true, lines: [{ label: 'CIPS training', pencePerYear: 2_400_010 }] });
  });

  it('names the row of each problem', () => {
    expect(
      readNonPayRows([
        { label: '', amount: '5' },
        { label: 'Licences', amount: '12.345' },
      ]),
    ).toEqual({
      ok: false,
      problems: [
        { fieldId: 'non-pay-0-label', message: 'Enter what line 1 is for' },
        { fieldId: 'non-pay-1-amount', message: 'The amount a year of line 2 can have at most 2 decimal places (whole pence)' },
      ],
    });
  });

  it('writes the lines back as they are typed', () => {
    expect(rowsOf([{ label: 'Licences', pencePerYear: 1_800_000 }])).toEqual([{ label: 'Licences', amount: '18,000.00' }]);
  });
});
