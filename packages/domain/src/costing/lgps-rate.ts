import { invalid } from './errors';
import { compareCivilDates, requireCivilDate, requireText, type CivilDate } from '../shared/values';

// An LGPS employer contribution rate, set per employer by its fund's actuary (Rates & Adjustments
// Certificate, usually for three years from 1 April), in basis points of pensionable pay.
export type LgpsEmployerRate = { rateBp: number; effectiveFrom: CivilDate; source: string };

export const MAX_LGPS_RATE_BP = 5_000; // 50%: far above any council's total rate
export const MAX_REFERENCE_SOURCE = 1_000;

export const requireLgpsRateBp = (value: unknown): number => {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= MAX_LGPS_RATE_BP) return value;
  throw invalid(
    'INVALID_LGPS_RATE',
    `The LGPS employer rate must be a whole number of basis points from 0 to ${MAX_LGPS_RATE_BP} (21.1% is 2110); got ${String(value)}.`,
    { field: 'rateBp', max: MAX_LGPS_RATE_BP },
  );
};

export const validateLgpsRate = (rate: { rateBp: unknown; effectiveFrom: unknown; source: unknown }): LgpsEmployerRate => ({
  rateBp: requireLgpsRateBp(rate.rateBp),
  effectiveFrom: requireCivilDate('effectiveFrom', rate.effectiveFrom),
  source: requireText('source', rate.source, { max: MAX_REFERENCE_SOURCE }),
});

// Latest first-day on or before the date; a later-listed rate with the same date supersedes.
export const lgpsRateOn = (rates: readonly LgpsEmployerRate[], date: CivilDate): LgpsEmployerRate | null => {
  let found: LgpsEmployerRate | null = null;
  for (const rate of rates) {
    if (compareCivilDates(rate.effectiveFrom, date) <= 0 && (!found || rate.effectiveFrom >= found.effectiveFrom)) found = rate;
  }
  return found;
};
