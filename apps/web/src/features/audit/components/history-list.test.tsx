import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HistoryList, type DecisionItem } from './history-list';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const item: DecisionItem = {
  eventId: '0195f0a4-7d2e-7c3a-9b1e-4f2a6c8d0e11',
  position: '42:42',
  context: 'fteDeals',
  eventType: 'FteDealCountered',
  sentence: 'Service director of Highways countered the Highways deal: 0.800 → 0.600 FTE',
  actorName: 'Sam Okafor',
  actorRole: 'service_director',
  occurredAt: '2026-03-01T09:30:00.000Z',
  reason: 'Winter gritting contracts stay',
};

const renderList = (items: DecisionItem[]) =>
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <HistoryList items={items} authorityId="a1" label="Decisions" />
    </QueryClientProvider>,
  );

describe('HistoryList', () => {
  it('shows each decision as a sentence with its reason, actor, role and time', () => {
    renderList([item]);
    const entry = screen.getByRole('listitem');
    expect(entry.textContent).toContain(item.sentence);
    expect(entry.textContent).toContain('Reason: Winter gritting contracts stay');
    expect(entry.textContent).toContain('Sam Okafor (Service director)');
    expect(entry.textContent).toContain('1 Mar 2026, 09:30:00 UTC');
  });

  it('fetches the raw event only when asked, and hides it again', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(
      new Response(JSON.stringify({ data: { decisionHistory: { items: [{ eventId: item.eventId, raw: '{ "type": "FteDealCountered" }' }] } } }), {
        status: 200,
      }),
    );
    renderList([item]);
    expect(fetch).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Show the raw event' }));
    expect((await screen.findByLabelText('Stored event as JSON')).textContent).toBe('{ "type": "FteDealCountered" }');
    const body = JSON.parse(String(fetch.mock.calls[0]![1]!.body));
    expect(body.variables).toEqual({ filter: { authorityId: 'a1', eventId: item.eventId } });
    fireEvent.click(screen.getByRole('button', { name: 'Hide the raw event' }));
    expect(screen.queryByLabelText('Stored event as JSON')).toBeNull();
  });

  it('says so when nothing matches', () => {
    renderList([]);
    expect(screen.getByText('No decisions match.')).toBeTruthy();
  });
});
