import { Logger } from '@nestjs/common';
import { EventStoreError, type EventStoreErrorCode } from '@orgledger/event-store';
import { DomainError, domainErrorCodes } from '@orgledger/domain';
import { apiErrorCodes, errorKinds } from './error-codes';
import { formatGraphQLError, kindOf, withoutValues } from './errors';

describe('error messages never repeat a rejected value', () => {
  it.each([
    [
      'Variable "$i" got invalid value 42 at "i.password"; String cannot represent a non string value: 42',
      'Variable "$i" has an invalid value at "i.password": String cannot represent a non string value.',
    ],
    [
      'Variable "$i" got invalid value "hunter2" at "i.role"; Value "hunter2" does not exist in "Role" enum.',
      'Variable "$i" has an invalid value at "i.role": it is not one of the Role values.',
    ],
    [
      'Variable "$i" got invalid value { email: "a", password: "secret-pass" }; Field "x" is not defined by type "SignInInput".',
      'Variable "$i" has an invalid value: Field "x" is not defined by type "SignInInput".',
    ],
    [
      'Variable "$i" got invalid value { name: "x" }; Field "kind" of required type "String!" was not provided.',
      'Variable "$i" has an invalid value: Field "kind" of required type "String!" was not provided.',
    ],
    [
      'Variable "$t" got invalid value "s3cret"; Int cannot represent non-integer value: "s3cret"',
      'Variable "$t" has an invalid value: Int cannot represent non-integer value.',
    ],
    ['Cannot query field "x" on type "Query".', 'Cannot query field "x" on type "Query".'],
  ])('%s', (message, expected) => {
    const cleaned = withoutValues(message);
    expect(cleaned).toBe(expected);
    expect(cleaned).not.toMatch(/hunter2|secret-pass|s3cret|: 42/);
  });
});

describe('event-store errors at the edge', () => {
  // Every code the store can throw, with the answer it must get: a Record, so a new code fails to compile here.
  const expected: Record<EventStoreErrorCode, string> = {
    WRONG_EXPECTED_REVISION: 'CONFLICT',
    EVENT_TOO_LARGE: 'BAD_USER_INPUT',
    STREAM_NOT_FOUND: 'NOT_FOUND',
    INVALID_EVENT: 'INTERNAL_SERVER_ERROR', // the app built a bad event: our fault, not the caller's
  };
  const details = { stream: 'fteDeals-t_1', eventId: 'e-1', size: 1_834_221, limit: 1_048_576 };
  const formatted = { message: 'Event e-1 (PostsImported) in stream fteDeals-t_1 failed', path: ['importPosts'] };

  it.each(Object.entries(expected))('%s is answered %s, naming the store code, never the stream or event', (code, kind) => {
    const silenced = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    try {
      const answer = formatGraphQLError(formatted, new EventStoreError(code as EventStoreErrorCode, formatted.message, details));
      expect(answer.extensions!.code).toBe(kind);
      if (kind === 'INTERNAL_SERVER_ERROR') expect(answer.extensions!.reference).toEqual(expect.any(String));
      else expect(answer.extensions!.errorCode).toBe(code);
      expect(answer.message).not.toMatch(/fteDeals-t_1|e-1|PostsImported/);
    } finally {
      silenced.mockRestore();
    }
  });

  it('tells what to do about a change too large to record, with its size and the limit', () => {
    const answer = formatGraphQLError(formatted, new EventStoreError('EVENT_TOO_LARGE', formatted.message, details));
    expect(answer.message).toBe(
      'This change is too large to record in one piece (1,834,221 bytes; the limit is 1,048,576). Nothing was recorded: import fewer rows at a time or shorten the longest texts.',
    );
    expect(answer.extensions).toEqual({ code: 'BAD_USER_INPUT', errorCode: 'EVENT_TOO_LARGE', details: { size: 1_834_221, limit: 1_048_576 } });
  });
});

describe('domain errors at the edge', () => {
  it('every code the domain lists has one GraphQL kind', () => {
    for (const code of domainErrorCodes) expect(['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'UNAUTHENTICATED']).toContain(errorKinds[code]);
    for (const code of apiErrorCodes) expect(errorKinds[code]).toEqual(expect.any(String));
  });

  it.each([
    ['DEAL_NOT_FOUND', 'NOT_FOUND'],
    ['STALE_DEAL', 'CONFLICT'],
    ['APPROVER_INVITED_BY_PROPOSER', 'FORBIDDEN'],
    ['SIGN_IN_REQUIRED', 'UNAUTHENTICATED'],
    ['TEXT_TOO_LONG', 'BAD_USER_INPUT'],
  ])('given %s, when it reaches the edge, then it is answered as %s with its code and details', (code, kind) => {
    const answer = formatGraphQLError({ message: 'x', path: ['m'] }, new DomainError(code, 'Told in words.', 'BAD_USER_INPUT', { field: 'f' }));
    expect(answer).toEqual({ message: 'Told in words.', path: ['m'], extensions: { code: kind, errorCode: code, details: { field: 'f' } } });
  });

  it('given a code no list knows, then it keeps the kind it was thrown with', () => {
    expect(kindOf(new DomainError('NOT_A_LISTED_CODE', 'x', 'CONFLICT'))).toBe('CONFLICT');
  });
});
