import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CouncilPolicyView } from '../api/policy.queries';
import { PolicyForm } from './policy-form';
import { PolicySummary } from './policy-summary';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const national: CouncilPolicyView = {
  authorityId: 'a1',
  on: '2026-12-08',
  inForce: {
    origin: 'NATIONAL_DEFAULT',
    version: null,
    effectiveFrom: null,
    label: 'National default: the council has recorded no policy pack in force on this date',
    pack: {
      slotInMinimumJobMatchPercent: 70,
      ringFenceGradesBelow: null,
      ringFenceGradesAbove: null,
      trialMaximumWeeks: null,
      payProtection: { taper: 'FULL', months: 36, steps: [] },
      discretionaryCompensation: { actualWeeksPay: false, multiplierPercent: 100, maximumWeeks: 104 },
      notice: { defaultWeeks: 0, byGrade: [] },
      incrementalDate: 'APRIL_1',
    },
  },
  versions: [],
};
const withClient = (ui: React.ReactElement) => render(<QueryClientProvider client={new QueryClient()}>{ui}</QueryClientProvider>);
const type = (label: string | RegExp, text: string) => fireEvent.change(screen.getByLabelText(label), { target: { value: text } });

describe('the policy pack screen', () => {
  it('says when the national default applies, and what it sets', () => {
    withClient(<PolicySummary policy={national} />);
    expect(screen.getByText(/National default: the council has recorded no policy pack/)).toBeTruthy();
    const value = (term: string) => screen.getByText(term).nextElementSibling?.textContent;
    expect(value('Slot-in threshold')).toBe('70% job match');
    expect(value('Pay protection')).toBe('36 months, full protection of the former pay');
    expect(value('Discretionary compensation')).toBe('Statutory redundancy pay only');
    expect(value('Contractual notice')).toBe('All grades: the statutory minimum only');
  });

  it("refuses more than 104 weeks' pay before sending anything", () => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    withClient(<PolicyForm policy={national} onRecorded={() => {}} />);
    type(/^Most weeks’ pay in all/, '105');
    fireEvent.click(screen.getByRole('button', { name: 'Record this version' }));
    const links = within(screen.getByRole('alert'))
      .getAllByRole('link')
      .map((a) => a.textContent);
    expect(links).toContain("Discretionary compensation cannot exceed 104 weeks' pay (SI 2006/2914 reg. 6)");
    expect(fetch).not.toHaveBeenCalled();
  });

  it('sends the version with its date, reason and a command id, and reports the version recorded', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(
      new Response(
        JSON.stringify({ data: { recordPolicyPack: { authorityId: 'a1', inForce: { version: 1, effectiveFrom: '2027-04-01' }, versions: [{ version: 1 }] } } }),
        {
          status: 200,
          headers: { 'content-type': 'application/json' },
        },
      ),
    );
    const onRecorded = vi.fn();
    withClient(<PolicyForm policy={national} onRecorded={onRecorded} />);
    type(/^Day/, '1');
    type(/^Month/, '4');
    type(/^Year/, '2027');
    type(/^Slot-in threshold/, '66');
    type(/^Reason/, 'Employment Committee, 12 March 2027');
    fireEvent.click(screen.getByRole('button', { name: 'Record this version' }));
    await waitFor(() => expect(onRecorded).toHaveBeenCalledWith(1, '2027-04-01'));
    const sent = JSON.parse(String(fetch.mock.calls[0]![1]!.body));
    expect(sent.variables.input).toMatchObject({
      authorityId: 'a1',
      effectiveFrom: '2027-04-01',
      slotInMinimumJobMatchPercent: 66,
      payProtection: { taper: 'FULL', months: 36, steps: [] },
      discretionaryCompensation: { actualWeeksPay: false, multiplierPercent: 100, maximumWeeks: 104 },
      reason: 'Employment Committee, 12 March 2027',
    });
    expect(typeof sent.variables.input.commandId).toBe('string');
  });
});
