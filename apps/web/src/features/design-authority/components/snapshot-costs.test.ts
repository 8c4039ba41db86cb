import { describe, expect, it } from 'vitest';
import type { Submission } from '../api/design-authority.queries';
import { gapText, signOffText } from './snapshot-costs';

const snapshot = (financeSignOff: Submission['snapshot']['financeSignOff']) => ({ financialYear: '2026/27', financeSignOff }) as Submission['snapshot'];

describe('the pack says whether Finance signed off, and the gap in pounds', () => {
  it('tells a sign-off of these figures from one of other figures, none, and one not recorded', () => {
    expect(signOffText(snapshot({ signedOff: true, signedOn: '2026-11-02', current: true }))).toBe('Signed off on 2 November 2026, for these figures.');
    expect(signOffText(snapshot({ signedOff: true, signedOn: '2026-11-02', current: false }))).toContain('for other figures');
    expect(signOffText(snapshot({ signedOff: false, signedOn: null, current: false }))).toBe(
      'Not signed off: the finance business partner had not signed off the 2026/27 budget.',
    );
    expect(signOffText(snapshot(null))).toContain('Not recorded');
  });

  it('labels a surplus and a funded year instead of showing a minus sign', () => {
    expect(gapText(-250_000)).toBe('Surplus £2,500.00');
    expect(gapText(0)).toBe('Fully funded');
    expect(gapText(56_580_867)).toBe('£565,808.67');
  });
});
