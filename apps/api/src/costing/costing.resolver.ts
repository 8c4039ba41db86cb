import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { partYearOf, type FullCost, type Role, type ScpPolicy } from '@orgledger/domain';
import { programmeScope } from '../platform/access';
import { APP_CONTEXT, metaFor, type AppContext, type AuthUser } from '../platform/app-context';
import { CurrentUser, Roles } from '../platform/current-user';
import { recordExitCostInputs, setBudgetNonPayLines, signOffBudget } from './costing.commands';
import { exitCostsOf, signOffsOf } from './costing.read';
import { programmeCostsOf, type PostCostingBasis } from './programme-costs.read';
import {
  ExitCostView,
  FunctionBudgetView,
  OptionCost,
  RecordExitCostInputsInput,
  ScpPolicyEnum,
  SetBudgetNonPayLinesInput,
  SignOffBudgetInput,
  type PostCost,
} from './costing.graphql';
import { Read, type ReadSide } from '../platform/read-side';

const postCost = (line: FullCost, d: PostCostingBasis): PostCost => ({
  ...d,
  salaryPence: line.salaryPence,
  niPence: line.niPence,
  lgpsPence: line.lgpsPence,
  levyPence: line.levyPence,
  allowancesPence: line.allowancesPence,
  pensionableAllowancesPence: line.pensionableAllowancesPence,
  totalPence: line.totalPence,
  basis: line.basis,
});

// Exit costs name people at risk: the consultancy, HR, Finance and auditors only.
const EXIT_COST_ROLES: Role[] = ['tenant_admin', 'consultant', 'auditor', 'hr_partner', 'finance_partner'];

@Resolver()
export class CostingResolver {
  constructor(@Inject(APP_CONTEXT) private readonly app: AppContext) {}

  private async cost(read: ReadSide, user: AuthUser, programmeId: string, optionId: string | null, financialYear: string, policy: ScpPolicy) {
    const scope = programmeScope(read, user, programmeId);
    const r = await programmeCostsOf(read, user.tenantId, scope, { optionId, financialYear, policy });
    const { annual, indicative } = r.costs;
    const pay: OptionCost = {
      programmeId: scope.programmeId,
      optionId: r.optionId,
      optionName: r.optionName,
      financialYear: annual.financialYear,
      policy,
      posts: annual.payLines.map((l, i) => postCost(l, r.details[i])),
      totals: { ...annual.payComponents, totalPence: annual.payTotal },
      provisionalPosts: r.details.filter((d) => !d.final).length,
      notGraded: indicative.lines,
      tableIds: r.tableIds,
    };
    return { scope, r, pay };
  }

  @Query(() => OptionCost, { description: 'The full cost of each post of a design option (the chosen one by default) for a financial year' })
  async optionCost(
    @Read() read: ReadSide,
    @CurrentUser() user: AuthUser,
    @Args('programmeId', { type: () => ID }) programmeId: string,
    @Args('financialYear') financialYear: string,
    @Args('policy', { type: () => ScpPolicyEnum, defaultValue: ScpPolicyEnum.MID }) policy: ScpPolicy,
    @Args('optionId', { type: () => ID, nullable: true }) optionId?: string,
  ): Promise<OptionCost> {
    return (await this.cost(read, user, programmeId, optionId ?? null, financialYear, policy)).pay;
  }

  @Query(() => FunctionBudgetView, {
    description: "The function's budget for a year: pay, non-pay, funding from agreed deals, the gap, and one-off costs beside them",
  })
  async functionBudget(
    @Read() read: ReadSide,
    @CurrentUser() user: AuthUser,
    @Args('programmeId', { type: () => ID }) programmeId: string,
    @Args('financialYear') financialYear: string,
  ): Promise<FunctionBudgetView> {
    const { scope, r, pay } = await this.cost(read, user, programmeId, null, financialYear, 'mid');
    const { annual, recurring, funding, oneOff, indicative } = r.costs;
    const signOffs = (await signOffsOf(read, user.tenantId, scope.programmeId, annual.financialYear)).map((s) => ({
      signedOn: s.signedOn,
      note: s.note,
      totalPence: s.figures.total,
      fundingPence: s.figures.funding,
      gapPence: s.figures.gap,
      tableIds: s.figures.tableIds,
      lgpsRateBp: s.figures.lgpsRateBp,
      current: s.figures.total === recurring.totalPence && s.figures.funding === funding.agreedPence,
    }));
    return {
      programmeId: scope.programmeId,
      financialYear: annual.financialYear,
      pay,
      nonPayLines: annual.nonPayLines,
      nonPayTotalPence: recurring.nonPayPence,
      totalPence: recurring.totalPence,
      annualTotalPence: annual.total,
      partYear: { goLiveDate: r.costs.goLiveDate, ...partYearOf(annual.financialYear, [r.costs.goLiveDate]) },
      fundingPence: funding.agreedPence,
      gapPence: funding.gapPence,
      neededFte: funding.fte.needed,
      agreedFte: funding.fte.agreed,
      gapFte: funding.fte.gap,
      notGradedPence: indicative.pence,
      oneOffCosts: EXIT_COST_ROLES.includes(user.role) ? oneOff.lines : [],
      oneOffTotalPence: oneOff.totalPence,
      signOffs,
    };
  }

  // Exit costs are about named people at risk: the consultancy, HR, Finance and auditors only.
  @Query(() => [ExitCostView], { description: 'As-is posts put at risk in the transition: statutory redundancy pay and the LGPS strain flag' })
  @Roles(...EXIT_COST_ROLES)
  async exitCosts(
    @Read() read: ReadSide,
    @CurrentUser() user: AuthUser,
    @Args('programmeId', { type: () => ID }) programmeId: string,
  ): Promise<ExitCostView[]> {
    const rows = await exitCostsOf(read, user.tenantId, programmeScope(read, user, programmeId));
    return rows.map((r) => ({ ...r, statutoryRedundancyPay: r.redundancy }));
  }

  @Mutation(() => FunctionBudgetView, { description: "Sets the budget's non-pay lines for a year (training, accreditation, systems)" })
  @Roles('tenant_admin', 'consultant', 'finance_partner')
  async setBudgetNonPayLines(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: SetBudgetNonPayLinesInput) {
    const scope = programmeScope(read, user, input.programmeId);
    const lines = input.lines.map((l) => ({ label: l.label, pencePerYear: l.pencePerYear }));
    await setBudgetNonPayLines(this.app, metaFor(user, input), scope, { actorAuthorityId: user.authorityId }, { financialYear: input.financialYear, lines });
    return this.functionBudget(read, user, scope.programmeId, input.financialYear);
  }

  @Mutation(() => FunctionBudgetView, { description: "The council's finance partner signs off the budget as it stands" })
  @Roles('finance_partner')
  async signOffBudget(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: SignOffBudgetInput) {
    const scope = programmeScope(read, user, input.programmeId);
    await signOffBudget(
      this.app,
      metaFor(user, input),
      scope,
      { actorAuthorityId: user.authorityId },
      { financialYear: input.financialYear, note: input.note },
    );
    return this.functionBudget(read, user, scope.programmeId, input.financialYear);
  }

  @Mutation(() => [ExitCostView], { description: 'Records the facts about an at-risk postholder that exit costs need (not held in the establishment)' })
  @Roles('tenant_admin', 'consultant', 'hr_partner')
  async recordExitCostInputs(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: RecordExitCostInputsInput) {
    const scope = programmeScope(read, user, input.programmeId);
    await recordExitCostInputs(
      this.app,
      metaFor(user, input),
      scope,
      { actorAuthorityId: user.authorityId },
      {
        postId: input.postId,
        age: input.age,
        completeYearsService: input.completeYearsService,
        weeklyPayPence: input.weeklyPayPence,
        pensionMember: input.pensionMember,
        yearsMembership: input.yearsMembership ?? input.completeYearsService,
        lgpsStrainEstimatePence: input.lgpsStrainEstimatePence ?? null,
        dismissalDate: input.dismissalDate ?? null,
      },
    );
    return this.exitCosts(read, user, scope.programmeId);
  }
}
