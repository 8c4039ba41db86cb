import { errorsOf } from '@orgledger/domain';
import type { ErrorCode } from './error-codes';

// The API's error factories take only a listed code: a code with no GraphQL kind fails to compile
// where it is thrown, not at the edge. (Each domain context has its own typed factories.)
export const { invalid, notFound, forbidden, conflict } = errorsOf<ErrorCode>();
