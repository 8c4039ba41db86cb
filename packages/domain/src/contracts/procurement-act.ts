import { invalid } from './errors';
import { addMonths } from '../shared/values/civil-months';
import { formatPence, requireCivilDate, type CivilDate, type Money } from '../shared/values';
import type { ContractExemption, ContractFields } from './contract-fields';
import { contractRegimeOf, PROCUREMENT_REGIME_RULE, type ContractRegime, type ProcurementRegimeRule } from './procurement-regime';

export type ProcurementActRule = {
  effectiveFrom: CivilDate;
  kpiThresholdPence: Money;
  minimumKpis: number;
  performanceNoticeIntervalMonths: number;
  source: string;
};

// Dated rule data, oldest first: a replay uses the version in force when the procurement began.
export const PROCUREMENT_ACT_RULES: ProcurementActRule[] = [
  {
    effectiveFrom: '2025-02-24',
    kpiThresholdPence: 500_000_000,
    minimumKpis: 3,
    performanceNoticeIntervalMonths: 12,
    source: 'Procurement Act 2023 s.52 (KPIs over £5m) and s.71 (contract performance notices); in force 24 February 2025',
  },
];

export const PERFORMANCE_NOTICE_KINDS = ['annual', 'end'] as const;
export type PerformanceNoticeKind = (typeof PERFORMANCE_NOTICE_KINDS)[number];
export type PerformanceNoticeDue = { dueDate: CivilDate; kind: PerformanceNoticeKind; overdue: boolean };
export type ProcurementActDuties = {
  applies: boolean;
  regime: ContractRegime;
  reason: string;
  kpis: { required: boolean; minimum: number; set: number; met: boolean };
  performanceNotices: PerformanceNoticeDue[];
  ruleVersion: string;
};

const EXEMPTION_NAMES: Record<ContractExemption, string> = {
  framework: 'a framework',
  concession: 'a concession contract',
  light_touch: 'a light-touch contract',
  not_measurable: 'a contract whose performance cannot sensibly be measured by KPIs',
};

export const procurementRuleInForceOn = (date: CivilDate, rules: ProcurementActRule[] = PROCUREMENT_ACT_RULES): ProcurementActRule | null =>
  [...rules].reverse().find((r) => r.effectiveFrom <= date) ?? null;

type DutyInputs = Pick<ContractFields, 'wholeLifeValuePence' | 'startDate' | 'endDate' | 'kpisSet' | 'exempt' | 'procurementStartedOn' | 'regime'>;

// Notices are due every interval from the start date while before the end date, and one at the end;
// each counted from the start (start + 12k months) so a 31 January start does not drift.
const noticesDue = (c: DutyInputs, rule: ProcurementActRule, today: CivilDate): PerformanceNoticeDue[] => {
  const notices: PerformanceNoticeDue[] = [];
  for (let k = 1; ; k++) {
    const dueDate = addMonths(c.startDate, k * rule.performanceNoticeIntervalMonths);
    if (dueDate >= c.endDate) break;
    notices.push({ dueDate, kind: 'annual', overdue: dueDate < today });
  }
  notices.push({ dueDate: c.endDate, kind: 'end', overdue: c.endDate < today });
  return notices;
};

export const procurementActDuties = (
  contract: DutyInputs,
  today: CivilDate,
  rules: ProcurementActRule[] = PROCUREMENT_ACT_RULES,
  regimeRule: ProcurementRegimeRule = PROCUREMENT_REGIME_RULE,
): ProcurementActDuties => {
  requireCivilDate('today', today);
  requireCivilDate('startDate', contract.startDate);
  requireCivilDate('endDate', contract.endDate);
  // Rule data, not user input; a bad table would otherwise give wrong duties or never stop counting notices.
  if (rules.length === 0 || rules.some((r) => !Number.isSafeInteger(r.performanceNoticeIntervalMonths) || r.performanceNoticeIntervalMonths < 1)) {
    throw invalid('INVALID_PROCUREMENT_RULES', 'The Procurement Act rule data is missing or has a notice interval below one month.');
  }
  const set = contract.kpisSet;
  const { regime, reason: regimeReason } = contractRegimeOf(contract, regimeRule);
  const none = (reason: string, rule: ProcurementActRule): ProcurementActDuties => ({
    applies: false,
    regime,
    reason,
    kpis: { required: false, minimum: 0, set, met: true },
    performanceNotices: [],
    ruleVersion: rule.effectiveFrom,
  });
  // The Act's duties follow the regime the contract was procured under, not its start date.
  if (regime !== 'procurement_act_2023') {
    return none(regime === 'pcr_2015' ? `${regimeReason} The Act’s KPI and notice duties do not apply.` : regimeReason, rules[0]);
  }
  const rule = procurementRuleInForceOn(contract.procurementStartedOn ?? contract.startDate, rules) ?? rules[0];
  const threshold = formatPence(rule.kpiThresholdPence);
  if (contract.wholeLifeValuePence <= rule.kpiThresholdPence) {
    return none(
      `Whole-life value ${formatPence(contract.wholeLifeValuePence)} is not over ${threshold}, so no KPIs or performance notices are required (${rule.source}).`,
      rule,
    );
  }
  if (contract.exempt) {
    return none(`The contract is ${EXEMPTION_NAMES[contract.exempt]}, which is exempt from the KPI duty (${rule.source}).`, rule);
  }
  return {
    applies: true,
    regime,
    reason: `Whole-life value ${formatPence(contract.wholeLifeValuePence)} is over ${threshold} and the contract was procured under the Act: at least ${rule.minimumKpis} KPIs must be set and a contract performance notice published at least every ${rule.performanceNoticeIntervalMonths} months and at the end (${rule.source}).`,
    kpis: { required: true, minimum: rule.minimumKpis, set, met: set >= rule.minimumKpis },
    performanceNotices: noticesDue(contract, rule, today),
    ruleVersion: rule.effectiveFrom,
  };
};
