import { basisPointsOfPence, divideHalfUp, fteShareOfPence } from './rounding';

describe('rounding: half up to the penny, once per component', () => {
  it('rounds a half up, and anything less down', () => {
    expect(divideHalfUp(5, 2)).toBe(3); // 2.5 → 3
    expect(divideHalfUp(7, 2)).toBe(4); // 3.5 → 4 (half-even would give 4 too)
    expect(divideHalfUp(9, 2)).toBe(5); // 4.5 → 5 (half-even would give 4)
    expect(divideHalfUp(14_999, 10_000)).toBe(1);
    expect(divideHalfUp(15_000, 10_000)).toBe(2);
    expect(divideHalfUp(0, 7)).toBe(0);
  });

  it('takes a rate in basis points of whole pence', () => {
    expect(basisPointsOfPence(4_407_500, 2110)).toBe(929_983); // 9,299.825 → 9,299.83
    expect(basisPointsOfPence(4_407_500, 50)).toBe(22_038); // 220.375 → 220.38
    expect(basisPointsOfPence(3_907_505, 1500)).toBe(586_126); // 5,861.2575 → 5,861.26
  });

  it('pro-rates for FTE in thousandths', () => {
    expect(fteShareOfPence(2_479_600, 200)).toBe(495_920);
    expect(fteShareOfPence(2_441_300, 333)).toBe(812_953); // 8,129.529 → 8,129.53
    expect(fteShareOfPence(2_441_300, 1000)).toBe(2_441_300);
  });

  it('refuses fractions, negatives and numbers too large to be exact', () => {
    expect(() => divideHalfUp(-1, 2)).toThrow(RangeError);
    expect(() => divideHalfUp(Number.MAX_SAFE_INTEGER, 2)).toThrow(RangeError);
    expect(() => divideHalfUp(1.5, 2)).toThrow(RangeError);
  });
});
