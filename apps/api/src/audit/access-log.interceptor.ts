// Records every root query an auditor makes: who, which operation, which authority, when. Only
// ids that name an authority or programme are read from the arguments, never other values.
import { Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Observable } from 'rxjs';
import { APP_CONTEXT, type AppContext, type AuthUser } from '../platform/app-context';
import { auditServices } from './audit-services';
import { programmeModel } from '../platform/access-models';
import { readSideOf, type GraphQLContext, type ReadSide } from '../platform/read-side';
import type { GraphQLResolveInfo } from 'graphql';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Args = Record<string, unknown> & { filter?: Record<string, unknown>; input?: Record<string, unknown> };

const idIn = (args: Args, key: string): string | null => {
  for (const source of [args, args.filter, args.input]) {
    const v = source?.[key];
    if (typeof v === 'string' && UUID.test(v)) return v;
  }
  return null;
};

export const authorityOfArgs = (read: Pick<ReadSide, 'readModels'>, tenantId: string, args: Args): string | null => {
  const authorityId = idIn(args, 'authorityId');
  if (authorityId) return authorityId;
  const programmeId = idIn(args, 'programmeId');
  return programmeId ? (read.readModels.get(programmeModel, tenantId, programmeId)?.authorityId ?? null) : null;
};

export const recordAuditorAccess = (app: AppContext, user: AuthUser, operation: string, authorityId: string | null) => {
  if (user.role !== 'auditor') return;
  auditServices(app).accessLog.record({
    tenantId: user.tenantId,
    at: new Date().toISOString(),
    userId: user.userId,
    userName: user.displayName,
    role: user.role,
    operation,
    authorityId,
  });
};

@Injectable()
export class AccessLogInterceptor implements NestInterceptor {
  constructor(@Inject(APP_CONTEXT) private readonly app: AppContext) {}

  // Every resolver passes here: anyone but an auditor costs two property reads (GraphQL handlers
  // get (root, args, context, info)), and the arguments are read only for an auditor's root query.
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    const gql = context.getArgByIndex<(GraphQLContext & { req?: { user?: AuthUser } }) | undefined>(2);
    const user = gql?.req?.user;
    if (!gql || user?.role !== 'auditor') return next.handle();
    const info = context.getArgByIndex<Pick<GraphQLResolveInfo, 'path'> & { parentType: { name: string }; fieldName: string }>(3);
    if (info.parentType.name === 'Query') {
      recordAuditorAccess(this.app, user, info.fieldName, authorityOfArgs(readSideOf(gql, info), user.tenantId, context.getArgByIndex<Args>(1) ?? {}));
    }
    return next.handle();
  }
}
