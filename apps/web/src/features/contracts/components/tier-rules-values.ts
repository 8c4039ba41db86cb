import type { ContractRisk, TierBandInput } from '../../../gql/graphql';
import { parsePounds, poundsInput } from '../../../lib/pounds';

// One band as typed. The last band catches every remaining contract: £0 and no risk, name only.
export type BandValues = { key: string; tier: string; minimum: string; risk: ContractRisk | '' };
export type BandErrors = Record<string, string>; // by field id

export const MAX_TIER_BANDS = 6;
export const MAX_TIER_NAME = 30;

export const bandFieldId = (key: string, field: 'tier' | 'minimum') => `band-${key}-${field}`;

let nextKey = 0;
export const newBandKey = () => `new-${++nextKey}`;

export function bandValuesOf(bands: readonly { tier: string; minAnnualValuePence: number; riskAtLeast?: ContractRisk | null }[]): BandValues[] {
  return bands.map((b, i) => ({
    key: `band-${i}`,
    tier: b.tier,
    minimum: i === bands.length - 1 ? '0' : poundsInput(b.minAnnualValuePence),
    risk: b.riskAtLeast ?? '',
  }));
}

// Checks every band at once and turns pounds into pence; the API checks the same rules again.
export function readTierRules(bands: readonly BandValues[]): { bands: TierBandInput[]; errors?: never } | { bands?: never; errors: BandErrors } {
  const errors: BandErrors = {};
  const seen = new Set<string>();
  const read: TierBandInput[] = [];
  bands.forEach((band, index) => {
    const last = index === bands.length - 1;
    const tier = band.tier.trim();
    const at = last ? 'The catch-all band' : `Band ${index + 1}`;
    if (tier === '') errors[bandFieldId(band.key, 'tier')] = `${at} needs a tier name`;
    else if ([...tier].length > MAX_TIER_NAME) errors[bandFieldId(band.key, 'tier')] = `${at}: the tier name must be ${MAX_TIER_NAME} characters or fewer`;
    else if (seen.has(tier.toLocaleLowerCase('en-GB')))
      errors[bandFieldId(band.key, 'tier')] = `${at} repeats the tier name ${tier}: give each tier its own name`;
    seen.add(tier.toLocaleLowerCase('en-GB'));
    if (last) {
      read.push({ tier, minAnnualValuePence: 0, riskAtLeast: null });
      return;
    }
    const minimum = parsePounds(band.minimum, { label: `${at}: minimum annual value`, example: '1,000,000.00' });
    if (band.minimum.trim() === '') errors[bandFieldId(band.key, 'minimum')] = `Enter the minimum annual value of band ${index + 1}, such as 1,000,000.00`;
    else if (!minimum.ok) errors[bandFieldId(band.key, 'minimum')] = minimum.error;
    else if (minimum.value === 0)
      errors[bandFieldId(band.key, 'minimum')] = `${at}: the minimum annual value must be more than £0.00, or the bands after it could never apply`;
    else read.push({ tier, minAnnualValuePence: minimum.value, riskAtLeast: band.risk || null });
  });
  if (bands.length < 1 || bands.length > MAX_TIER_BANDS) errors.bands = `Give between 1 and ${MAX_TIER_BANDS} bands`;
  return Object.keys(errors).length > 0 ? { errors } : { bands: read };
}

// Moves a band up or down among the bands above the catch-all, which stays last.
export function moveBand(bands: readonly BandValues[], index: number, by: -1 | 1): BandValues[] {
  const to = index + by;
  if (index >= bands.length - 1 || to < 0 || to >= bands.length - 1) return [...bands];
  const next = [...bands];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

// A new band goes just above the catch-all.
export function addBand(bands: readonly BandValues[]): BandValues[] {
  if (bands.length >= MAX_TIER_BANDS) return [...bands];
  const band: BandValues = { key: newBandKey(), tier: '', minimum: '', risk: '' };
  return [...bands.slice(0, -1), band, ...bands.slice(-1)];
}
