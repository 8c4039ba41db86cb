import { MAX_TIER_BANDS, MAX_TIER_NAME } from '../contracts';
import { invalid } from './errors';
import { charCount } from '../shared/values/label';

// Hours of contract-management work a contract in each tier needs a year, and the productive hours one
// FTE gives a year; demand FTE = contracts × hours ÷ productive hours.
export type CapacityAssumptions = { hoursPerContractByTier: Record<string, number>; productiveHoursPerFte: number };

export const MAX_HOURS_PER_CONTRACT = 5000;
export const MIN_PRODUCTIVE_HOURS = 1000;
export const MAX_PRODUCTIVE_HOURS = 2000;

// Illustrative starting figures, not a standard: no authoritative contracts-per-manager ratio exists
// (GCF Contract Management Professional Standards size resource per tier; PFI guidance says "no single
// formula"). Gold 520 h = 10 h a week, Silver 156 h = 3 h a week, Bronze 40 h for light-touch checks.
// 1,650 h ≈ a 37-hour week × 52 weeks less leave, bank holidays, sickness and training. Each client's
// figures are calibrated from its own activity analysis.
export const DEFAULT_CAPACITY_ASSUMPTIONS: CapacityAssumptions = {
  hoursPerContractByTier: { Gold: 520, Silver: 156, Bronze: 40 },
  productiveHoursPerFte: 1650,
};

const fail = (message: string, details: Record<string, unknown> = {}) => invalid('INVALID_CAPACITY_ASSUMPTIONS', message, details);

export const validateCapacityAssumptions = (a: CapacityAssumptions): CapacityAssumptions => {
  const entries = a?.hoursPerContractByTier && typeof a.hoursPerContractByTier === 'object' ? Object.entries(a.hoursPerContractByTier) : [];
  if (entries.length < 1 || entries.length > MAX_TIER_BANDS) {
    throw fail(`Give hours per contract for between 1 and ${MAX_TIER_BANDS} tiers; there are ${entries.length}.`, { tiers: entries.length });
  }
  const hoursPerContractByTier: Record<string, number> = {};
  const seen = new Set<string>();
  for (const [rawTier, hours] of entries) {
    const tier = rawTier.trim();
    if (tier === '' || charCount(tier) > MAX_TIER_NAME) throw fail(`Each tier needs a name of 1 to ${MAX_TIER_NAME} characters.`, { tier: rawTier });
    if (seen.has(tier.toLocaleLowerCase('en-GB'))) throw fail(`Tier "${tier}" appears twice; give each tier's hours once.`, { tier });
    seen.add(tier.toLocaleLowerCase('en-GB'));
    if (typeof hours !== 'number' || !Number.isSafeInteger(hours) || hours < 0 || hours > MAX_HOURS_PER_CONTRACT) {
      throw fail(`Hours per contract for ${tier} must be a whole number from 0 to ${MAX_HOURS_PER_CONTRACT} a year; got ${String(hours)}.`, { tier });
    }
    hoursPerContractByTier[tier] = hours;
  }
  const p = a.productiveHoursPerFte;
  if (typeof p !== 'number' || !Number.isSafeInteger(p) || p < MIN_PRODUCTIVE_HOURS || p > MAX_PRODUCTIVE_HOURS) {
    throw fail(
      `Productive hours per FTE must be a whole number of hours a year from ${MIN_PRODUCTIVE_HOURS} to ${MAX_PRODUCTIVE_HOURS}, such as 1650; got ${String(p)}.`,
      { field: 'productiveHoursPerFte' },
    );
  }
  return { hoursPerContractByTier, productiveHoursPerFte: p };
};

export const sameCapacityAssumptions = (a: CapacityAssumptions, b: CapacityAssumptions): boolean => {
  const ka = Object.keys(a.hoursPerContractByTier);
  return (
    a.productiveHoursPerFte === b.productiveHoursPerFte &&
    ka.length === Object.keys(b.hoursPerContractByTier).length &&
    ka.every((tier) => a.hoursPerContractByTier[tier] === b.hoursPerContractByTier[tier])
  );
};
