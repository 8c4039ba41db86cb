import { formatCivilDate } from '../../../lib/format';
import type { TargetContract } from '../api/contracts.queries';
import { formatPounds } from '../../../lib/pounds';
import { exemptionLabels, regimeLabels, riskLabels } from './contract-labels';

export function ContractSummary({ contract }: { contract: TargetContract }) {
  const rows: [string, string][] = [
    ['Reference', contract.reference],
    ['Title', contract.title],
    ['Supplier', contract.supplier],
    ['Service', contract.serviceName],
    ['Annual value', formatPounds(contract.annualValuePence)],
    ['Whole-life value', formatPounds(contract.wholeLifeValuePence)],
    ['Start date', formatCivilDate(contract.startDate)],
    ['End date', formatCivilDate(contract.endDate)],
    ['Tier', contract.tier],
    ['Risk', riskLabels[contract.risk]],
    ['Value-for-money concern', contract.vfmConcern ? `Yes: ${contract.vfmNote ?? ''}` : 'No'],
    ['Contract manager post', contract.contractManagerPostReference ?? 'None'],
    ['KPIs set', String(contract.kpisSet)],
    ['Exemption from the KPI duty', contract.exempt ? exemptionLabels[contract.exempt] : 'Not exempt'],
    ['Procurement began', contract.procurementStartedOn ? formatCivilDate(contract.procurementStartedOn) : 'Not recorded'],
    ['Regime', `${regimeLabels[contract.procurementActDuties.regime]}${contract.regime ? ' (recorded)' : ''}`],
  ];
  return (
    <dl className="summary-list">
      {rows.map(([term, value]) => (
        <div key={term} className="summary-list__row">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
