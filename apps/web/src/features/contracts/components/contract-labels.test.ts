import { describe, expect, it } from 'vitest';
import type { TargetContract } from '../api/contracts.queries';
import { dutiesAtRisk, kpiShortfall, kpisLabel, nextNoticeDue, overdueNotices, readableDates } from './contract-labels';

type Duties = TargetContract['procurementActDuties'];
const duties = (over: Partial<Duties> = {}): Duties => ({
  applies: true,
  regime: 'PROCUREMENT_ACT_2023',
  reason: 'Whole-life value £58,800,000.00 is over £5,000,000.00 and the contract started on or after 2025-02-24.',
  ruleVersion: '2025-02-24',
  kpis: { required: true, minimum: 3, set: 2, met: false },
  performanceNotices: [
    { dueDate: '2026-04-01', kind: 'ANNUAL', overdue: true },
    { dueDate: '2027-04-01', kind: 'ANNUAL', overdue: false },
    { dueDate: '2032-03-31', kind: 'END', overdue: false },
  ],
  ...over,
});

describe('Procurement Act duties on screen', () => {
  it('finds the overdue notices and the next one due', () => {
    expect(overdueNotices(duties()).map((n) => n.dueDate)).toEqual(['2026-04-01']);
    expect(nextNoticeDue(duties())?.dueDate).toBe('2027-04-01');
    expect(nextNoticeDue(duties({ performanceNotices: [] }))).toBeNull();
  });

  it('counts KPIs against the minimum only where they are required', () => {
    expect(kpisLabel(duties())).toBe('2 of 3');
    expect(kpiShortfall(duties())).toBe(1);
    const none = duties({ applies: false, kpis: { required: false, minimum: 0, set: 4, met: true }, performanceNotices: [] });
    expect(kpisLabel(none)).toBe('4');
    expect(kpiShortfall(none)).toBe(0);
  });

  it('puts duties at risk when KPIs are short or a notice is overdue, and only where the Act applies', () => {
    expect(dutiesAtRisk({ procurementActDuties: duties() })).toBe(true);
    const kpisMet = { required: true, minimum: 3, set: 3, met: true };
    expect(dutiesAtRisk({ procurementActDuties: duties({ kpis: kpisMet }) })).toBe(true);
    expect(dutiesAtRisk({ procurementActDuties: duties({ kpis: kpisMet, performanceNotices: [] }) })).toBe(false);
    expect(dutiesAtRisk({ procurementActDuties: duties({ applies: false }) })).toBe(false);
  });

  it('writes the explanation’s dates as people read them', () => {
    expect(readableDates(duties().reason)).toBe('Whole-life value £58,800,000.00 is over £5,000,000.00 and the contract started on or after 24 February 2025.');
  });
});
