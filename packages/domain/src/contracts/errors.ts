import { errorsOf } from '../shared/errors';

// Every code the contract-register decider and rules throw, besides the shared value codes
// (TEXT_*, INVALID_MONEY, INVALID_DATE, INVALID_ID).
export const contractRegisterErrorCodes = [
  'CONTRACT_ALREADY_EXISTS',
  'CONTRACT_NOT_FOUND',
  'CONTRACT_REFERENCE_TAKEN',
  'CONTRACT_ENDS_BEFORE_START',
  'VFM_NOTE_REQUIRED',
  'INVALID_VFM_CONCERN',
  'INVALID_RISK',
  'INVALID_KPI_COUNT',
  'INVALID_EXEMPTION',
  'SERVICE_NOT_FOUND',
  'POST_NOT_FOUND',
  'IMPORT_REJECTED',
  'IMPORT_EMPTY',
  'IMPORT_TOO_LARGE',
  'IMPORT_ALREADY_RECORDED',
  'IMPORT_CONTRACT_ID_MISSING',
  'INVALID_TIER_RULES',
  'INVALID_PROCUREMENT_RULES',
] as const;
export type ContractRegisterErrorCode = (typeof contractRegisterErrorCodes)[number];

// This context's factories: a code missing from the list above fails to compile.
export const { invalid, notFound, forbidden, conflict } = errorsOf<ContractRegisterErrorCode>();
