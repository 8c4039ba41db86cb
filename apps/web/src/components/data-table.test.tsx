import { createColumnHelper } from '@tanstack/react-table';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DataTable } from './data-table';

afterEach(cleanup);

type Row = { id: string; name: string; posts: number };
const column = createColumnHelper<Row>();
const columns = [
  column.accessor('name', { header: 'Service', meta: { rowHeader: true } }),
  column.accessor('posts', { header: 'Posts', meta: { numeric: true } }),
];
const rows: Row[] = [
  { id: 'a', name: 'Highways', posts: 12 },
  { id: 'b', name: 'Adult Social Care', posts: 40 },
  { id: 'c', name: 'Libraries', posts: 5 },
];

const firstColumn = () => screen.getAllByRole('rowheader').map((cell) => cell.textContent);

describe('DataTable', () => {
  it('renders a captioned table with row headers, sorted as asked', () => {
    render(
      <DataTable caption="Services" data={rows} columns={columns} getRowId={(r) => r.id} emptyMessage="None" initialSorting={[{ id: 'name', desc: false }]} />,
    );
    expect(screen.getByRole('table', { name: 'Services' })).toBeTruthy();
    expect(firstColumn()).toEqual(['Adult Social Care', 'Highways', 'Libraries']);
    expect(screen.getByRole('columnheader', { name: /Service/ }).getAttribute('aria-sort')).toBe('ascending');
  });

  it('sorts by a column when its header button is pressed, and says so', () => {
    render(<DataTable caption="Services" data={rows} columns={columns} getRowId={(r) => r.id} emptyMessage="None" />);
    const posts = screen.getByRole('columnheader', { name: /Posts/ });
    expect(posts.getAttribute('aria-sort')).toBeNull();
    fireEvent.click(within(posts).getByRole('button'));
    // Numbers sort largest first on the first press (TanStack's default for numeric columns).
    expect(posts.getAttribute('aria-sort')).toBe('descending');
    expect(firstColumn()).toEqual(['Adult Social Care', 'Highways', 'Libraries']);
    fireEvent.click(within(posts).getByRole('button'));
    expect(posts.getAttribute('aria-sort')).toBe('ascending');
    expect(firstColumn()).toEqual(['Libraries', 'Highways', 'Adult Social Care']);
  });

  it('shows the empty message instead of an empty table', () => {
    render(<DataTable caption="Services" data={[]} columns={columns} getRowId={(r) => r.id} emptyMessage="No services yet." />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('No services yet.')).toBeTruthy();
  });

  it('adds a footer row when columns give footers, such as totals', () => {
    const withTotals = [
      column.accessor('name', { header: 'Service', footer: 'Total', meta: { rowHeader: true } }),
      column.accessor('posts', { header: 'Posts', footer: '57', meta: { numeric: true } }),
    ];
    render(<DataTable caption="Services" data={rows} columns={withTotals} getRowId={(r) => r.id} emptyMessage="None" />);
    const footer = screen.getByRole('table').querySelector('tfoot')!;
    expect(within(footer).getByRole('rowheader').textContent).toBe('Total');
    expect(within(footer).getByRole('cell').textContent).toBe('57');
  });

  it('has no footer when no column gives one', () => {
    render(<DataTable caption="Services" data={rows} columns={columns} getRowId={(r) => r.id} emptyMessage="None" />);
    expect(screen.getByRole('table').querySelector('tfoot')).toBeNull();
  });
});
