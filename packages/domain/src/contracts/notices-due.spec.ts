import type { ContractFields } from './contract-fields';
import { paymentsCompliancePeriods, withinDaysBeginningWith } from './notice-rules';
import { contractNoticesDue, emptyNoticeRecord, type ContractNoticeRecord } from './notices-due';
import { homeCare } from './spec-fixtures';

// homeCare: £6m whole life, procured 2025-03-03 (under the Act), 2025-04-01 to 2030-03-31, 3 KPIs.
const contract: ContractFields = homeCare;
const triggerId = '0190a000-0000-7000-8000-00000000c301';
const breach = (occurredOn: string): ContractNoticeRecord => ({
  triggers: [{ triggerId, kind: 'breach', occurredOn, description: 'Settlement' }],
  published: [],
});
const dueOf = (record: ContractNoticeRecord, today: string, kind: string) => contractNoticesDue(contract, record, today).filter((n) => n.kind === kind);

describe('notice deadlines', () => {
  it('counts "within 30 days beginning with" the day itself as day 1', () => {
    expect(withinDaysBeginningWith('2026-11-20', 30)).toBe('2026-12-19');
  });

  it.each([
    ['2026-12-19', 'due'],
    ['2026-12-20', 'overdue'],
  ])('a breach on 2026-11-20 (s.71(5)): on %s its performance notice is %s', (today, state) => {
    expect(dueOf(breach('2026-11-20'), today, 'performance_breach')).toEqual([expect.objectContaining({ dueDate: '2026-12-19', state, triggerId })]);
  });

  it.each([
    ['2027-01-09', 'due'],
    ['2027-01-10', 'overdue'],
  ])('a modification taking effect 2027-01-10 (s.75): on %s its change notice is %s', (today, state) => {
    const record: ContractNoticeRecord = {
      triggers: [{ triggerId, kind: 'modification', occurredOn: '2027-01-10', description: 'Evening visits' }],
      published: [],
    };
    expect(dueOf(record, today, 'change')).toEqual([expect.objectContaining({ dueDate: '2027-01-09', state })]);
  });

  it.each([
    ['2025-04-30', 'due'],
    ['2025-05-01', 'overdue'],
  ])('contract details (s.53(1)), entered into 2025-04-01: on %s the notice is %s', (today, state) => {
    expect(dueOf(emptyNoticeRecord, today, 'contract_details')).toEqual([expect.objectContaining({ dueDate: '2025-04-30', state })]);
  });

  it('publishes the contract itself over £5m within 90 days (s.53(3)), and a light-touch one within 120 and 180', () => {
    expect(dueOf(emptyNoticeRecord, '2025-04-01', 'contract_document')[0].dueDate).toBe('2025-06-29');
    const lightTouch = contractNoticesDue({ ...contract, exempt: 'light_touch' }, emptyNoticeRecord, '2025-04-01');
    expect(lightTouch.filter((n) => n.kind !== 'termination').map((n) => [n.kind, n.dueDate])).toEqual([
      ['contract_details', '2025-07-29'],
      ['contract_document', '2025-09-27'],
    ]);
    expect(dueOf(emptyNoticeRecord, '2025-04-01', 'contract_document')).toHaveLength(1);
    expect(contractNoticesDue({ ...contract, wholeLifeValuePence: 500_000_000 }, emptyNoticeRecord, '2025-04-01').map((n) => n.kind)).not.toContain(
      'contract_document',
    );
  });

  it('a termination notice follows expiry within 30 days (s.80), or an earlier recorded termination instead', () => {
    expect(dueOf(emptyNoticeRecord, '2026-01-01', 'termination')).toEqual([
      expect.objectContaining({ dueDate: '2030-04-29', because: 'Contract expires (2030-03-31)' }),
    ]);
    const ended: ContractNoticeRecord = {
      triggers: [{ triggerId, kind: 'termination', occurredOn: '2026-10-01', description: 'Ended by agreement' }],
      published: [],
    };
    expect(dueOf(ended, '2026-10-31', 'termination')).toEqual([expect.objectContaining({ dueDate: '2026-10-30', state: 'overdue', triggerId })]);
  });

  it('KPI notices every 12 months and at the end; a published one answers the earliest', () => {
    const record: ContractNoticeRecord = {
      triggers: [],
      published: [{ noticeId: 'n1', kind: 'performance_kpi', triggerId: null, publishedOn: '2026-03-30', reference: null }],
    };
    expect(dueOf(record, '2027-04-02', 'performance_kpi').map((n) => `${n.dueDate} ${n.state}`)).toEqual([
      '2026-04-01 published',
      '2027-04-01 overdue',
      '2028-04-01 due',
      '2029-04-01 due',
      '2030-03-31 due',
    ]);
  });

  it('asks nothing of a contract under PCR 2015 or with no regime recorded', () => {
    expect(contractNoticesDue({ ...contract, procurementStartedOn: '2025-02-23' }, breach('2026-11-20'), '2026-12-01')).toEqual([]);
    expect(contractNoticesDue({ ...contract, procurementStartedOn: null }, emptyNoticeRecord, '2026-12-01')).toEqual([]);
  });
});

describe('payments compliance notices (s.69): per authority, each six-month period', () => {
  it('lists the periods ended by today, each due within 30 days beginning with its last day', () => {
    expect(paymentsCompliancePeriods('2026-03-31')).toEqual([]);
    expect(paymentsCompliancePeriods('2026-04-01')).toEqual([{ from: '2026-01-01', to: '2026-03-31', dueDate: '2026-04-29' }]);
    expect(paymentsCompliancePeriods('2026-12-08').map((p) => `${p.from}..${p.to} due ${p.dueDate}`)).toEqual([
      '2026-01-01..2026-03-31 due 2026-04-29',
      '2026-04-01..2026-09-30 due 2026-10-29',
    ]);
  });
});
