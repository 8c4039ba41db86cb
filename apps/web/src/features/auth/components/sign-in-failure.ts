import { ApiError } from '../../../lib/graphql';

// The same words whatever went wrong with the credentials, so nobody learns which emails exist.
export const wrongCredentials = 'Email or password is not right';

export function signInFailureMessage(error: Error | null): string | null {
  if (!error) return null;
  // Throttling applies whether or not the email exists, so its own message reveals nothing.
  if (error instanceof ApiError && error.errorCode === 'TOO_MANY_ATTEMPTS') return error.message;
  if (error instanceof ApiError && ['UNAUTHENTICATED', 'BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND'].includes(error.code)) {
    return wrongCredentials;
  }
  return 'Sorry, we could not sign you in just now. Try again in a few minutes.';
}
