const requireWhole = (what: string, value: number) => {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${what} must be a non-negative whole number; got ${value}.`);
};

// exact / divisor rounded half up, for non-negative integers, with no floating point on the way.
export const roundHalfUp = (exact: number, divisor: number): number => {
  const remainder = exact % divisor;
  return (exact - remainder) / divisor + (remainder * 2 >= divisor ? 1 : 0);
};

// Largest-remainder rounding: each part is exactPart / divisor, rounded so that the parts add up
// exactly to the total rounded once, half up. Ties go to the earlier part, so the result is stable.
export const allocateRounded = (exactParts: number[], divisor: number): number[] => {
  if (!Number.isSafeInteger(divisor) || divisor < 1) throw new RangeError(`The divisor must be a positive whole number; got ${divisor}.`);
  let sum = 0;
  let floorSum = 0;
  const rounded = new Array<number>(exactParts.length);
  const remainders = new Array<number>(exactParts.length);
  for (let i = 0; i < exactParts.length; i += 1) {
    requireWhole('Each part', exactParts[i]);
    remainders[i] = exactParts[i] % divisor;
    rounded[i] = (exactParts[i] - remainders[i]) / divisor;
    sum += exactParts[i];
    floorSum += rounded[i];
  }
  requireWhole('The sum of the parts', sum);
  let left = roundHalfUp(sum, divisor) - floorSum;
  if (left === 0) return rounded;
  const order = remainders.map((_, i) => i).sort((a, b) => remainders[b] - remainders[a] || a - b);
  for (let k = 0; left > 0; k += 1, left -= 1) rounded[order[k]] += 1;
  return rounded;
};
