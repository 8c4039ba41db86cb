import type { ContractExemption, ContractRegime, ContractRisk, PerformanceNoticeKind, ProcurementRegime } from '../../../gql/graphql';
import { formatCivilDate } from '../../../lib/format';
import type { TargetContract } from '../api/contracts.queries';

export const riskLabels: Record<ContractRisk, string> = { LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High' };
export const riskOrder: ContractRisk[] = ['LOW', 'MEDIUM', 'HIGH'];

export const exemptionLabels: Record<ContractExemption, string> = {
  FRAMEWORK: 'Framework',
  CONCESSION: 'Concession contract',
  LIGHT_TOUCH: 'Light-touch contract',
  NOT_MEASURABLE: 'Performance cannot sensibly be measured by KPIs',
};
export const exemptionOrder: ContractExemption[] = ['FRAMEWORK', 'CONCESSION', 'LIGHT_TOUCH', 'NOT_MEASURABLE'];

export const regimeLabels: Record<ContractRegime, string> = {
  PROCUREMENT_ACT_2023: 'Procurement Act 2023',
  PCR_2015: 'Public Contracts Regulations 2015',
  NOT_RECORDED: 'Regime not recorded',
};
export const regimeOrder: ProcurementRegime[] = ['PROCUREMENT_ACT_2023', 'PCR_2015'];

export const noticeKindLabels: Record<PerformanceNoticeKind, string> = {
  ANNUAL: 'Annual contract performance notice',
  END: 'Contract performance notice at the end of the contract',
};

type Duties = TargetContract['procurementActDuties'];

export const overdueNotices = (duties: Duties) => duties.performanceNotices.filter((n) => n.overdue);

// The first notice not yet overdue. Nothing records a published notice, so every notice whose
// date has passed stays overdue.
export const nextNoticeDue = (duties: Duties) => duties.performanceNotices.find((n) => !n.overdue) ?? null;

export const kpiShortfall = (duties: Duties) => (duties.kpis.required ? Math.max(0, duties.kpis.minimum - duties.kpis.set) : 0);

// Duties at risk: the Act applies and the contract is short of KPIs or has a notice overdue.
export const dutiesAtRisk = (contract: Pick<TargetContract, 'procurementActDuties'>) => {
  const duties = contract.procurementActDuties;
  return duties.applies && (!duties.kpis.met || overdueNotices(duties).length > 0);
};

// "2 of 3", or "2" where no KPIs are required.
export function kpisLabel(duties: Duties): string {
  return duties.kpis.required ? `${duties.kpis.set} of ${duties.kpis.minimum}` : String(duties.kpis.set);
}

// The API writes dates in its explanations as YYYY-MM-DD; people read "24 February 2025".
export function readableDates(text: string): string {
  return text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (date) => formatCivilDate(date));
}
