import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatInstant } from '../../../lib/format-instant';
import { DealNotes, type DealNote } from './deal-notes';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const notes: DealNote[] = [
  { text: 'Director agreed verbally on 3 Dec; written confirmation to follow.', authorName: 'Alex Morgan', at: '2026-12-03T10:00:00.000Z' },
  { text: 'Written confirmation received.', authorName: 'Chris Walker', at: '2026-12-05T16:30:00.000Z' },
];
const withClient = (ui: React.ReactElement) => render(<QueryClientProvider client={new QueryClient()}>{ui}</QueryClientProvider>);
const answer = (body: unknown) =>
  vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } }));
const type = (text: string) => fireEvent.change(screen.getByLabelText('Add a note'), { target: { value: text } });
const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Add the note' }));

describe('the notes on a deal', () => {
  it('lists the notes oldest first, with who wrote each and when, and no form for a reader', () => {
    withClient(<DealNotes dealId="d1" notes={notes} canAdd={false} />);
    const items = within(screen.getByRole('region', { name: 'Notes' })).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      `${notes[0]!.text}Alex Morgan, ${formatInstant(notes[0]!.at)}`,
      `${notes[1]!.text}Chris Walker, ${formatInstant(notes[1]!.at)}`,
    ]);
    expect(screen.queryByLabelText('Add a note')).toBeNull();
  });

  it('says so when there is none yet', () => {
    withClient(<DealNotes dealId="d1" notes={[]} canAdd />);
    expect(screen.getByText('No notes yet.')).toBeTruthy();
  });

  it('asks for the note and sends nothing when it is empty', () => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    withClient(<DealNotes dealId="d1" notes={[]} canAdd />);
    type('   ');
    submit();
    expect(within(screen.getByRole('alert')).getByRole('link').textContent).toBe('Enter the note');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('sends the note trimmed with the deal and a command id, then says it was added and empties the field', async () => {
    const fetch = answer({ data: { addDealNote: { id: 'd1', notes: [notes[0]] } } });
    withClient(<DealNotes dealId="d1" notes={[]} canAdd />);
    type(`  ${notes[0]!.text}  `);
    submit();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Your note was added.'));
    const { input } = JSON.parse(fetch.mock.calls[0]![1]!.body as string).variables;
    expect(input).toEqual({ dealId: 'd1', text: notes[0]!.text, commandId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect((screen.getByLabelText('Add a note') as HTMLTextAreaElement).value).toBe('');
  });

  it('shows the reason the API refused the note against the field', async () => {
    const message = 'Note is too long: it has 2001 characters and the limit is 2000.';
    answer({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT', errorCode: 'TEXT_TOO_LONG', details: { field: 'note' } } }] });
    withClient(<DealNotes dealId="d1" notes={[]} canAdd />);
    type('x'.repeat(2001));
    submit();
    await waitFor(() => expect(within(screen.getByRole('alert')).getByRole('link').textContent).toBe(message));
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
