import { invalid } from './errors';
import { requireFte, type Fte } from '../shared/values';
import { allocateLargestRemainder, divideRoundHalfUp } from './allocate';
import type { CapacityAssumptions } from './assumptions';

export type CapacityModelInput = {
  contractsByTier: Record<string, number>;
  assumptions: CapacityAssumptions;
  tierOrder: string[]; // highest tier first, as in the tier rules
  supplyFte: Fte; // contract-management FTE the activity analysis found across existing posts
};
export type CapacityTier = { tier: string; contracts: number; hoursPerContract: number; hours: number; fte: Fte };
export type CapacityModel = {
  tiers: CapacityTier[];
  demandFte: Fte;
  supplyFte: Fte;
  gapFte: Fte; // demand − supply; negative when there is more capacity than the contracts need
  hours: number;
  productiveHoursPerFte: number;
  tiersWithoutHours: string[]; // tiers holding contracts but no hours assumption (counted as 0 hours)
  roundingRule: string;
};

export const CAPACITY_ROUNDING_RULE =
  'Hours are whole hours a year. Demand FTE = total hours × 1,000 ÷ productive hours per FTE, kept exact and rounded once, ' +
  'half up, to thousandths of an FTE; the tiers share that total by largest remainder, so they add up to it exactly.';

export const capacityModel = ({ contractsByTier, assumptions, tierOrder, supplyFte }: CapacityModelInput): CapacityModel => {
  const supply = requireFte('supplyFte', supplyFte);
  const tiers = [...tierOrder, ...Object.keys(contractsByTier).filter((t) => !tierOrder.includes(t))];
  const rows = tiers.map((tier) => {
    const contracts = contractsByTier[tier] ?? 0;
    if (!Number.isSafeInteger(contracts) || contracts < 0) {
      throw invalid('INVALID_CONTRACT_COUNT', `The number of ${tier} contracts must be a whole number of 0 or more; got ${String(contracts)}.`, { tier });
    }
    const hoursPerContract = assumptions.hoursPerContractByTier[tier] ?? 0;
    return { tier, contracts, hoursPerContract, hours: contracts * hoursPerContract };
  });
  const hours = rows.reduce((sum, r) => sum + r.hours, 0);
  const p = assumptions.productiveHoursPerFte;
  const demandFte = divideRoundHalfUp(hours * 1000, p);
  const parts = allocateLargestRemainder(
    demandFte,
    rows.map((r) => r.hours * 1000),
    p,
  );
  return {
    tiers: rows.map((r, i) => ({ ...r, fte: parts[i] })),
    demandFte,
    supplyFte: supply,
    gapFte: demandFte - supply,
    hours,
    productiveHoursPerFte: p,
    tiersWithoutHours: rows.filter((r) => r.contracts > 0 && !(r.tier in assumptions.hoursPerContractByTier)).map((r) => r.tier),
    roundingRule: CAPACITY_ROUNDING_RULE,
  };
};
