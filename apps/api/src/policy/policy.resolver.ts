import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { policyInForce, requireCivilDate, type PolicyPack } from '@orgledger/domain';
import { visibleAuthority } from '../platform/access';
import { APP_CONTEXT, metaFor, type AppContext, type AuthUser } from '../platform/app-context';
import { CurrentUser, Roles } from '../platform/current-user';
import { Read, type ReadSide } from '../platform/read-side';
import { loadPolicy, recordPolicyPack } from './policy.commands';
import { CouncilPolicy, RecordPolicyPackInput } from './policy.graphql';

const today = () => new Date().toISOString().slice(0, 10);

// The pack as the domain validates it (nulls for "no limit"; a stepped taper's length from its steps).
const packOf = (i: RecordPolicyPackInput): PolicyPack => ({
  slotInMinimumJobMatchPercent: i.slotInMinimumJobMatchPercent,
  ringFenceGradesBelow: i.ringFenceGradesBelow ?? null,
  ringFenceGradesAbove: i.ringFenceGradesAbove ?? null,
  trialMaximumWeeks: i.trialMaximumWeeks ?? null,
  payProtection: { taper: i.payProtection.taper, months: i.payProtection.months ?? 0, steps: (i.payProtection.steps ?? []).map((s) => ({ ...s })) },
  discretionaryCompensation: { ...i.discretionaryCompensation },
  notice: { defaultWeeks: i.notice.defaultWeeks, byGrade: (i.notice.byGrade ?? []).map((b) => ({ ...b, toGrade: b.toGrade ?? null })) },
  incrementalDate: i.incrementalDate,
});

// Anyone who may see the council reads its policy (auditors included: rules are checked against it).
// It is the council's own HR policy, so its HR business partner changes it, and the consultancy
// records it on the council's behalf as it does the council's LGPS rate; Finance, the Design
// Authority, service directors and auditors may not.
@Resolver()
export class PolicyResolver {
  constructor(@Inject(APP_CONTEXT) private readonly app: AppContext) {}

  private async view(read: ReadSide, user: AuthUser, authorityId: string, on: string): Promise<CouncilPolicy> {
    const state = await loadPolicy(read, user.tenantId, authorityId);
    return { authorityId, on, inForce: policyInForce(state, on), versions: state.versions };
  }

  @Query(() => CouncilPolicy, { description: "A council's policy pack in force on a date (today when none is given), and its history" })
  async councilPolicy(
    @Read() read: ReadSide,
    @CurrentUser() user: AuthUser,
    @Args('authorityId', { type: () => ID }) authorityId: string,
    @Args('on', { nullable: true, type: () => String, description: 'YYYY-MM-DD' }) on?: string | null,
  ): Promise<CouncilPolicy> {
    const authority = visibleAuthority(read, user, authorityId);
    return this.view(read, user, authority.authorityId, on == null ? today() : requireCivilDate('on', on));
  }

  @Mutation(() => CouncilPolicy, {
    description: "Records a new version of the council's policy pack, in force from a date; earlier versions stay in the history",
  })
  @Roles('tenant_admin', 'consultant', 'hr_partner')
  async recordPolicyPack(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: RecordPolicyPackInput): Promise<CouncilPolicy> {
    const authority = visibleAuthority(read, user, input.authorityId);
    await recordPolicyPack(this.app, metaFor(user, input), authority.authorityId, { effectiveFrom: input.effectiveFrom, pack: packOf(input) });
    return this.view(read, user, authority.authorityId, input.effectiveFrom);
  }
}
