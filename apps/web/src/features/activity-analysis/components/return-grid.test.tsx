import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ReturnGrid } from './return-grid';
import type { GridValues } from './return-grid-rules';

afterEach(cleanup);

const activities = [
  { id: 'kpi', name: 'Supplier performance and KPI monitoring' },
  { id: 'other', name: 'Other work' },
];
const posts = [
  { id: 'p1', reference: 'HWY-0001', title: 'Officer', fte: 1000 },
  { id: 'p2', reference: 'HWY-0002', title: 'Senior Officer', fte: 600 },
];

function Harness({ initial }: { initial: GridValues }) {
  const [values, setValues] = useState(initial);
  return (
    <ReturnGrid
      serviceName="Highways"
      posts={posts}
      activities={activities}
      values={values}
      onChange={(postId, activityId, text) => setValues((v) => ({ ...v, [postId]: { ...v[postId], [activityId]: text } }))}
    />
  );
}

const cell = (name: string) => screen.getByLabelText(name) as HTMLInputElement;
const rowOf = (reference: string) => screen.getByRole('rowheader', { name: reference }).closest('tr')!;

describe('ReturnGrid', () => {
  it('labels every cell with its post and activity, and shows each row total', () => {
    render(<Harness initial={{ p1: { kpi: '10', other: '90' }, p2: { kpi: '', other: '' } }} />);
    expect(cell('HWY-0001 Supplier performance and KPI monitoring, percent').value).toBe('10');
    expect(cell('HWY-0002 Other work, percent').value).toBe('');
    expect(rowOf('HWY-0001').lastElementChild!.textContent).toBe('100%');
    expect(rowOf('HWY-0002').lastElementChild!.textContent).toBe('0%');
    expect(screen.getByRole('table', { name: /Share of each post's time by activity in Highways/ })).toBeTruthy();
  });

  it('shows an error on the row as soon as its total passes 100, tied to its cells', () => {
    render(<Harness initial={{ p1: { kpi: '10', other: '90' }, p2: { kpi: '', other: '' } }} />);
    const kpi = cell('HWY-0001 Supplier performance and KPI monitoring, percent');
    fireEvent.change(kpi, { target: { value: '20' } });

    const total = rowOf('HWY-0001').lastElementChild!;
    expect(total.textContent).toContain('110%');
    expect(total.textContent).toContain('over 100%');
    expect(kpi.getAttribute('aria-invalid')).toBe('true');
    const describedBy = document.getElementById(kpi.getAttribute('aria-describedby')!)!;
    expect(describedBy.textContent).toBe('Error: HWY-0001 over 100%');
    expect(rowOf('HWY-0002').textContent).not.toContain('over 100%');

    fireEvent.change(kpi, { target: { value: '10' } });
    expect(total.textContent).toBe('100%');
    expect(kpi.getAttribute('aria-invalid')).toBeNull();
  });

  it('marks a cell that is not a whole percent', () => {
    render(<Harness initial={{ p1: { kpi: '', other: '' }, p2: { kpi: '', other: '' } }} />);
    const other = cell('HWY-0002 Other work, percent');
    fireEvent.change(other, { target: { value: '12.5' } });
    expect(other.getAttribute('aria-invalid')).toBe('true');
    expect(rowOf('HWY-0002').lastElementChild!.textContent).toBe('0%');
  });
});
