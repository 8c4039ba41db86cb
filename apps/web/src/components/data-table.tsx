import { flexRender, getCoreRowModel, getSortedRowModel, useReactTable, type ColumnDef, type RowData, type SortingState } from '@tanstack/react-table';
import { useState } from 'react';
import { EmptyState } from './query-status';

declare module '@tanstack/react-table' {
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Render this column's cells as `<th scope="row">` so screen readers announce the row by it. */
    rowHeader?: boolean;
    numeric?: boolean;
  }
}

export type DataTableProps<T> = {
  caption: string;
  /** Keep the caption for screen readers only, when a visible heading already names the table. */
  captionHidden?: boolean;
  data: readonly T[];
  columns: ColumnDef<T, any>[];
  getRowId: (row: T) => string;
  emptyMessage: string;
  initialSorting?: SortingState;
};

const sortLabels = { asc: 'ascending', desc: 'descending' } as const;

export function DataTable<T>({ caption, captionHidden, data, columns, getRowId, emptyMessage, initialSorting = [] }: DataTableProps<T>) {
  const [sorting, setSorting] = useState<SortingState>(initialSorting);
  const table = useReactTable({
    data: data as T[],
    columns,
    getRowId,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });

  if (data.length === 0) return <EmptyState>{emptyMessage}</EmptyState>;
  // Footers (totals) are given per column, as TanStack's `footer`; none given, no <tfoot>.
  const hasFooter = table.getAllLeafColumns().some((column) => column.columnDef.footer !== undefined);

  return (
    <div className="table-scroll">
      <table className="table">
        <caption className={captionHidden ? 'visually-hidden' : 'table__caption'}>{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const label = flexRender(header.column.columnDef.header, header.getContext());
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={header.column.columnDef.meta?.numeric ? 'table__cell--numeric' : undefined}
                    aria-sort={sorted ? sortLabels[sorted] : undefined}
                  >
                    {header.column.getCanSort() ? (
                      <button type="button" className="table__sort" onClick={header.column.getToggleSortingHandler()}>
                        {label}
                        <span aria-hidden="true" className="table__sort-icon">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                        </span>
                      </button>
                    ) : (
                      label
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getVisibleCells().map((cell) => {
                const { meta } = cell.column.columnDef;
                const content = flexRender(cell.column.columnDef.cell, cell.getContext());
                const className = meta?.numeric ? 'table__cell--numeric' : undefined;
                return meta?.rowHeader ? (
                  <th key={cell.id} scope="row" className={className}>
                    {content}
                  </th>
                ) : (
                  <td key={cell.id} className={className}>
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        {hasFooter && (
          <tfoot>
            {table.getFooterGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const { meta } = header.column.columnDef;
                  const content = header.isPlaceholder ? null : flexRender(header.column.columnDef.footer, header.getContext());
                  const className = meta?.numeric ? 'table__cell--numeric' : undefined;
                  return meta?.rowHeader ? (
                    <th key={header.id} scope="row" className={className}>
                      {content}
                    </th>
                  ) : (
                    <td key={header.id} className={className}>
                      {content}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tfoot>
        )}
      </table>
    </div>
  );
}
