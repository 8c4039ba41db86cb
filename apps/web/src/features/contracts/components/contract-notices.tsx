import { createColumnHelper } from '@tanstack/react-table';
import { DataTable } from '../../../components/data-table';
import { formatCivilDate } from '../../../lib/format';
import type { TargetContract } from '../api/contracts.queries';
import { noticeStateLabels, triggerKindLabels } from './notice-values';
import { NoticePublishedForm, NoticeTriggerForm } from './notice-forms';

type Notice = TargetContract['notices'][number];

const stateTag: Record<Notice['state'], string> = { PUBLISHED: 'stage-tag stage-tag--green', DUE: 'stage-tag', OVERDUE: 'stage-tag stage-tag--red' };
const column = createColumnHelper<Notice>();
const columns = [
  column.accessor('name', { header: 'Notice', meta: { rowHeader: true }, enableSorting: false }),
  column.accessor('because', { header: 'Because', enableSorting: false }),
  column.accessor('dueDate', { header: 'Due by', cell: (info) => formatCivilDate(info.getValue()) }),
  column.accessor('state', {
    header: 'Status',
    enableSorting: false,
    cell: (info) => {
      const n = info.row.original;
      const published = n.publishedOn ? ` on ${formatCivilDate(n.publishedOn)}${n.reference ? ` (${n.reference})` : ''}` : '';
      return <strong className={stateTag[n.state]}>{`${noticeStateLabels[n.state]}${published}`}</strong>;
    },
  }),
  column.accessor('source', { header: 'Rule', enableSorting: false, cell: (info) => <span className="stage-small-print">{info.getValue()}</span> }),
];

// Every notice the Act asks of this contract, each with its deadline and whether it was published;
// and, for those who may, the forms that record a fact calling for one and a notice published.
export function ContractNotices({ contract, canEdit }: { contract: TargetContract; canEdit: boolean }) {
  const applies = contract.procurementActDuties.regime === 'PROCUREMENT_ACT_2023';
  return (
    <section aria-labelledby="notices-heading" className="section">
      <h2 id="notices-heading">Notices to publish</h2>
      {!applies ? (
        <p>The Procurement Act 2023 notices apply only to contracts procured under the Act. {contract.procurementActDuties.reason}</p>
      ) : (
        <>
          <DataTable
            caption="Procurement Act notices of this contract"
            captionHidden
            data={contract.notices}
            columns={columns}
            getRowId={(n) => `${n.kind}-${n.triggerId ?? ''}-${n.dueDate}`}
            initialSorting={[{ id: 'dueDate', desc: false }]}
            emptyMessage="No notices are due."
          />
          {contract.noticeTriggers.length > 0 && (
            <>
              <h3>Recorded facts</h3>
              <ul>
                {contract.noticeTriggers.map((t) => (
                  <li key={t.triggerId}>
                    {formatCivilDate(t.occurredOn)}: {triggerKindLabels[t.kind]}. {t.description}
                  </li>
                ))}
              </ul>
            </>
          )}
          {canEdit && (
            <>
              <NoticeTriggerForm contract={contract} />
              <NoticePublishedForm contract={contract} />
            </>
          )}
        </>
      )}
    </section>
  );
}
