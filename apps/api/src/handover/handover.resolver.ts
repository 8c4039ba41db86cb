import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { programmeScope } from '../platform/access';
import { APP_CONTEXT, metaFor, type AppContext, type AuthUser } from '../platform/app-context';
import { CurrentUser, Roles } from '../platform/current-user';
import {
  acceptRecruitmentPlan,
  draftRecruitmentPlan,
  handOverRecruitmentPlan,
  recordStageCompleted,
  recordVacancyFilled,
  replanStage,
  returnRecruitmentPlan,
  type Scope,
} from './handover.commands';
import { recruitmentPlanOf } from './handover.read';
import {
  AcceptRecruitmentPlanInput,
  DraftRecruitmentPlanInput,
  HandOverRecruitmentPlanInput,
  RecordRecruitmentStageCompletedInput,
  RecordVacancyFilledInput,
  RecruitmentPlanView,
  ReplanRecruitmentStageInput,
  ReturnRecruitmentPlanInput,
} from './handover.graphql';
import { Read, type ReadSide } from '../platform/read-side';

const ISM = 'interim_service_manager' as const;

// The consultancy drafts and hands over; the council's interim service manager accepts or returns
// the plan in the portal, then owns it and records progress. The domain checks it is the one named.
@Resolver()
export class HandoverResolver {
  constructor(@Inject(APP_CONTEXT) private readonly app: AppContext) {}

  private async act(read: ReadSide, user: AuthUser, programmeId: string, step: (scope: Scope, actor: { actorAuthorityId: string | null }) => Promise<unknown>) {
    const scope = programmeScope(read, user, programmeId);
    await step(scope, { actorAuthorityId: user.authorityId });
    return recruitmentPlanOf(read, user, scope);
  }

  @Query(() => RecruitmentPlanView, { description: 'The recruitment and on-boarding plan, its handover and progress' })
  recruitmentPlan(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('programmeId', { type: () => ID }) programmeId: string) {
    return recruitmentPlanOf(read, user, programmeScope(read, user, programmeId));
  }

  @Mutation(() => RecruitmentPlanView, { description: 'Drafts (or redrafts) the plan: every vacancy of the chosen structure with its stages and target dates' })
  @Roles('tenant_admin', 'consultant')
  draftRecruitmentPlan(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: DraftRecruitmentPlanInput) {
    return this.act(read, user, input.programmeId, (scope) =>
      draftRecruitmentPlan(this.app, metaFor(user, input), scope, {
        vacancies: input.vacancies.map((v) => ({
          designPostId: v.designPostId,
          owner: v.owner,
          stages: v.stages.map((s) => ({ stage: s.stage, targetDate: s.targetDate })),
        })),
      }),
    );
  }

  @Mutation(() => RecruitmentPlanView, { description: "Hands the plan to the council's interim service manager" })
  @Roles('tenant_admin', 'consultant')
  handOverRecruitmentPlan(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: HandOverRecruitmentPlanInput) {
    return this.act(read, user, input.programmeId, (scope) => handOverRecruitmentPlan(this.app, metaFor(user, input), scope, input));
  }

  @Mutation(() => RecruitmentPlanView, { description: 'The interim service manager accepts the plan and owns it from now on' })
  @Roles(ISM)
  acceptRecruitmentPlan(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: AcceptRecruitmentPlanInput) {
    return this.act(read, user, input.programmeId, (scope, actor) => acceptRecruitmentPlan(this.app, metaFor(user, input), scope, actor));
  }

  @Mutation(() => RecruitmentPlanView, { description: 'The interim service manager returns the plan to the consultancy with reasons' })
  @Roles(ISM)
  returnRecruitmentPlan(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: ReturnRecruitmentPlanInput) {
    return this.act(read, user, input.programmeId, (scope, actor) => returnRecruitmentPlan(this.app, metaFor(user, input), scope, actor, input));
  }

  // Progress is open to the role here; the decider refuses anyone but the plan's owner.
  @Mutation(() => RecruitmentPlanView, { description: 'Records that a stage of a vacancy was completed, on a date' })
  recordRecruitmentStageCompleted(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: RecordRecruitmentStageCompletedInput) {
    return this.act(read, user, input.programmeId, (scope, actor) => recordStageCompleted(this.app, metaFor(user, input), scope, actor, input));
  }

  @Mutation(() => RecruitmentPlanView, { description: 'Moves the target date of a stage not yet completed, with the reason' })
  replanRecruitmentStage(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: ReplanRecruitmentStageInput) {
    return this.act(read, user, input.programmeId, (scope, actor) => replanStage(this.app, metaFor(user, input), scope, actor, input));
  }

  @Mutation(() => RecruitmentPlanView, { description: 'Records that a vacancy was filled, with the start date' })
  recordVacancyFilled(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: RecordVacancyFilledInput) {
    return this.act(read, user, input.programmeId, (scope, actor) => recordVacancyFilled(this.app, metaFor(user, input), scope, actor, input));
  }
}
