// Records every root query an auditor makes: who, which operation, which authority, when. Only
// ids that name an authority or programme are read from the arguments, never other values.
import { Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { ProgrammeSummary } from '@orgledger/domain';
import type { Observable } from 'rxjs';
import { APP_CONTEXT, type AppContext, type AuthUser } from '../platform/app-context';
import { auditServices } from './audit-services';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Args = Record<string, unknown> & { filter?: Record<string, unknown>; input?: Record<string, unknown> };

const idIn = (args: Args, key: string): string | null => {
  for (const source of [args, args.filter, args.input]) {
    const v = source?.[key];
    if (typeof v === 'string' && UUID.test(v)) return v;
  }
  return null;
};

export const authorityOfArgs = (app: AppContext, tenantId: string, args: Args): string | null => {
  const authorityId = idIn(args, 'authorityId');
  if (authorityId) return authorityId;
  const programmeId = idIn(args, 'programmeId');
  return programmeId ? (app.readModels.get<ProgrammeSummary>('programmeSummary', tenantId, programmeId)?.authorityId ?? null) : null;
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

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() === 'graphql') {
      const gql = GqlExecutionContext.create(context);
      const info = gql.getInfo<{ parentType: { name: string }; fieldName: string }>();
      const user = gql.getContext<{ req: { user?: AuthUser } }>().req.user;
      if (user && info.parentType.name === 'Query') {
        recordAuditorAccess(this.app, user, info.fieldName, authorityOfArgs(this.app, user.tenantId, gql.getArgs<Args>()));
      }
    }
    return next.handle();
  }
}
