import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConsultationPlan } from '../api/consultation.queries';
import { DismissalCount } from './dismissal-count';
import { ElectionForm } from './election-form';
import { NoticeTable, ServiceForm } from './service-form';

afterEach(cleanup);

const withClient = (ui: React.ReactElement) => render(<QueryClientProvider client={new QueryClient()}>{ui}</QueryClientProvider>);
type Person = ConsultationPlan['individuals'][number];
const person = (n: number, service: Person['service'] = null): Person => ({
  postId: `p${n}`,
  postReference: `ACM-${n}`,
  person: `EMP-${n}`,
  atRisk: true,
  placement: null,
  outcome: null,
  outcomeDecidedOn: null,
  proposedForDismissal: true,
  service,
  meetings: [],
  appeal: null,
});
const count = (over: Partial<ConsultationPlan['dismissals']> = {}): ConsultationPlan['dismissals'] => ({
  recorded: 0,
  derived: 19,
  changedTerms: 1,
  counted: 20,
  differs: true,
  rule: 'TULRCA 1992 s.188(1), (3) and s.195',
  source: 'TULRCA 1992 s.188: https://www.legislation.gov.uk/ukpga/1992/52/section/188',
  aggregated: [{ planId: 'o1', title: 'Depot rounds', dismissals: 1 }],
  people: [{ postId: 'p3', person: 'EMP-3', reasons: ['grade 9 to grade 8'] }],
  ...over,
});

describe('the proposed-dismissals count', () => {
  it('shows the map, the aggregated plan, the s.195 people, the count used and where the typed number differs', () => {
    render(<DismissalCount dismissals={count()} />);
    expect(screen.getByText(/19 people put at risk/).textContent).toContain('of them 1 placed on a lower grade or fewer hours (s.195)');
    expect(screen.getByText(/Depot rounds: 1 proposed dismissal at the same establishment within 90 days/)).toBeTruthy();
    expect(screen.getByText('20').tagName).toBe('STRONG');
    expect(screen.getByRole('note').textContent).toContain('The plan records 0 but the transition map proposes 19');
    expect(screen.getByText('EMP-3: grade 9 to grade 8')).toBeTruthy();
  });

  it('says nothing of a difference when the numbers agree', () => {
    render(<DismissalCount dismissals={count({ recorded: 19, differs: false, aggregated: [], people: [], changedTerms: 0, counted: 19 })} />);
    expect(screen.queryByRole('note')).toBeNull();
  });
});

describe('notice per person', () => {
  it('lists service and notice for the people with service recorded', () => {
    render(<NoticeTable people={[person(1, { serviceStart: '2015-03-01', contractualNoticeWeeks: 12, statutoryNoticeWeeks: 12 }), person(2)]} />);
    const rows = screen
      .getAllByRole('row')
      .slice(1)
      .map((r) => Array.from(r.querySelectorAll('td'), (c) => c.textContent));
    expect(rows).toEqual([['EMP-1 (ACM-1)', '1 March 2015', '12 weeks', '12 weeks']]);
  });

  it('refuses a notice that is not whole weeks before sending anything', () => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    withClient(<ServiceForm planId="plan-1" people={[person(1)]} />);
    fireEvent.change(screen.getByLabelText(/Contractual notice in weeks/), { target: { value: '2.5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record the service' }));
    expect(
      within(screen.getByRole('alert'))
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Choose the person', 'Enter the date continuous service began', 'Enter the contractual notice as whole weeks, or leave it empty']);
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('the s.188A election form', () => {
  it('lists every missing answer and sends nothing', () => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    withClient(<ElectionForm planId="plan-1" people={[person(1), person(2)]} />);
    fireEvent.click(screen.getByRole('button', { name: 'Record the election' }));
    expect(
      within(screen.getByRole('alert'))
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Enter the date of the election', 'Enter the day the representatives’ term ends', 'Choose who was elected']);
    expect(fetch).not.toHaveBeenCalled();
  });
});
