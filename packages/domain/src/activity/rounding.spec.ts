import { allocateRounded, roundHalfUp } from './rounding';

describe('roundHalfUp', () => {
  it.each([
    [0, 100, 0],
    [49, 100, 0],
    [50, 100, 1],
    [149, 100, 1],
    [150, 100, 2],
    [91_000, 100, 910],
    [1, 3, 0],
    [2, 3, 1],
  ])('%p / %p → %p', (exact, divisor, expected) => expect(roundHalfUp(exact, divisor)).toBe(expected));
});

describe('allocateRounded', () => {
  it('splits a whole three ways and still adds up to it', () => {
    expect(allocateRounded([1, 1, 1], 3)).toEqual([1, 0, 0]);
    expect(allocateRounded([100, 100, 100], 3)).toEqual([34, 33, 33]);
  });

  it('gives the extra unit to the largest remainder, then to the earlier part', () => {
    expect(allocateRounded([140, 160, 100], 100)).toEqual([1, 2, 1]);
    expect(allocateRounded([5, 5], 10)).toEqual([1, 0]);
    expect(allocateRounded([45, 55, 50], 100)).toEqual([0, 1, 1]);
  });

  it('leaves parts alone when they divide exactly, and handles none', () => {
    expect(allocateRounded([200, 0, 300], 100)).toEqual([2, 0, 3]);
    expect(allocateRounded([], 100)).toEqual([]);
  });

  it('always adds up to the total rounded once, half up, and keeps each part within one unit of exact', () => {
    let seed = 42;
    const next = (max: number) => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) % max;
    for (let trial = 0; trial < 500; trial += 1) {
      const divisor = [3, 7, 100, 1000][trial % 4];
      const parts = Array.from({ length: 1 + next(12) }, () => next(1_000_000));
      const rounded = allocateRounded(parts, divisor);
      const sum = parts.reduce((a, b) => a + b, 0);
      expect(rounded.reduce((a, b) => a + b, 0)).toBe(roundHalfUp(sum, divisor));
      rounded.forEach((r, i) => expect(Math.abs(r - parts[i] / divisor)).toBeLessThan(1));
    }
  });

  it('refuses negative or fractional parts and a zero divisor', () => {
    expect(() => allocateRounded([-1], 100)).toThrow(RangeError);
    expect(() => allocateRounded([1.5], 100)).toThrow(RangeError);
    expect(() => allocateRounded([1], 0)).toThrow(RangeError);
  });
});
