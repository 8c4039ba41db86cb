import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Submission } from '../api/design-authority.queries';
import { ConditionsTable } from './decision-record';
import { DecisionForm } from './decision-form';

afterEach(cleanup);

const withClient = (ui: React.ReactElement) => render(<QueryClientProvider client={new QueryClient()}>{ui}</QueryClientProvider>);

describe('the Design Authority decision form', () => {
  it('lists every problem and sends nothing when the decision and meeting date are missing', () => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    withClient(<DecisionForm programmeId="p1" submissionId="s1" onDecided={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Record the decision' }));
    const summary = screen.getByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Choose the decision', 'Enter the meeting date']);
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('the conditions table', () => {
  const condition = (overrides: Partial<Submission['conditions'][number]>): Submission['conditions'][number] => ({
    conditionId: 'c1',
    text: 'Complete the EqIA',
    owner: 'Dev Patel (HR)',
    dueDate: '2026-12-18',
    blocking: true,
    discharged: false,
    dischargedOn: null,
    evidence: null,
    ...overrides,
  });

  it('shows the owner, due date, whether it blocks, and the evidence once discharged', () => {
    render(
      <ConditionsTable
        caption="Conditions"
        conditions={[
          condition({}),
          condition({
            conditionId: 'c2',
            text: 'Report quarterly',
            blocking: false,
            discharged: true,
            dischargedOn: '2026-11-20',
            evidence: 'First report sent',
          }),
        ]}
      />,
    );
    const rows = screen
      .getAllByRole('row')
      .slice(1)
      .map((r) => Array.from(r.querySelectorAll('th, td'), (c) => c.textContent));
    expect(rows).toEqual([
      ['Complete the EqIA', 'Dev Patel (HR)', '18 December 2026', 'Yes', 'Not yet'],
      ['Report quarterly', 'Dev Patel (HR)', '18 December 2026', 'No', 'On 20 November 2026: First report sent'],
    ]);
  });
});
