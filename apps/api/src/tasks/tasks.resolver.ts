import { Inject } from '@nestjs/common';
import { Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { canSeeAuthority, formatFte, type ProgrammeSummary } from '@orgledger/domain';
import { APP_CONTEXT, type AppContext, type AuthUser } from '../platform/app-context';
import { CurrentUser } from '../platform/current-user';
import type { DealRow } from '../deals/deals.read';
import type { PostReadRow } from '../establishment/establishment.resolver';

@ObjectType()
export class Task {
  @Field() kind: string;
  @Field() title: string;
  @Field(() => ID) programmeId: string;
  @Field(() => ID, { nullable: true }) entityId: string | null;
  @Field({ nullable: true, description: 'When the thing awaiting you happened' }) since?: string;
}

type Source = (app: AppContext, user: AuthUser, programme: ProgrammeSummary) => Task[];

// Each stage adds the things that wait on a person; the list is derived, never stored.
const dealsAwaiting: Source = (app, user, programme) => {
  const side = user.role === 'service_director' ? 'service' : user.role === 'consultant' || user.role === 'tenant_admin' ? 'programme' : null;
  if (!side) return [];
  const services = new Map((app.readModels.get<{ services: { id: string; name: string }[] }>('authoritySummary', user.tenantId, programme.authorityId)?.services ?? []).map((s) => [s.id, s.name]));
  return app.readModels
    .list<DealRow>('fteDeal', user.tenantId, programme.programmeId)
    .filter((d) => d.awaiting === side && (side === 'programme' || d.serviceId === user.serviceId))
    .map((d) => ({
      kind: 'fte_deal',
      title: `Answer the ${services.get(d.serviceId) ?? ''} FTE deal: ${formatFte(d.offerFte ?? d.fte)} FTE on the table`,
      programmeId: programme.programmeId,
      entityId: d.dealId,
      since: d.lastActivityAt,
    }));
};

const returnsAwaiting: Source = (app, user, programme) => {
  if (user.role !== 'service_director' || !user.serviceId) return [];
  const posts = app.readModels.list<PostReadRow>('post', user.tenantId, programme.authorityId).filter((p) => p.serviceId === user.serviceId);
  if (!posts.length) return [];
  const returned = new Set(app.readModels.list<{ postId: string }>('activityShares', user.tenantId, programme.programmeId).map((s) => s.postId));
  const missing = posts.filter((p) => !returned.has(p.postId)).length;
  if (!missing) return [];
  return [{ kind: 'activity_return', title: `Return the activity analysis for ${missing} of your service's posts`, programmeId: programme.programmeId, entityId: user.serviceId }];
};

const SOURCES: Source[] = [dealsAwaiting, returnsAwaiting];

@Resolver(() => Task)
export class TasksResolver {
  constructor(@Inject(APP_CONTEXT) private readonly app: AppContext) {}

  @Query(() => [Task], { description: 'What awaits the signed-in user, across the programmes they can see' })
  awaitingMe(@CurrentUser() user: AuthUser): Task[] {
    const programmes = this.app.readModels
      .list<ProgrammeSummary>('programmeSummary', user.tenantId)
      .filter((p) => canSeeAuthority({ ...user, active: true }, p.authorityId));
    return programmes.flatMap((p) => SOURCES.flatMap((source) => source(this.app, user, p)));
  }
}
