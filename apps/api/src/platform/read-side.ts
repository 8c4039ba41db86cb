import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { EventStore, Position } from '@orgledger/event-store';
import type { GraphQLResolveInfo } from 'graphql';
import type { AppContext } from './app-context';
import { liveOf, requestAsOf, type AsOfBinding } from './as-of';
import type { ReadModels } from './read-models';

// What a query reads: the store and read models as now, or as they stood at the moment an "as at"
// request named (then `position` is that moment: the tenant's last event included, null before
// its first). It is passed explicitly, never swapped on a shared object; commands read the live
// AppContext, and a write in an as-at request is refused (platform/as-of-schema.ts).
export type ReadSide = { store: EventStore; readModels: ReadModels; position?: Position | null };

export type GraphQLContext = { req: object; read: ReadSide; asOfRoots?: Map<string | number, AsOfBinding> };

// An HTTP request's read side, from its x-orgledger-as-of header (for routes outside GraphQL).
export const requestReadSide = (app: AppContext, req: object): ReadSide => requestAsOf.get(req) ?? liveOf(app);

// The GraphQL context factory: one read side per request.
export const graphQLContext =
  (app: AppContext) =>
  ({ req }: { req: object }): GraphQLContext => ({ req, read: requestReadSide(app, req) });

// The read side of a field: the moment its root field's asOf argument named, else the request's.
export const readSideOf = (context: GraphQLContext, info: Pick<GraphQLResolveInfo, 'path'>): ReadSide => {
  let path = info.path;
  while (path.prev) path = path.prev;
  return context.asOfRoots?.get(path.key) ?? context.read;
};

export const Read = createParamDecorator((_: unknown, ctx: ExecutionContext): ReadSide => {
  const gql = GqlExecutionContext.create(ctx);
  return readSideOf(gql.getContext<GraphQLContext>(), gql.getInfo<GraphQLResolveInfo>());
});
