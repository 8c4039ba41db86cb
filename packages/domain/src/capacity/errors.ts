import { codesOf, errorsOf, type ErrorKinds } from '../shared/errors';

// Every code the capacity decider and model throw, besides the shared value codes (INVALID_FTE, INVALID_ID).
export const capacityErrorKinds = { INVALID_CAPACITY_ASSUMPTIONS: 'BAD_USER_INPUT', INVALID_CONTRACT_COUNT: 'BAD_USER_INPUT' } as const satisfies ErrorKinds;
export type CapacityErrorCode = keyof typeof capacityErrorKinds;
export const capacityErrorCodes = codesOf(capacityErrorKinds);

// This context's factories: a code missing from the list above fails to compile.
export const { invalid, notFound, forbidden, conflict } = errorsOf<CapacityErrorCode>();
