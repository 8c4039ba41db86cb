import { describe, expect, it } from 'vitest';
import { ApiError } from './graphql';
import { changeFailureOf, isStaleChange } from './change-failure';

describe('what a failed deal step means', () => {
  it('treats CONFLICT as "someone else changed it meanwhile", whatever the finer code', () => {
    const stale = new ApiError('CONFLICT', 'Someone else changed this deal while you were looking at it.', 'STALE_DEAL', { version: 5 });
    expect(changeFailureOf(stale)).toEqual({ kind: 'stale', errorCode: 'STALE_DEAL' });
    expect(isStaleChange(stale)).toBe(true);
    expect(isStaleChange(new ApiError('CONFLICT', 'Changed.', 'STALE_REVISION'))).toBe(true);
  });

  it('passes any other refusal on as a problem, with the field it is about', () => {
    const refusal = new ApiError('BAD_USER_INPUT', 'Post WST-0002 is 0.600 FTE…', 'OVER_RELEASE', { postId: 'p2', field: 'fte' });
    expect(changeFailureOf(refusal)).toEqual({
      kind: 'problem',
      message: 'Post WST-0002 is 0.600 FTE…',
      errorCode: 'OVER_RELEASE',
      field: 'fte',
      details: { postId: 'p2', field: 'fte' },
    });
    expect(isStaleChange(refusal)).toBe(false);
    expect(isStaleChange(new ApiError('FORBIDDEN', 'Not your service.', 'NOT_YOUR_SERVICE'))).toBe(false);
  });

  it('has nothing to say when nothing failed, and a plain message for a broken network', () => {
    expect(changeFailureOf(null)).toBeNull();
    expect(changeFailureOf(new Error('Failed to fetch'))).toEqual({ kind: 'problem', message: 'Failed to fetch' });
  });
});
