import { cleanup, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../lib/graphql';
import { ChangeFailureNotice, ErrorNotice, SuccessNotice, useFlash } from './notice';

afterEach(cleanup);

function Page() {
  return <SuccessNotice message={useFlash()} />;
}

const renderWith = (state: unknown) => {
  const router = createMemoryRouter([{ path: '*', Component: Page }], { initialEntries: [{ pathname: '/benefits/p-1', state }] });
  render(<RouterProvider router={router} />);
};

describe('SuccessNotice', () => {
  it('reads out the message a page was sent with', () => {
    renderWith({ flash: 'Benefit recorded.' });
    expect(screen.getByRole('status').textContent).toBe('Benefit recorded.');
  });

  it('shows nothing when there is no message', () => {
    renderWith(null);
    expect(screen.queryByRole('status')).toBeNull();
  });
});

describe('ErrorNotice', () => {
  it('announces what went wrong as an alert', () => {
    render(<ErrorNotice>The plan changed meanwhile: reload the page.</ErrorNotice>);
    expect(screen.getByRole('alert').textContent).toBe('The plan changed meanwhile: reload the page.');
  });
});

describe('ChangeFailureNotice', () => {
  const stale = 'The plan changed meanwhile: reload the page.';

  it('asks for a reload when someone else changed the record meanwhile', () => {
    render(<ChangeFailureNotice error={new ApiError('CONFLICT', 'Expected version 3')} stale={stale} />);
    expect(screen.getByRole('alert').textContent).toBe(stale);
  });

  it("shows the API's message for any other refusal, and nothing without an error", () => {
    render(<ChangeFailureNotice error={new ApiError('BAD_USER_INPUT', 'The date is not a real date.')} stale={stale} />);
    expect(screen.getByRole('alert').textContent).toBe('The date is not a real date.');
    cleanup();
    render(<ChangeFailureNotice error={null} stale={stale} />);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
