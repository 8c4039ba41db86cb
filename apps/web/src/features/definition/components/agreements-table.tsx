import { createColumnHelper } from '@tanstack/react-table';
import { DataTable } from '../../../components/data-table';

type Agreement = { stakeholderName: string; stakeholderRole: string };
type Row = Agreement & { id: string; order: number };

const column = createColumnHelper<Row>();
const columns = [
  column.accessor('order', { header: 'Order', meta: { numeric: true } }),
  column.accessor('stakeholderName', { header: 'Name', meta: { rowHeader: true } }),
  column.accessor('stakeholderRole', { header: 'Role' }),
];

// In the order they agreed, which is the order the API keeps.
export function AgreementsTable({ caption, agreements, emptyMessage }: { caption: string; agreements: readonly Agreement[]; emptyMessage: string }) {
  const rows = agreements.map((a, i) => ({ ...a, id: String(i), order: i + 1 }));
  return <DataTable caption={caption} data={rows} columns={columns} getRowId={(r) => r.id} emptyMessage={emptyMessage} />;
}
