import { createColumnHelper } from '@tanstack/react-table';
import { DataTable } from '../../../components/data-table';
import { formatCivilDate } from '../../../lib/format';
import type { CouncilPolicyView } from '../api/policy.queries';

type Version = CouncilPolicyView['versions'][number];
const column = createColumnHelper<Version>();
const columns = [
  column.accessor('version', { header: 'Version', meta: { rowHeader: true, numeric: true } }),
  column.accessor('effectiveFrom', { header: 'In force from', cell: (c) => formatCivilDate(c.getValue()) }),
  column.accessor('reason', { header: 'Reason', enableSorting: false }),
];

// Every version ever recorded: none is removed, a later one supersedes from its date.
export function PolicyHistory({ policy }: { policy: CouncilPolicyView }) {
  return (
    <DataTable
      caption="Versions of the policy pack"
      captionHidden
      data={policy.versions}
      columns={columns}
      getRowId={(v) => String(v.version)}
      emptyMessage="The council has recorded no policy pack: the national default applies."
      initialSorting={[{ id: 'version', desc: true }]}
    />
  );
}
