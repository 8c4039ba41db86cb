import type { ReferenceDataErrorCode } from '@orgledger/reference-data';
import { errorKinds } from './contexts';
import { codesOf, sharedErrorKinds, type ErrorKinds } from './shared/errors';

// Reference data's own lookups (the tables in force) throw these from any context that costs a post.
const referenceDataErrorKinds = {
  INVALID_DATE: 'BAD_USER_INPUT',
  NO_TABLE_IN_FORCE: 'BAD_USER_INPUT',
  TABLE_EXPIRED: 'BAD_USER_INPUT',
  SCP_DELETED: 'BAD_USER_INPUT',
  SCP_NOT_IN_TABLE: 'BAD_USER_INPUT',
  TABLE_KINDS_DIFFER: 'BAD_USER_INPUT',
} as const satisfies ErrorKinds<ReferenceDataErrorCode>;

// Every code the domain can throw, with its GraphQL kind: the shared kernel's, reference data's and
// each context's (registered in its context.ts). The API maps each once, at its edge.
export const domainErrorKinds = { ...referenceDataErrorKinds, ...sharedErrorKinds, ...errorKinds };
export type DomainErrorCode = keyof typeof domainErrorKinds;
export const domainErrorCodes: readonly DomainErrorCode[] = codesOf(domainErrorKinds);
