import { describe, expect, it } from 'vitest';
import { capacityHeadline, roundingNote } from './capacity-headline';

describe('capacityHeadline', () => {
  it('says a surplus when the contracts need less time than the posts give (Northshire’s demo)', () => {
    expect(capacityHeadline({ demandFte: 9_535, supplyFte: 19_785, gapFte: -10_250 })).toBe(
      'Demand 9.5 FTE against 19.8 FTE of contract-management time found: a surplus of 10.3 FTE',
    );
  });

  it('says a shortfall when the contracts need more', () => {
    expect(capacityHeadline({ demandFte: 25_040, supplyFte: 19_785, gapFte: 5_255 })).toBe(
      'Demand 25.0 FTE against 19.8 FTE of contract-management time found: a shortfall of 5.3 FTE',
    );
  });

  it('says when they match, or differ by less than a tenth', () => {
    expect(capacityHeadline({ demandFte: 19_785, supplyFte: 19_785, gapFte: 0 })).toBe(
      'Demand 19.8 FTE against 19.8 FTE of contract-management time found: they match exactly',
    );
    expect(capacityHeadline({ demandFte: 19_800, supplyFte: 19_785, gapFte: 15 })).toBe(
      'Demand 19.8 FTE against 19.8 FTE of contract-management time found: a shortfall of less than 0.1 FTE',
    );
    expect(capacityHeadline({ demandFte: 19_750, supplyFte: 19_800, gapFte: -50 })).toBe(
      'Demand 19.8 FTE against 19.8 FTE of contract-management time found: a surplus of 0.1 FTE',
    );
  });

  it('covers a programme with no contracts or no activity analysis yet', () => {
    expect(capacityHeadline({ demandFte: 0, supplyFte: 19_785, gapFte: -19_785 })).toBe(
      'Demand 0.0 FTE against 19.8 FTE of contract-management time found: a surplus of 19.8 FTE',
    );
    expect(capacityHeadline({ demandFte: 9_535, supplyFte: 0, gapFte: 9_535 })).toBe(
      'Demand 9.5 FTE against 0.0 FTE of contract-management time found: a shortfall of 9.5 FTE',
    );
  });
});

describe('roundingNote', () => {
  it('stays quiet when the rounded figures add up', () => {
    expect(roundingNote({ demandFte: 9_535, supplyFte: 19_785, gapFte: -10_250 })).toBeNull();
  });

  it('explains when rounding each figure makes the gap look 0.1 out', () => {
    // 9.46 → 9.5 and 19.84 → 19.8, so 10.3 apart; the exact gap 10.38 → 10.4.
    expect(roundingNote({ demandFte: 9_460, supplyFte: 19_840, gapFte: -10_380 })).toMatch(/can differ by 0.1 FTE/);
  });
});
