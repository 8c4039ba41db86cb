import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DesignPostForm } from './design-post-form';
import { emptyDesignPost, readDesignPost, type DesignPostValues } from './design-post-values';

afterEach(cleanup);

const typed = (extra: Partial<DesignPostValues>): DesignPostValues => ({
  ...emptyDesignPost,
  title: 'Contract Management Apprentice',
  grade: '3',
  cost: '24,600',
  ...extra,
});

describe('the design post form: apprenticeship, age band and allowances', () => {
  it('sends an apprenticeship with the holder aged 21 to 24, and a market supplement in pence', () => {
    const { fields, problems } = readDesignPost(
      typed({ apprenticeship: true, holderAgeBand: 'AGED_21_TO_24', allowances: [{ type: 'MARKET_SUPPLEMENT', amount: '3,000.00' }] }),
    );
    expect(problems).toEqual([]);
    expect(fields).toMatchObject({ apprenticeship: true, holderAgeBand: 'AGED_21_TO_24', allowances: [{ type: 'MARKET_SUPPLEMENT', pencePerYear: 300_000 }] });
  });

  it('sends an unknown age band as null, and drops blank allowance rows', () => {
    const { fields } = readDesignPost(typed({ allowances: [{ type: '', amount: ' ' }] }));
    expect(fields).toMatchObject({ apprenticeship: false, holderAgeBand: null, allowances: [] });
  });

  it('puts a problem against the allowance field it is about', () => {
    const { fields, problems } = readDesignPost(
      typed({
        allowances: [
          { type: 'EXPENSES', amount: '0' },
          { type: '', amount: '100' },
          { type: 'HONORARIUM', amount: '100' },
          { type: 'HONORARIUM', amount: '200' },
        ],
      }),
    );
    expect(fields).toBeNull();
    expect(problems).toEqual([
      { fieldId: 'design-post-allowance-1-amount', message: 'Allowance 1, a year: enter more than £0' },
      { fieldId: 'design-post-allowance-2-type', message: 'Choose the type of allowance 2' },
      { fieldId: 'design-post-allowance-4-type', message: 'Allowance 4 repeats a type: list each type once' },
    ]);
  });

  it('shows the apprenticeship box, the age band and an allowance row that can be added, by their labels', () => {
    const onSubmit = vi.fn();
    render(<DesignPostForm initialValues={typed({})} managers={[{ id: 'head', label: 'Nobody (a head)' }]} submitLabel="Add the post" onSubmit={onSubmit} />);
    fireEvent.click(screen.getByRole('checkbox', { name: /This post is an apprenticeship/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Add an allowance' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Allowance 1: pounds a year' }), { target: { value: '1,000' } });
    expect(screen.getByRole('button', { name: 'Remove allowance 1' })).toBeTruthy();
    fireEvent.submit(screen.getByRole('button', { name: 'Add the post' }).closest('form')!);
    // the row has an amount but no type: nothing is sent, and the problem names the field
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getAllByText('Choose the type of allowance 1').length).toBeGreaterThan(0);
  });
});
