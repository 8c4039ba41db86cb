import { ApiError } from './graphql';

// What a failed change means for the person who made it. CONFLICT is the API's word for "someone
// else acted on this since you loaded it" (a stale expectedVersion or expectedRevision): nothing was
// changed, and the answer is to reload and decide again, never to resend over the other change.
export type ChangeFailure =
  { kind: 'stale'; errorCode?: string } | { kind: 'problem'; message: string; errorCode?: string; field?: string; details?: Readonly<Record<string, unknown>> };

export function changeFailureOf(error: unknown): ChangeFailure | null {
  if (!error) return null;
  if (error instanceof ApiError) {
    if (error.code === 'CONFLICT') return { kind: 'stale', errorCode: error.errorCode };
    const field = typeof error.details?.field === 'string' ? error.details.field : undefined;
    return {
      kind: 'problem',
      message: error.message,
      errorCode: error.errorCode,
      ...(field ? { field } : {}),
      ...(error.details ? { details: error.details } : {}),
    };
  }
  return { kind: 'problem', message: error instanceof Error && error.message ? error.message : 'Something went wrong. Try again later.' };
}

export function isStaleChange(error: unknown): boolean {
  return changeFailureOf(error)?.kind === 'stale';
}
