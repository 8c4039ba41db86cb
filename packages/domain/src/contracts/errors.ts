import { codesOf, errorsOf, type ErrorKinds } from '../shared/errors';

// Every code the contract-register decider and rules throw, besides the shared value codes
// (TEXT_*, INVALID_MONEY, INVALID_DATE, INVALID_ID).
export const contractRegisterErrorKinds = {
  CONTRACT_ALREADY_EXISTS: 'CONFLICT',
  CONTRACT_NOT_FOUND: 'NOT_FOUND',
  CONTRACT_REFERENCE_TAKEN: 'BAD_USER_INPUT',
  CONTRACT_ENDS_BEFORE_START: 'BAD_USER_INPUT',
  VFM_NOTE_REQUIRED: 'BAD_USER_INPUT',
  INVALID_VFM_CONCERN: 'BAD_USER_INPUT',
  INVALID_RISK: 'BAD_USER_INPUT',
  INVALID_KPI_COUNT: 'BAD_USER_INPUT',
  INVALID_EXEMPTION: 'BAD_USER_INPUT',
  SERVICE_NOT_FOUND: 'NOT_FOUND',
  POST_NOT_FOUND: 'NOT_FOUND',
  IMPORT_REJECTED: 'BAD_USER_INPUT',
  IMPORT_EMPTY: 'BAD_USER_INPUT',
  IMPORT_TOO_LARGE: 'BAD_USER_INPUT',
  IMPORT_ALREADY_RECORDED: 'CONFLICT',
  IMPORT_CONTRACT_ID_MISSING: 'BAD_USER_INPUT',
  INVALID_TIER_RULES: 'BAD_USER_INPUT',
  INVALID_PROCUREMENT_RULES: 'BAD_USER_INPUT',
  INVALID_PROCUREMENT_REGIME: 'BAD_USER_INPUT',
  PROCUREMENT_STARTS_AFTER_CONTRACT: 'BAD_USER_INPUT',
  REGIME_CONTRADICTS_PROCUREMENT_DATE: 'BAD_USER_INPUT',
  NOTICES_NOT_UNDER_THE_ACT: 'BAD_USER_INPUT',
  INVALID_NOTICE_KIND: 'BAD_USER_INPUT',
  NOTICE_DATE_IN_FUTURE: 'BAD_USER_INPUT',
  NOTICE_TRIGGER_REQUIRED: 'BAD_USER_INPUT',
  NOTICE_TRIGGER_NOT_FOUND: 'NOT_FOUND',
  NOTICE_ALREADY_RECORDED: 'CONFLICT',
} as const satisfies ErrorKinds;
export type ContractRegisterErrorCode = keyof typeof contractRegisterErrorKinds;
export const contractRegisterErrorCodes = codesOf(contractRegisterErrorKinds);

// This context's factories: a code missing from the list above fails to compile.
export const { invalid, notFound, forbidden, conflict } = errorsOf<ContractRegisterErrorCode>();
