// Largest-remainder (Hamilton) allocation of a whole `total` across shares numerators[i] / denominator,
// so the parts add up to exactly `total`. Ties go to the earlier share. The activity context has its
// own copy; the two are kept separate so the contexts do not import each other.
export const allocateLargestRemainder = (total: number, numerators: number[], denominator: number): number[] => {
  const floors = numerators.map((n) => Math.floor(n / denominator));
  let left = total - floors.reduce((a, b) => a + b, 0);
  const order = numerators.map((n, index) => ({ index, remainder: n % denominator })).sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  const parts = [...floors];
  for (const { index } of order) {
    if (left <= 0) break;
    parts[index] += 1;
    left -= 1;
  }
  return parts;
};

// n / d rounded once, half up, for non-negative integers.
export const divideRoundHalfUp = (n: number, d: number): number => {
  const q = Math.floor(n / d);
  return 2 * (n - q * d) >= d ? q + 1 : q;
};
