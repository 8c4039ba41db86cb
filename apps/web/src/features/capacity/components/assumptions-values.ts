import type { TierHoursInput } from '../../../gql/graphql';
import type { CapacityModel } from '../api/capacity.queries';

export type AssumptionValues = { hours: Record<string, string>; productiveHours: string };
export type AssumptionErrors = Record<string, string>; // by field id

export const MAX_HOURS_PER_CONTRACT = 5000;
export const MIN_PRODUCTIVE_HOURS = 1000;
export const MAX_PRODUCTIVE_HOURS = 2000;

export const hoursFieldId = (tier: string) => `hours-${tier.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
export const productiveFieldId = 'productive-hours';

// The tiers to give hours for: the tier rules' tiers (the model lists them, highest first), with any
// hours already set for them; a tier with contracts but no hours starts empty.
export function assumptionTiers(model: CapacityModel): string[] {
  return model.tiers.map((t) => t.tier);
}

export function assumptionValuesOf(model: CapacityModel): AssumptionValues {
  const set = new Map(model.assumptions.hoursPerContract.map((h) => [h.tier, h.hours]));
  return {
    hours: Object.fromEntries(assumptionTiers(model).map((tier) => [tier, set.has(tier) ? String(set.get(tier)) : ''])),
    productiveHours: String(model.assumptions.productiveHoursPerFte),
  };
}

const wholeNumber = (text: string) => (/^\d{1,6}$/.test(text.trim()) ? Number(text.trim()) : null);

export function readAssumptions(
  tiers: readonly string[],
  values: AssumptionValues,
): { hoursPerContract: TierHoursInput[]; productiveHoursPerFte: number; errors?: never } | { errors: AssumptionErrors } {
  const errors: AssumptionErrors = {};
  const hoursPerContract: TierHoursInput[] = [];
  for (const tier of tiers) {
    const text = values.hours[tier] ?? '';
    const hours = wholeNumber(text);
    if (text.trim() === '') errors[hoursFieldId(tier)] = `Enter the hours a ${tier} contract needs a year, such as 520`;
    else if (hours === null || hours > MAX_HOURS_PER_CONTRACT)
      errors[hoursFieldId(tier)] = `Hours for a ${tier} contract must be a whole number from 0 to 5,000`;
    else hoursPerContract.push({ tier, hours });
  }
  const productive = wholeNumber(values.productiveHours);
  if (values.productiveHours.trim() === '') errors[productiveFieldId] = 'Enter the productive hours one FTE gives a year, such as 1650';
  else if (productive === null || productive < MIN_PRODUCTIVE_HOURS || productive > MAX_PRODUCTIVE_HOURS) {
    errors[productiveFieldId] = 'Productive hours per FTE must be a whole number from 1,000 to 2,000';
  }
  if (Object.keys(errors).length > 0 || productive === null) return { errors };
  return { hoursPerContract, productiveHoursPerFte: productive };
}
