// The one error this package throws. The domain turns it into a DomainError with the same code,
// so the API maps it like any other input problem.
export type ReferenceDataErrorCode = 'INVALID_DATE' | 'NO_TABLE_IN_FORCE' | 'TABLE_EXPIRED' | 'SCP_DELETED' | 'SCP_NOT_IN_TABLE' | 'TABLE_KINDS_DIFFER';

export class ReferenceDataError extends Error {
  constructor(
    readonly code: ReferenceDataErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ReferenceDataError';
  }
}
