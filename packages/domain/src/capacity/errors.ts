import { errorsOf } from '../shared/errors';

// Every code the capacity decider and model throw, besides the shared value codes (INVALID_FTE, INVALID_ID).
export const capacityErrorCodes = ['INVALID_CAPACITY_ASSUMPTIONS', 'INVALID_CONTRACT_COUNT'] as const;
export type CapacityErrorCode = (typeof capacityErrorCodes)[number];

// This context's factories: a code missing from the list above fails to compile.
export const { invalid, notFound, forbidden, conflict } = errorsOf<CapacityErrorCode>();
