import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AcceptInvitationPage } from './accept-invitation-page';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const renderAt = (url: string) =>
  render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter initialEntries={[url]}>
        <AcceptInvitationPage />
      </MemoryRouter>
    </QueryClientProvider>,
  );

const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label, { selector: 'input' }), { target: { value } });

describe('AcceptInvitationPage', () => {
  it('refuses two different passwords without asking the server', () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    renderAt('/accept-invitation?token=t.u.secret');
    fill('New password', 'a long pass phrase one');
    fill('New password again', 'a long pass phrase two');
    fireEvent.click(screen.getByRole('button', { name: 'Set password and sign in' }));
    expect(screen.getByText('The two passwords are not the same.')).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('sends the link and the chosen password to acceptInvitation', async () => {
    const fetch = vi
      .fn()
      .mockResolvedValue(new Response(JSON.stringify({ errors: [{ message: 'This link is not valid.', extensions: { code: 'BAD_USER_INPUT' } }] })));
    vi.stubGlobal('fetch', fetch);
    renderAt('/accept-invitation?token=t.u.secret');
    fill('New password', 'a long pass phrase one');
    fill('New password again', 'a long pass phrase one');
    fireEvent.click(screen.getByRole('button', { name: 'Set password and sign in' }));
    await waitFor(() => expect(fetch).toHaveBeenCalled());
    const body = JSON.parse(fetch.mock.calls[0][1].body);
    expect(body.variables).toEqual({ input: { token: 't.u.secret', password: 'a long pass phrase one' } });
    expect(body.query).toContain('acceptInvitation');
    expect(await screen.findByText('This link is not valid.')).toBeTruthy();
  });
});
