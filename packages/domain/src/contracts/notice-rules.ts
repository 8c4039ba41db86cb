import { addDays, type CivilDate } from '../shared/values';

// The notices a contract-management function publishes under the Procurement Act 2023, each with its
// deadline as rule data and the section that sets it. "Within 30 days beginning with" day D counts D
// as day 1, so the last day is D + 29.
export const NOTICE_KINDS = ['contract_details', 'contract_document', 'performance_kpi', 'performance_breach', 'change', 'termination'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

// The facts that make a notice due; recorded with their date and a description.
export const NOTICE_TRIGGER_KINDS = ['breach', 'failure_to_improve', 'modification', 'termination'] as const;
export type NoticeTriggerKind = (typeof NOTICE_TRIGGER_KINDS)[number];

export type NoticeRule = { kind: NoticeKind; name: string; source: string };

export const NOTICE_RULES: Record<NoticeKind, NoticeRule> = {
  contract_details: {
    kind: 'contract_details',
    name: 'Contract details notice',
    source: 'Procurement Act 2023 s.53(1): within 30 days beginning with the day the contract is entered into (120 days for a light-touch contract)',
  },
  contract_document: {
    kind: 'contract_document',
    name: 'Publication of the contract (over £5m)',
    source:
      'Procurement Act 2023 s.53(3): a copy of a contract worth over £5m within 90 days beginning with the day it is entered into (180 days for light touch)',
  },
  performance_kpi: {
    kind: 'performance_kpi',
    name: 'Contract performance notice (KPIs)',
    source: 'Procurement Act 2023 s.71(1)–(2): KPI performance at least every 12 months and at the end, for contracts over £5m with KPIs',
  },
  performance_breach: {
    kind: 'performance_breach',
    name: 'Contract performance notice (breach or failure to improve)',
    source:
      'Procurement Act 2023 s.71(3)–(5): within 30 days beginning with the day a breach led to termination, damages or a settlement, or a failure to improve was found',
  },
  change: {
    kind: 'change',
    name: 'Contract change notice',
    source: 'Procurement Act 2023 s.75(1): before modifying the contract (unless an exception in s.75(2)–(6) applies)',
  },
  termination: {
    kind: 'termination',
    name: 'Contract termination notice',
    source: 'Procurement Act 2023 s.80(1): within 30 days beginning with the day the contract ends, however it ends (expiry included)',
  },
};

// Which notice a recorded fact calls for.
export const NOTICE_FOR_TRIGGER: Record<NoticeTriggerKind, NoticeKind> = {
  breach: 'performance_breach',
  failure_to_improve: 'performance_breach',
  modification: 'change',
  termination: 'termination',
};

// The last day of "within n days beginning with" a day.
export const withinDaysBeginningWith = (day: CivilDate, days: number): CivilDate => addDays(day, days - 1);

// A change notice is published before the modification: the day before it takes effect at the latest.
export const changeNoticeDue = (modifiedOn: CivilDate): CivilDate => addDays(modifiedOn, -1);

export const dueAfterTrigger = (kind: NoticeTriggerKind, on: CivilDate): CivilDate =>
  kind === 'modification' ? changeNoticeDue(on) : withinDaysBeginningWith(on, 30);

// Payments compliance notices (s.69) belong to the contracting authority, not to a contract: one per
// six-month reporting period ending 31 March or 30 September, due within 30 days beginning with its last
// day. The duty was commenced from 1 January 2026 (first period 1 January – 31 March 2026).
export const PAYMENTS_COMPLIANCE_RULE = {
  from: '2026-01-01',
  source:
    'Procurement Act 2023 s.69(1) and (3): within 30 days beginning with the last day of each reporting period (to 31 March and 30 September); Procurement Regulations 2024 reg. 38',
};

export type PaymentsCompliancePeriod = { from: CivilDate; to: CivilDate; dueDate: CivilDate };

// The reporting periods that have ended by `today`, oldest first.
export const paymentsCompliancePeriods = (today: CivilDate, from: CivilDate = PAYMENTS_COMPLIANCE_RULE.from): PaymentsCompliancePeriod[] => {
  const periods: PaymentsCompliancePeriod[] = [];
  let start = from;
  for (let year = Number(from.slice(0, 4)); ; year++) {
    for (const end of [`${year}-03-31`, `${year}-09-30`]) {
      if (end < start) continue;
      if (end >= today) return periods;
      periods.push({ from: start, to: end, dueDate: withinDaysBeginningWith(end, 30) });
      start = addDays(end, 1);
    }
  }
};
