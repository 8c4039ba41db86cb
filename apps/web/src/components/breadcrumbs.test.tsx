import { cleanup, render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { Breadcrumbs } from './breadcrumbs';

afterEach(cleanup);

describe('Breadcrumbs', () => {
  it('links the pages above and marks this one as current', () => {
    const trail = [
      { to: '/analysis', label: 'Activity analysis' },
      { to: '/analysis/p-1', label: 'Highways' },
    ];
    const Page = () => <Breadcrumbs trail={trail} current="Activity return" />;
    render(<RouterProvider router={createMemoryRouter([{ path: '*', Component: Page }])} />);
    const nav = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([
      ['Activity analysis', '/analysis'],
      ['Highways', '/analysis/p-1'],
    ]);
    expect(within(nav).getByText('Activity return').getAttribute('aria-current')).toBe('page');
  });
});
