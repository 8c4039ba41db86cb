import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { Button } from '../../components/button';
import { getAsOf, setAsOf } from '../../lib/as-of';
import { AsAtControl } from './as-at-control';

afterEach(() => {
  cleanup();
  act(() => setAsOf(null));
});

function Page() {
  const location = useLocation();
  return (
    <>
      <AsAtControl />
      <p data-testid="url">{location.pathname + location.search}</p>
      <form>
        <Button type="submit">Save</Button>
      </form>
      <Button variant="secondary">Show more</Button>
    </>
  );
}

const renderAt = (url: string) => {
  const router = createMemoryRouter([{ path: '*', Component: Page }], { initialEntries: [url] });
  render(<RouterProvider router={router} />);
  return router;
};

const url = () => screen.getByTestId('url').textContent;

describe('AsAtControl', () => {
  it('sets a moment: banner, ?asOf= in the URL, changing controls disabled; back to now undoes it', async () => {
    renderAt('/deals');
    expect(screen.queryByRole('status')).toBeNull();
    fireEvent.change(screen.getByLabelText('As at'), { target: { value: '2026-03-01T09:30' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Show' })));
    expect(screen.getByRole('status').textContent).toMatch(/^Read-only: showing OrgLedger as at 1 March 2026.*09:30/);
    expect(url()).toBe(`/deals?asOf=${encodeURIComponent(getAsOf()!)}`);
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Show more' }) as HTMLButtonElement).disabled).toBe(false);

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Back to now' })));
    expect(getAsOf()).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
    expect(url()).toBe('/deals');
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('takes the moment from the URL, and keeps it there when a link drops it', async () => {
    const router = renderAt('/deals?asOf=2026-03-01T09:30:00.000Z');
    expect(getAsOf()).toBe('2026-03-01T09:30:00.000Z');
    await act(async () => router.navigate('/funding'));
    expect(url()).toBe(`/funding?asOf=${encodeURIComponent('2026-03-01T09:30:00.000Z')}`);
    expect(screen.getByRole('status')).toBeTruthy();
  });

  it('refuses an empty or future moment with a message', async () => {
    renderAt('/deals');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Show' })));
    expect(screen.getByText('Enter a date and time, for example 1 March 2026 09:00')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('As at'), { target: { value: `${new Date().getFullYear() + 1}-01-01T09:00` } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Show' })));
    expect(screen.getByText('Enter a date and time in the past')).toBeTruthy();
    expect(getAsOf()).toBeNull();
  });
});
