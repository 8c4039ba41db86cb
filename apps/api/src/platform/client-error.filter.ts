import { Catch, type ArgumentsHost } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError } from '@orgledger/domain';
import { EventStoreError } from '@orgledger/event-store';

// Refusals are answers, not faults: hand them to the GraphQL error formatter without Nest logging
// each one as an error with its stack (a bad token must not flood the error log).
@Catch(DomainError, EventStoreError)
export class ClientErrorFilter implements GqlExceptionFilter {
  catch(exception: DomainError | EventStoreError, _host: ArgumentsHost) {
    return exception;
  }
}
