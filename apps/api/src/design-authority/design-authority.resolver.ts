import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { DaDecision } from '@orgledger/domain';
import { programmeScope } from '../platform/access';
import { APP_CONTEXT, metaFor, type AppContext, type AuthUser } from '../platform/app-context';
import { CurrentUser, Roles } from '../platform/current-user';
import { dischargeCondition, recordDesignAuthorityDecision, submitToDesignAuthority } from './design-authority.commands';
import { designAuthorityOf } from './design-authority.read';
import { DesignAuthorityView, DischargeConditionInput, RecordDesignAuthorityDecisionInput, SubmitToDesignAuthorityInput } from './design-authority.graphql';
import { Read, type ReadSide } from '../platform/read-side';

// Consultants submit; the council's Design Authority members decide in the portal (the domain
// checks it is that council's); consultants or members discharge conditions.
@Resolver()
export class DesignAuthorityResolver {
  constructor(@Inject(APP_CONTEXT) private readonly app: AppContext) {}

  @Query(() => DesignAuthorityView, { description: 'Submissions to the Design Authority, its decisions and conditions, and the gate' })
  designAuthority(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('programmeId', { type: () => ID }) programmeId: string) {
    return designAuthorityOf(read, user.tenantId, programmeScope(read, user, programmeId).programmeId);
  }

  @Mutation(() => DesignAuthorityView, { description: 'Freezes the proposal as it stands (design, costs, funding, deals, grading) and submits it' })
  @Roles('tenant_admin', 'consultant')
  async submitToDesignAuthority(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: SubmitToDesignAuthorityInput) {
    const scope = programmeScope(read, user, input.programmeId);
    await submitToDesignAuthority(this.app, user, metaFor(user, input), scope, input);
    return designAuthorityOf(read, user.tenantId, scope.programmeId);
  }

  @Mutation(() => DesignAuthorityView, { description: "A Design Authority member records the meeting's decision" })
  @Roles('da_member')
  async recordDesignAuthorityDecision(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: RecordDesignAuthorityDecisionInput) {
    const scope = programmeScope(read, user, input.programmeId);
    await recordDesignAuthorityDecision(
      this.app,
      metaFor(user, input),
      scope,
      { actorAuthorityId: user.authorityId },
      {
        ...input,
        decision: input.decision as DaDecision,
        conditions: input.conditions?.map(({ text, owner, dueDate, blocking }) => ({ text, owner, dueDate, blocking })),
      },
    );
    return designAuthorityOf(read, user.tenantId, scope.programmeId);
  }

  @Mutation(() => DesignAuthorityView, { description: 'Records the evidence that a condition has been met' })
  @Roles('tenant_admin', 'consultant', 'da_member')
  async dischargeCondition(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: DischargeConditionInput) {
    const scope = programmeScope(read, user, input.programmeId);
    await dischargeCondition(this.app, metaFor(user, input), scope, { actorAuthorityId: user.authorityId }, input);
    return designAuthorityOf(read, user.tenantId, scope.programmeId);
  }
}
