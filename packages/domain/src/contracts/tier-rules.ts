import { invalid } from './errors';
import { formatPence, MAX_PENCE, type Money } from '../shared/values';
import { charCount } from '../shared/values/label';
import { CONTRACT_RISKS, contractRiskRank, type ContractRisk } from './contract-fields';

export type TierBand = { tier: string; minAnnualValuePence: Money; riskAtLeast: ContractRisk | null };
// Ordered highest tier first; a contract takes the first band it qualifies for.
export type TierRules = { bands: TierBand[] };

export const MAX_TIER_BANDS = 6;
export const MAX_TIER_NAME = 30;

// Illustrative council bands (Gold/Silver/Bronze by annual value or risk, as many council
// contract-management frameworks use); not a statutory figure — each client configures its own.
export const DEFAULT_TIER_RULES: TierRules = {
  bands: [
    { tier: 'Gold', minAnnualValuePence: 100_000_000, riskAtLeast: 'high' },
    { tier: 'Silver', minAnnualValuePence: 25_000_000, riskAtLeast: 'medium' },
    { tier: 'Bronze', minAnnualValuePence: 0, riskAtLeast: null },
  ],
};

const fail = (message: string, details: Record<string, unknown> = {}) =>
  invalid('INVALID_TIER_RULES', `${message} Tier rules list between 1 and ${MAX_TIER_BANDS} bands, highest tier first, ending with a catch-all band.`, details);

export const validateTierRules = (rules: TierRules): TierRules => {
  const bands = Array.isArray(rules?.bands) ? rules.bands : null;
  if (!bands || bands.length < 1 || bands.length > MAX_TIER_BANDS) {
    throw fail(`There are ${bands ? bands.length : 'no'} bands.`, { bands: bands?.length ?? 0 });
  }
  const seen = new Set<string>();
  const normalised = bands.map((band, index): TierBand => {
    const at = `Band ${index + 1}`;
    const tier = typeof band?.tier === 'string' ? band.tier.trim() : '';
    if (tier === '' || charCount(tier) > MAX_TIER_NAME) {
      throw fail(`${at} needs a tier name of 1 to ${MAX_TIER_NAME} characters.`, { band: index + 1 });
    }
    const key = tier.toLocaleLowerCase('en-GB');
    if (seen.has(key)) throw fail(`${at} repeats the tier name "${tier}"; each tier must have its own name.`, { band: index + 1, tier });
    seen.add(key);
    const min = band.minAnnualValuePence;
    if (typeof min !== 'number' || !Number.isSafeInteger(min) || min < 0 || min > MAX_PENCE) {
      throw fail(`${at} (${tier}) needs a minimum annual value in whole pence from £0.00 to ${formatPence(MAX_PENCE)}.`, { band: index + 1, tier });
    }
    const risk = band.riskAtLeast ?? null;
    if (risk !== null && !CONTRACT_RISKS.includes(risk)) {
      throw fail(`${at} (${tier}) has risk at least ${JSON.stringify(risk)}; use low, medium, high or leave it empty.`, { band: index + 1, tier });
    }
    const last = index === bands.length - 1;
    if (last && (min !== 0 || risk !== null)) {
      throw fail(`The last band (${tier}) must catch every remaining contract: set its minimum to £0.00 and leave its risk empty.`, {
        band: index + 1,
        tier,
      });
    }
    if (!last && min === 0) {
      throw fail(`${at} (${tier}) has a minimum of £0.00, which catches every contract, so the bands after it could never apply.`, {
        band: index + 1,
        tier,
      });
    }
    return { tier, minAnnualValuePence: min, riskAtLeast: risk };
  });
  return { bands: normalised };
};

export const sameTierRules = (a: TierRules, b: TierRules): boolean =>
  a.bands.length === b.bands.length &&
  a.bands.every((x, i) => x.tier === b.bands[i].tier && x.minAnnualValuePence === b.bands[i].minAnnualValuePence && x.riskAtLeast === b.bands[i].riskAtLeast);

// The first band where the annual value reaches the minimum, or the risk reaches the band's risk.
export const tierOf = (contract: { annualValuePence: Money; risk: ContractRisk }, rules: TierRules): string => {
  const band = rules.bands.find(
    (b) => contract.annualValuePence >= b.minAnnualValuePence || (b.riskAtLeast !== null && contractRiskRank(contract.risk) >= contractRiskRank(b.riskAtLeast)),
  );
  // Valid rules end with a catch-all band, so this only guards rules that skipped validation.
  return (band ?? rules.bands[rules.bands.length - 1]).tier;
};

export const tierNamesOf = (rules: TierRules): string[] => rules.bands.map((b) => b.tier);
