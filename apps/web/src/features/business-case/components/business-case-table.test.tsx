import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { OptionBusinessCase } from '../api/business-case.queries';
import { BusinessCaseTable } from './business-case-table';

afterEach(cleanup);

const year = (financialYear: string, over: Partial<OptionBusinessCase['years'][number]> = {}): OptionBusinessCase['years'][number] => ({
  financialYear,
  payPence: 100_000_00,
  nonPayPence: 10_000_00,
  incrementsPence: 0,
  payAwardPence: 0,
  vacancySavingPence: 0,
  recurringPence: 110_000_00,
  oneOffPence: 0,
  fundingPence: 100_000_00,
  netPence: -10_000_00,
  cumulativeNetPence: -10_000_00,
  payAward: { kind: 'agreed', rateBp: null, description: '3.2%', source: 'NJC' },
  ...over,
});
const option: OptionBusinessCase = {
  optionId: 'o1',
  optionName: 'Hub and spoke',
  chosen: true,
  paybackYear: null,
  years: [
    year('2025/26'),
    year('2026/27', {
      payAward: { kind: 'assumed', rateBp: 250, description: null, source: null },
      payAwardPence: 2_500_00,
      vacancySavingPence: 3_075_00,
      cumulativeNetPence: -20_000_00,
    }),
  ],
  totals: {
    payPence: 200_000_00,
    nonPayPence: 20_000_00,
    incrementsPence: 0,
    payAwardPence: 2_500_00,
    vacancySavingPence: 3_075_00,
    recurringPence: 220_000_00,
    oneOffPence: 0,
    fundingPence: 200_000_00,
    netPence: -20_000_00,
  },
};

describe('BusinessCaseTable', () => {
  it('labels each year’s pay award and shows the vacancy saving as money taken off', () => {
    render(<BusinessCaseTable option={option} />);
    expect(screen.getByRole('table', { name: /Hub and spoke \(chosen option\): payback not within the plan/ })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: /2025\/26 pay award agreed, in the pay tables/ })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: /2026\/27 pay award 2.5% assumed/ })).toBeTruthy();
    const vacancy = screen.getByRole('row', { name: /Vacancy saving/ });
    expect(
      within(vacancy)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['£0.00', '-£3,075.00', '-£3,075.00']);
  });

  it('ends with the cumulative position, year by year', () => {
    render(<BusinessCaseTable option={option} />);
    const row = screen.getByRole('row', { name: /Cumulative net position/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['-£10,000.00', '-£20,000.00', '']);
  });
});
