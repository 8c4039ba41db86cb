import type { ReferenceTables } from './rate-table';
import { APPRENTICESHIP_LEVY_TABLES } from './tables/apprenticeship-levy';
import { EMPLOYER_NI_TABLES } from './tables/employer-ni';
import { NJC_PAY_SPINE_TABLES } from './tables/njc-pay-spine';
import { STATUTORY_REDUNDANCY_TABLES } from './tables/statutory-redundancy';

// Frozen all the way down: the registry is shared by every tenant and every replay.
const deepFreeze = <T>(value: T): T => {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
};

// Every standard table, by kind. Local pay points are a council's own, so none is standard.
export const STANDARD_REFERENCE_DATA: ReferenceTables = deepFreeze({
  paySpine: NJC_PAY_SPINE_TABLES,
  localPayPoints: [],
  employerNi: EMPLOYER_NI_TABLES,
  apprenticeshipLevy: APPRENTICESHIP_LEVY_TABLES,
  statutoryRedundancy: STATUTORY_REDUNDANCY_TABLES,
});
