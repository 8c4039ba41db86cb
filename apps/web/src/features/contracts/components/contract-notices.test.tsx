import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { formatCivilDate } from '../../../lib/format';
import type { TargetContract } from '../api/contracts.queries';
import { ContractNotices } from './contract-notices';

afterEach(cleanup);

const notice = (over: Partial<TargetContract['notices'][number]>): TargetContract['notices'][number] => ({
  kind: 'PERFORMANCE_BREACH',
  name: 'Contract performance notice (breach or failure to improve)',
  source: 'Procurement Act 2023 s.71(3)–(5)',
  dueDate: '2026-12-19',
  because: 'Settlement (2026-11-20)',
  triggerId: 't1',
  state: 'DUE',
  publishedOn: null,
  reference: null,
  ...over,
});

const contract = (regime: 'PROCUREMENT_ACT_2023' | 'NOT_RECORDED', notices: TargetContract['notices']) =>
  ({
    id: 'c1',
    programmeId: 'p1',
    reference: 'NTC-1',
    procurementActDuties: { regime, reason: 'Regime not recorded: record when the procurement began.' },
    notices,
    noticeTriggers: [{ triggerId: 't1', kind: 'BREACH', occurredOn: '2026-11-20', description: 'Settlement' }],
  }) as unknown as TargetContract;

const renderNotices = (c: TargetContract, canEdit: boolean) =>
  render(
    <QueryClientProvider client={new QueryClient()}>
      <ContractNotices contract={c} canEdit={canEdit} />
    </QueryClientProvider>,
  );

describe('ContractNotices', () => {
  it('shows each notice with its due date and state, the published one with its date and reference', () => {
    renderNotices(
      contract('PROCUREMENT_ACT_2023', [
        notice({}),
        notice({ kind: 'CONTRACT_DETAILS', name: 'Contract details notice', dueDate: '2025-04-30', state: 'OVERDUE', triggerId: null }),
        notice({ kind: 'CHANGE', name: 'Contract change notice', state: 'PUBLISHED', publishedOn: '2026-12-01', reference: 'CDP-9', triggerId: 't2' }),
      ]),
      false,
    );
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('Contract details notice'),
      expect.stringContaining('Contract performance notice (breach or failure to improve)'),
      expect.stringContaining('Contract change notice'),
    ]);
    expect(rows[0].textContent).toContain('Overdue');
    expect(rows[1].textContent).toContain('Due');
    expect(rows[2].textContent).toContain(`Published on ${formatCivilDate('2026-12-01')} (CDP-9)`);
    expect(screen.queryByRole('button', { name: 'Record the fact' })).toBeNull();
  });

  it('offers the two forms to those who may record', () => {
    renderNotices(contract('PROCUREMENT_ACT_2023', [notice({})]), true);
    expect(screen.getByRole('button', { name: 'Record the fact' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Record as published' })).toBeTruthy();
  });

  it('says why no notices apply to a contract not procured under the Act', () => {
    renderNotices(contract('NOT_RECORDED', []), true);
    expect(screen.getByText(/apply only to contracts procured under the Act/).textContent).toContain('Regime not recorded');
    expect(screen.queryByRole('table')).toBeNull();
  });
});
