import { createColumnHelper } from '@tanstack/react-table';
import { DataTable } from '../../../components/data-table';
import { countLabel, formatCivilDate } from '../../../lib/format';
import type { TargetContract } from '../api/contracts.queries';
import { kpiShortfall, nextNoticeDue, noticeKindLabels, overdueNotices, readableDates } from './contract-labels';

type Duties = TargetContract['procurementActDuties'];
type Notice = Duties['performanceNotices'][number];

const column = createColumnHelper<Notice>();
const columns = [
  column.accessor('dueDate', { header: 'Due', meta: { rowHeader: true }, cell: (info) => formatCivilDate(info.getValue()) }),
  column.accessor('kind', { header: 'Notice', enableSorting: false, cell: (info) => noticeKindLabels[info.getValue()] }),
  column.accessor('overdue', {
    header: 'Status',
    enableSorting: false,
    cell: (info) => (info.getValue() ? <strong className="stage-tag stage-tag--red">Overdue</strong> : <span className="stage-tag">To come</span>),
  }),
];

// The duties in words: why they apply or not (the API's reason), the KPI duty, each notice due.
export function ContractDuties({ duties }: { duties: Duties }) {
  const overdue = overdueNotices(duties);
  const next = nextNoticeDue(duties);
  const short = kpiShortfall(duties);
  return (
    <section aria-labelledby="duties-heading" className="section">
      <h2 id="duties-heading">Procurement Act 2023 duties</h2>
      <p>
        {duties.applies ? (
          <strong className="stage-tag stage-tag--blue">The KPI and performance-notice duties apply</strong>
        ) : (
          <strong className="stage-tag">No KPI or performance-notice duties</strong>
        )}
      </p>
      <p>{readableDates(duties.reason)}</p>
      {duties.applies && (
        <>
          <h3>Key performance indicators (section 52)</h3>
          <p>
            At least {countLabel(duties.kpis.minimum, 'KPI')} must be set; {duties.kpis.set} {duties.kpis.set === 1 ? 'is' : 'are'} set.{' '}
            {short > 0 ? <strong className="stage-tag stage-tag--red">{short} short</strong> : <strong className="stage-tag stage-tag--green">Duty met</strong>}
          </p>
          <h3>Contract performance notices (section 71)</h3>
          <p>
            {overdue.length > 0
              ? `${overdue.length === 1 ? '1 notice is' : `${overdue.length} notices are`} overdue (the first was due on ${formatCivilDate(overdue[0]!.dueDate)}). `
              : 'No notice is overdue. '}
            {next ? `The next is due on ${formatCivilDate(next.dueDate)}.` : 'No more notices are due.'}
          </p>
          <DataTable
            caption="Contract performance notices due"
            data={duties.performanceNotices}
            columns={columns}
            getRowId={(n) => `${n.kind}-${n.dueDate}`}
            emptyMessage="No contract performance notices are due."
          />
        </>
      )}
      <p className="stage-small-print">
        Worked out today under the Procurement Act rules in force from {formatCivilDate(duties.ruleVersion)} (rule version {duties.ruleVersion}). A contract
        also needs a notice within 30 days of a breach that ends it or leads to damages or a settlement; OrgLedger does not track those yet.
      </p>
    </section>
  );
}
