import type { BenefitFields } from '../benefit-fields';
import { benefitRowsFrom, benefitTotals } from './benefit-rows';

const benefit: BenefitFields = {
  benefitId: 'b1',
  title: 'Savings',
  cashable: true,
  annualAmountPence: 100,
  owner: 'Jo',
  baseline: '',
  targetDate: '2027-03-31',
  status: 'planned',
};

describe('benefitRowsFrom', () => {
  it('creates, updates and moves the status of a row, keeping the last status note', () => {
    const [created] = benefitRowsFrom({ type: 'BenefitRecorded', data: benefit });
    expect(created).toEqual({ benefitId: 'b1', row: { ...benefit, statusNote: null } });
    const [moved] = benefitRowsFrom({ type: 'BenefitStatusChanged', data: { benefitId: 'b1', from: 'planned', to: 'at_risk', note: 'Delayed' } }, created.row);
    expect(moved.row).toEqual({ ...benefit, status: 'at_risk', statusNote: 'Delayed' });
    const [updated] = benefitRowsFrom({ type: 'BenefitUpdated', data: { ...benefit, status: 'at_risk', owner: 'Sam' } }, moved.row);
    expect(updated.row).toEqual({ ...benefit, status: 'at_risk', owner: 'Sam', statusNote: 'Delayed' });
  });

  it('gives no row for a status change without the stored row', () => {
    expect(benefitRowsFrom({ type: 'BenefitStatusChanged', data: { benefitId: 'b1', from: 'planned', to: 'at_risk', note: '' } })).toEqual([]);
  });
});

describe('benefitTotals', () => {
  it('sums cashable and non-cashable pence exactly, and by status with every status listed', () => {
    expect(
      benefitTotals([
        { cashable: true, annualAmountPence: 45_000_001, status: 'on_track' },
        { cashable: true, annualAmountPence: 10_000_000, status: 'at_risk' },
        { cashable: false, annualAmountPence: 2_500_000, status: 'on_track' },
      ]),
    ).toEqual({
      cashablePence: 55_000_001,
      nonCashablePence: 2_500_000,
      byStatus: { planned: 0, on_track: 47_500_001, at_risk: 10_000_000, achieved: 0, not_achieved: 0 },
    });
  });

  it('is all zeros for no benefits', () => {
    expect(benefitTotals([])).toEqual({
      cashablePence: 0,
      nonCashablePence: 0,
      byStatus: { planned: 0, on_track: 0, at_risk: 0, achieved: 0, not_achieved: 0 },
    });
  });
});
