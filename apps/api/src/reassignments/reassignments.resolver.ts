import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { programmeScope } from '../platform/access';
import { APP_CONTEXT, metaFor, type AppContext, type AuthUser } from '../platform/app-context';
import { CurrentUser, Roles } from '../platform/current-user';
import {
  endTrialPeriod,
  grantPayProtection,
  markAtRisk,
  placeInRingFence,
  recordRedeployment,
  recordSelectionOutcome,
  recordSlotIn,
  releaseVacancy,
  startTrialPeriod,
} from './reassignments.commands';
import { transitionMapOf } from './reassignments.read';
import {
  AsIsTransition,
  EndTrialPeriodInput,
  GrantPayProtectionInput,
  MarkAtRiskInput,
  PlaceInRingFenceInput,
  RecordRedeploymentInput,
  RecordSelectionOutcomeInput,
  RecordSlotInInput,
  ReleaseVacancyInput,
  RingFencePool,
  StartTrialPeriodInput,
  TransitionMap,
} from './reassignments.graphql';
import { Read, type ReadSide } from '../platform/read-side';

type Scope = { programmeId: string; authorityId: string };
type Decision<I> = (app: AppContext, meta: ReturnType<typeof metaFor>, scope: Scope, input: I) => Promise<string>;

// Each decision answers with the post's row of the transition map as it now stands.
@Resolver()
export class ReassignmentsResolver {
  constructor(@Inject(APP_CONTEXT) private readonly app: AppContext) {}

  private async decide<I extends { programmeId: string; reason: string; commandId?: string }>(read: ReadSide, user: AuthUser, input: I, run: Decision<I>) {
    const scope = programmeScope(read, user, input.programmeId);
    const postId = await run(this.app, metaFor(user, input), scope, input);
    return transitionMapOf(read, user, scope).asIs.find((t) => t.postId === postId)!;
  }

  @Query(() => TransitionMap, { description: 'From the as-is posts to the chosen design’s posts; a service director sees their own service’s as-is posts' })
  transitionMap(
    @Read() read: ReadSide,
    @CurrentUser() user: AuthUser,
    @Args('programmeId', { type: () => ID }) programmeId: string,
    @Args('decidedOnly', { defaultValue: false, description: 'Leave out as-is posts with no decision yet' }) decidedOnly: boolean,
  ): TransitionMap {
    return transitionMapOf(read, user, programmeScope(read, user, programmeId), { decidedOnly });
  }

  @Mutation(() => AsIsTransition, { description: 'Slots a postholder into a to-be post whose job content matches theirs closely enough' })
  @Roles('tenant_admin', 'consultant')
  recordSlotIn(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: RecordSlotInInput) {
    return this.decide(read, user, input, recordSlotIn);
  }

  @Mutation(() => RingFencePool, { description: 'Forms a ring-fence pool of postholders competing for to-be posts' })
  @Roles('tenant_admin', 'consultant')
  async placeInRingFence(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: PlaceInRingFenceInput): Promise<RingFencePool> {
    const scope = programmeScope(read, user, input.programmeId);
    const poolId = await placeInRingFence(this.app, metaFor(user, input), scope, input);
    return transitionMapOf(read, user, scope).pools.find((p) => p.id === poolId)!;
  }

  @Mutation(() => AsIsTransition)
  @Roles('tenant_admin', 'consultant')
  recordSelectionOutcome(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: RecordSelectionOutcomeInput) {
    return this.decide(read, user, input, recordSelectionOutcome);
  }

  @Mutation(() => AsIsTransition)
  @Roles('tenant_admin', 'consultant')
  markAtRisk(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: MarkAtRiskInput) {
    return this.decide(read, user, input, markAtRisk);
  }

  @Mutation(() => AsIsTransition)
  @Roles('tenant_admin', 'consultant')
  recordRedeployment(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: RecordRedeploymentInput) {
    return this.decide(read, user, input, recordRedeployment);
  }

  @Mutation(() => AsIsTransition, { description: 'Starts a statutory trial period (4 weeks, longer only by written agreement)' })
  @Roles('tenant_admin', 'consultant')
  startTrialPeriod(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: StartTrialPeriodInput) {
    return this.decide(read, user, input, startTrialPeriod);
  }

  @Mutation(() => AsIsTransition)
  @Roles('tenant_admin', 'consultant')
  endTrialPeriod(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: EndTrialPeriodInput) {
    return this.decide(read, user, input, endTrialPeriod);
  }

  @Mutation(() => AsIsTransition, { description: 'Protects the postholder’s former grade for a limited time' })
  @Roles('tenant_admin', 'consultant')
  grantPayProtection(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: GrantPayProtectionInput) {
    return this.decide(read, user, input, grantPayProtection);
  }

  @Mutation(() => AsIsTransition, { description: 'Releases a vacant as-is post, and its budget, instead of assigning anyone' })
  @Roles('tenant_admin', 'consultant')
  releaseVacancy(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: ReleaseVacancyInput) {
    return this.decide(read, user, input, releaseVacancy);
  }
}
