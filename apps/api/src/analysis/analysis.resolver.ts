import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { contractManagementActivityIds, requireId, type Activity as DomainActivity } from '@orgledger/domain';
import { invalid } from '../platform/api-errors';
import { programmeScope, visibleAuthority } from '../platform/access';
import { APP_CONTEXT, metaFor, type AppContext, type AuthUser } from '../platform/app-context';
import { CurrentUser, Roles } from '../platform/current-user';
import { visiblePosts } from '../establishment';
import { addActivity, renameActivity, retireActivity, seedTaxonomy, submitActivityReturn } from './analysis.commands';
import { activityAnalysisOf, programmeActivities } from './analysis.read';
import {
  Activity,
  ActivityAnalysis,
  ActivityReturnReceipt,
  AddActivityInput,
  PostShares,
  RenameActivityInput,
  RetireActivityInput,
  SeedActivityTaxonomyInput,
  SubmitActivityReturnInput,
} from './analysis.graphql';
import { activitySharesModel } from './analysis.projector';
import { Read, type ReadSide } from '../platform/read-side';

@Resolver()
export class AnalysisResolver {
  constructor(@Inject(APP_CONTEXT) private readonly app: AppContext) {}

  private activities(read: ReadSide, user: AuthUser, programmeId: string): DomainActivity[] {
    return programmeActivities(read, user.tenantId, programmeId);
  }

  @Query(() => [Activity], { description: 'The programme’s activity taxonomy, as a flat list with parent ids' })
  activityTaxonomy(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('programmeId', { type: () => ID }) programmeId: string): Activity[] {
    const { programmeId: id } = programmeScope(read, user, programmeId);
    const all = this.activities(read, user, id);
    const cm = new Set(contractManagementActivityIds(all));
    return all.map((a) => ({
      id: a.activityId,
      parentId: a.parentId,
      name: a.name,
      retired: a.retired,
      contractManagement: cm.has(a.activityId) || (a.contractManagement && !a.retired),
    }));
  }

  @Query(() => [PostShares], { description: 'The latest activity return for each post; a service director sees their own service only' })
  activityShares(
    @Read() read: ReadSide,
    @CurrentUser() user: AuthUser,
    @Args('programmeId', { type: () => ID }) programmeId: string,
    @Args('serviceId', { type: () => ID, nullable: true }) serviceId?: string,
  ): PostShares[] {
    const scope = programmeScope(read, user, programmeId);
    const posts = new Set(visiblePosts(read, user, scope.authorityId, serviceId).map((p) => p.postId));
    return read.readModels.list(activitySharesModel, user.tenantId, scope.programmeId).filter((s) => posts.has(s.postId));
  }

  @Query(() => ActivityAnalysis, { description: 'Contract-management FTE and cost by service and activity, from the latest returns' })
  activityAnalysis(
    @Read() read: ReadSide,
    @CurrentUser() user: AuthUser,
    @Args('programmeId', { type: () => ID }) programmeId: string,
    @Args('thresholdPercent', { type: () => Int, defaultValue: 50 }) thresholdPercent: number,
  ): ActivityAnalysis {
    if (!Number.isInteger(thresholdPercent) || thresholdPercent < 1 || thresholdPercent > 100) {
      throw invalid('INVALID_THRESHOLD', 'The substantive threshold is a whole percent from 1 to 100.');
    }
    const scope = programmeScope(read, user, programmeId);
    const posts = visiblePosts(read, user, scope.authorityId);
    const { result, activities } = activityAnalysisOf(read, user.tenantId, scope.programmeId, posts, thresholdPercent);
    const serviceNames = new Map(visibleAuthority(read, user, scope.authorityId).services.map((s) => [s.id, s.name]));
    const activityNames = new Map(activities.map((a) => [a.activityId, a.name]));
    return {
      ...result,
      programmeId: scope.programmeId,
      byService: result.byService.map((s) => ({ ...s, serviceName: serviceNames.get(s.serviceId) ?? '' })),
      byActivity: result.byActivity.map((a) => ({ ...a, name: activityNames.get(a.activityId) ?? '' })),
    };
  }

  @Mutation(() => [Activity])
  @Roles('tenant_admin', 'consultant')
  async seedActivityTaxonomy(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: SeedActivityTaxonomyInput): Promise<Activity[]> {
    const scope = programmeScope(read, user, input.programmeId);
    await seedTaxonomy(this.app, metaFor(user, input), scope);
    return this.activityTaxonomy(read, user, scope.programmeId);
  }

  @Mutation(() => [Activity])
  @Roles('tenant_admin', 'consultant')
  async addActivity(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: AddActivityInput): Promise<Activity[]> {
    const scope = programmeScope(read, user, input.programmeId);
    await addActivity(this.app, metaFor(user, input), scope, input);
    return this.activityTaxonomy(read, user, scope.programmeId);
  }

  @Mutation(() => [Activity])
  @Roles('tenant_admin', 'consultant')
  async renameActivity(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: RenameActivityInput): Promise<Activity[]> {
    const scope = programmeScope(read, user, input.programmeId);
    await renameActivity(this.app, metaFor(user, input), scope, input);
    return this.activityTaxonomy(read, user, scope.programmeId);
  }

  @Mutation(() => [Activity])
  @Roles('tenant_admin', 'consultant')
  async retireActivity(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: RetireActivityInput): Promise<Activity[]> {
    const scope = programmeScope(read, user, input.programmeId);
    await retireActivity(this.app, metaFor(user, input), scope, input);
    return this.activityTaxonomy(read, user, scope.programmeId);
  }

  @Mutation(() => ActivityReturnReceipt, {
    description: 'Records the share of time each post spends on each activity; supersedes earlier returns for those posts',
  })
  @Roles('tenant_admin', 'consultant', 'service_director')
  async submitActivityReturn(
    @Read() read: ReadSide,
    @CurrentUser() user: AuthUser,
    @Args('input') input: SubmitActivityReturnInput,
  ): Promise<ActivityReturnReceipt> {
    const scope = programmeScope(read, user, input.programmeId);
    requireId('serviceId', input.serviceId);
    return submitActivityReturn(this.app, metaFor(user, input), scope, input, user.serviceId);
  }
}
