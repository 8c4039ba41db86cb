import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { PayAwardBasis } from '@orgledger/domain';
import { programmeScope } from '../platform/access';
import { APP_CONTEXT, metaFor, type AppContext, type AuthUser } from '../platform/app-context';
import { CurrentUser, Roles } from '../platform/current-user';
import { Read, type ReadSide } from '../platform/read-side';
import { setBusinessCaseAssumptions } from './business-case.commands';
import { BusinessCaseView, SetBusinessCaseAssumptionsInput } from './business-case.graphql';
import { assumptionsOf, businessCasesOf, type Scope } from './business-case.read';

const basisView = (b: PayAwardBasis) => ({
  kind: b.kind,
  rateBp: b.kind === 'assumed' ? b.rateBp : null,
  description: b.kind === 'agreed' ? b.description : null,
  source: b.kind === 'agreed' ? b.source : null,
});

export const businessCaseView = async (read: ReadSide, tenantId: string, scope: Scope): Promise<BusinessCaseView> => {
  const decided = await assumptionsOf(read, tenantId, scope);
  const cases = await businessCasesOf(read, tenantId, scope, decided);
  return {
    programmeId: scope.programmeId,
    assumptions: { ...decided.assumptions, decided: decided.reason !== null, reason: decided.reason },
    options: cases.map((c) => ({ ...c, years: c.years.map((y) => ({ ...y, payAward: basisView(y.payAward) })) })),
  };
};

@Resolver()
export class BusinessCaseResolver {
  constructor(@Inject(APP_CONTEXT) private readonly app: AppContext) {}

  @Query(() => BusinessCaseView, { description: 'The business case of every design option over the medium-term financial plan' })
  async businessCase(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('programmeId', { type: () => ID }) programmeId: string) {
    return businessCaseView(read, user.tenantId, programmeScope(read, user, programmeId));
  }

  @Mutation(() => BusinessCaseView, { description: 'Decides the business case’s assumptions, with a reason' })
  @Roles('tenant_admin', 'consultant', 'finance_partner')
  async setBusinessCaseAssumptions(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: SetBusinessCaseAssumptionsInput) {
    const scope = programmeScope(read, user, input.programmeId);
    const { firstYear, horizonYears, vacancyFactorBp, increments } = input;
    const payAwards = input.payAwards.map((a) => ({ financialYear: a.financialYear, rateBp: a.rateBp }));
    await setBusinessCaseAssumptions(
      this.app,
      metaFor(user, input),
      scope,
      { actorAuthorityId: user.authorityId },
      { assumptions: { firstYear, horizonYears, payAwards, vacancyFactorBp, increments }, reason: input.reason },
    );
    return businessCaseView(read, user.tenantId, scope);
  }
}
