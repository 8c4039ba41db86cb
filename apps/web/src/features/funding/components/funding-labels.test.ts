import { describe, expect, it } from 'vitest';
import { gapFigure } from './funding-figures';
import { gapText } from './gap-text';

describe('the funding gap', () => {
  it('labels a negative gap as a surplus rather than showing a minus sign', () => {
    expect(gapFigure(-1500)).toEqual({ label: 'Surplus', value: '1.500 FTE', surplus: true });
    expect(gapFigure(8500)).toEqual({ label: 'Gap still to fund', value: '8.500 FTE', surplus: false });
    expect(gapText(-250_000)).toBe('Surplus £2,500.00');
    expect(gapText(0)).toBe('Fully funded');
    expect(gapText(54_640_000)).toBe('£546,400.00');
  });
});
