import { ALLOWANCE_RULES, ALLOWANCE_TYPES, isPensionable } from './lgps-pensionable-pay';

describe('LGPS pensionable pay by allowance type (reg. 20)', () => {
  it('counts market supplements, honoraria and London weighting as pensionable', () => {
    expect(['market_supplement', 'honorarium', 'london_weighting'].map((t) => isPensionable(t as never))).toEqual([true, true, true]);
  });

  it('excludes expenses and pay in lieu of notice, citing the paragraph of reg. 20(2)', () => {
    expect(isPensionable('expenses')).toBe(false);
    expect(ALLOWANCE_RULES.expenses.source).toContain('(2)(b)');
    expect(isPensionable('payment_in_lieu_of_notice')).toBe(false);
    expect(ALLOWANCE_RULES.payment_in_lieu_of_notice.source).toContain('(2)(d)');
  });

  it('gives every type a label and a source', () => {
    for (const type of ALLOWANCE_TYPES) expect(ALLOWANCE_RULES[type]).toMatchObject({ label: expect.any(String), source: expect.stringContaining('reg. 20') });
  });
});
