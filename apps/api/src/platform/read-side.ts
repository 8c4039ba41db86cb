import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { EventStore } from '@orgledger/event-store';
import type { GraphQLResolveInfo } from 'graphql';
import type { AppContext } from './app-context';
import { liveOf, requestAsOf, type AsOfBinding } from './as-of';
import type { ReadModels } from './read-models';

// What a query reads: the store and read models as now, or as they stood at the moment an "as at"
// request named. It is passed explicitly (the GraphQL context carries it), never swapped on a
// shared object.
export type ReadSide = { store: EventStore; readModels: ReadModels };

export type GraphQLContext = { req: object; read: ReadSide; asOfRoots?: Map<string | number, AsOfBinding> };

// The GraphQL context factory: one read side per request, from its x-orgledger-as-of header.
export const graphQLContext =
  (app: AppContext) =>
  ({ req }: { req: object }): GraphQLContext => ({ req, read: requestAsOf.get(req) ?? liveOf(app) });

// A resolver's read side: the moment its root field's asOf argument named, else the request's.
export const Read = createParamDecorator((_: unknown, ctx: ExecutionContext): ReadSide => {
  const gql = GqlExecutionContext.create(ctx);
  let path = gql.getInfo<GraphQLResolveInfo>().path;
  while (path.prev) path = path.prev;
  const context = gql.getContext<GraphQLContext>();
  return context.asOfRoots?.get(path.key) ?? context.read;
});
