import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { benefitTotals, BENEFIT_STATUSES, type BenefitStatus } from '@orgledger/domain';
import { notFound } from '../platform/api-errors';
import { programmeScope } from '../platform/access';
import { APP_CONTEXT, metaFor, type AppContext, type AuthUser } from '../platform/app-context';
import { CurrentUser, Roles } from '../platform/current-user';
import { changeBenefitStatus, recordBenefit, updateBenefit } from './benefits.commands';
import { Benefit, BenefitsRegister, ChangeBenefitStatusInput, RecordBenefitInput, UpdateBenefitInput, type BenefitFieldsInput } from './benefits.graphql';
import type { BenefitReadRow } from './benefits.projector';
import { benefitModel } from './benefits.projector';
import { Read, type ReadSide } from '../platform/read-side';

const toBenefit = (row: BenefitReadRow): Benefit => ({ ...row, id: row.benefitId, status: row.status });

const fieldsOf = (i: BenefitFieldsInput) => ({
  title: i.title,
  cashable: i.cashable,
  annualAmountPence: i.annualAmountPence,
  owner: i.owner,
  baseline: i.baseline ?? '',
  targetDate: i.targetDate,
});

@Resolver()
export class BenefitsResolver {
  constructor(@Inject(APP_CONTEXT) private readonly app: AppContext) {}

  private benefitOr404(read: ReadSide, user: AuthUser, programmeId: string, benefitId: string): Benefit {
    const row = read.readModels.get(benefitModel, user.tenantId, benefitId);
    if (!row || row.programmeId !== programmeId) throw notFound('BENEFIT_NOT_FOUND', `There is no benefit with id ${benefitId}.`);
    return toBenefit(row);
  }

  @Query(() => BenefitsRegister, { description: 'The benefits the new function must bring, with cashable and non-cashable totals' })
  benefits(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('programmeId', { type: () => ID }) programmeId: string): BenefitsRegister {
    const { programmeId: id } = programmeScope(read, user, programmeId);
    const rows = read.readModels.list(benefitModel, user.tenantId, id);
    const totals = benefitTotals(rows);
    return {
      programmeId: id,
      benefits: rows.map(toBenefit),
      totals: {
        cashablePence: totals.cashablePence,
        nonCashablePence: totals.nonCashablePence,
        byStatus: BENEFIT_STATUSES.map((status) => ({ status, annualAmountPence: totals.byStatus[status] })),
      },
    };
  }

  @Mutation(() => Benefit)
  @Roles('tenant_admin', 'consultant')
  async recordBenefit(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: RecordBenefitInput): Promise<Benefit> {
    const scope = programmeScope(read, user, input.programmeId);
    const benefitId = await recordBenefit(this.app, metaFor(user, input), scope, { ...fieldsOf(input), status: input.status as BenefitStatus });
    return this.benefitOr404(read, user, scope.programmeId, benefitId);
  }

  @Mutation(() => Benefit)
  @Roles('tenant_admin', 'consultant')
  async updateBenefit(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: UpdateBenefitInput): Promise<Benefit> {
    const scope = programmeScope(read, user, input.programmeId);
    const benefitId = await updateBenefit(this.app, metaFor(user, input), scope, { benefitId: input.benefitId, ...fieldsOf(input) });
    return this.benefitOr404(read, user, scope.programmeId, benefitId);
  }

  @Mutation(() => Benefit, { description: 'Moves a benefit to another status, with a note for the benefits log' })
  @Roles('tenant_admin', 'consultant')
  async changeBenefitStatus(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: ChangeBenefitStatusInput): Promise<Benefit> {
    const scope = programmeScope(read, user, input.programmeId);
    const benefitId = await changeBenefitStatus(this.app, metaFor(user, input), scope, { ...input, status: input.status as BenefitStatus });
    return this.benefitOr404(read, user, scope.programmeId, benefitId);
  }
}
