// Rounding, once per component: half up to the penny. Every base is a whole number of pence and
// never negative, so half up is floor(n / d + 1/2), done as floor((2n + d) / 2d) in integers.
// A halfpenny therefore rounds up: 15% of £39,075.05 is £5,861.2575 → £5,861.26.
export const divideHalfUp = (numerator: number, divisor: number): number => {
  if (![numerator, divisor, numerator * 2 + divisor].every(Number.isSafeInteger) || numerator < 0 || divisor <= 0) {
    throw new RangeError(`divideHalfUp needs whole, non-negative, safe numbers; got ${numerator} / ${divisor}.`);
  }
  return Math.floor((numerator * 2 + divisor) / (divisor * 2));
};

// A rate in basis points (15% = 1500) of a whole-pence amount, half up to the penny.
export const basisPointsOfPence = (pence: number, rateBp: number): number => divideHalfUp(pence * rateBp, 10_000);

// An annual amount for a share of a full-time post (FTE in thousandths), half up to the penny.
export const fteShareOfPence = (annualPence: number, fte: number): number => divideHalfUp(annualPence * fte, 1_000);
