import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { notFound, requireId, type ContractExemption, type ContractRisk } from '@orgledger/domain';
import { ImportResult } from '../establishment';
import { visibleAuthority, visibleProgramme } from '../platform/access';
import { APP_CONTEXT, metaFor, type AppContext, type AuthUser } from '../platform/app-context';
import { CurrentUser, Roles } from '../platform/current-user';
import { addContract, importContracts, removeContract, setTierRules, updateContract } from './contracts.commands';
import {
  AddTargetContractInput,
  ImportTargetContractsInput,
  RemoveTargetContractInput,
  SetTierRulesInput,
  TargetContract,
  TierRules,
  UpdateTargetContractInput,
  type TargetContractFieldsInput,
} from './contracts.graphql';
import { contractRows, tierRulesOf, toTargetContracts } from './contracts.read';
import { contractModel } from './contracts.projector';

const fieldsOf = (i: TargetContractFieldsInput) => ({
  reference: i.reference,
  title: i.title,
  supplier: i.supplier,
  serviceId: requireId('serviceId', i.serviceId),
  annualValuePence: i.annualValuePence,
  wholeLifeValuePence: i.wholeLifeValuePence,
  startDate: i.startDate,
  endDate: i.endDate,
  risk: i.risk as ContractRisk,
  vfmConcern: i.vfmConcern,
  vfmNote: i.vfmNote ?? null,
  contractManagerPostId: i.contractManagerPostId ? requireId('contractManagerPostId', i.contractManagerPostId) : null,
  kpisSet: i.kpisSet ?? 0,
  exempt: (i.exempt ?? null) as ContractExemption | null,
});

@Resolver()
export class ContractsResolver {
  constructor(@Inject(APP_CONTEXT) private readonly app: AppContext) {}

  private scope(user: AuthUser, programmeId: string) {
    const p = visibleProgramme(this.app, user, programmeId);
    return { programmeId: p.programmeId, authorityId: p.authorityId, services: visibleAuthority(this.app, user, p.authorityId).services };
  }

  private contractOr404(user: AuthUser, scope: ReturnType<ContractsResolver['scope']>, contractId: string): TargetContract {
    const row = this.app.readModels.get(contractModel, user.tenantId, contractId);
    if (!row || row.programmeId !== scope.programmeId) throw notFound('CONTRACT_NOT_FOUND', `There is no target contract with id ${contractId}.`);
    return toTargetContracts(this.app, user.tenantId, scope, [row])[0];
  }

  @Query(() => [TargetContract], { description: 'The target contracts the new function will manage, with tier and Procurement Act duties as of today' })
  targetContracts(@CurrentUser() user: AuthUser, @Args('programmeId', { type: () => ID }) programmeId: string): TargetContract[] {
    const scope = this.scope(user, programmeId);
    // A service director sees the contracts of their own service only, like its posts and deals.
    const rows = contractRows(this.app, user.tenantId, scope.programmeId).filter((c) => user.role !== 'service_director' || c.serviceId === user.serviceId);
    return toTargetContracts(this.app, user.tenantId, scope, rows);
  }

  @Query(() => TierRules, { description: 'How the programme tiers its contracts; the defaults until rules are set' })
  tierRules(@CurrentUser() user: AuthUser, @Args('programmeId', { type: () => ID }) programmeId: string): TierRules {
    const { programmeId: id } = this.scope(user, programmeId);
    const { rules, isDefault, fromTemplateId } = tierRulesOf(this.app, user.tenantId, id);
    return { programmeId: id, isDefault, fromTemplateId, bands: rules.bands };
  }

  @Mutation(() => TargetContract)
  @Roles('tenant_admin', 'consultant')
  async addTargetContract(@CurrentUser() user: AuthUser, @Args('input') input: AddTargetContractInput): Promise<TargetContract> {
    const scope = this.scope(user, input.programmeId);
    const contractId = await addContract(this.app, metaFor(user, input), scope, fieldsOf(input));
    return this.contractOr404(user, scope, contractId);
  }

  @Mutation(() => TargetContract)
  @Roles('tenant_admin', 'consultant')
  async updateTargetContract(@CurrentUser() user: AuthUser, @Args('input') input: UpdateTargetContractInput): Promise<TargetContract> {
    const scope = this.scope(user, input.programmeId);
    const contractId = requireId('contractId', input.contractId);
    await updateContract(this.app, metaFor(user, input), scope, { contractId, ...fieldsOf(input) }, input);
    return this.contractOr404(user, scope, contractId);
  }

  @Mutation(() => ID)
  @Roles('tenant_admin', 'consultant')
  async removeTargetContract(@CurrentUser() user: AuthUser, @Args('input') input: RemoveTargetContractInput): Promise<string> {
    const scope = this.scope(user, input.programmeId);
    return removeContract(this.app, metaFor(user, input), scope, requireId('contractId', input.contractId));
  }

  @Mutation(() => ImportResult, { description: 'Imports target contracts from .xlsx or .csv by reference: every row is accepted or none is' })
  @Roles('tenant_admin', 'consultant')
  async importTargetContracts(@CurrentUser() user: AuthUser, @Args('input') input: ImportTargetContractsInput): Promise<ImportResult> {
    const scope = this.scope(user, input.programmeId);
    return importContracts(this.app, metaFor(user, input), scope, input);
  }

  @Mutation(() => TierRules)
  @Roles('tenant_admin', 'consultant')
  async setTierRules(@CurrentUser() user: AuthUser, @Args('input') input: SetTierRulesInput): Promise<TierRules> {
    const scope = this.scope(user, input.programmeId);
    const bands = (input.bands ?? []).map((b) => ({
      tier: b.tier,
      minAnnualValuePence: b.minAnnualValuePence,
      riskAtLeast: (b.riskAtLeast ?? null) as ContractRisk | null,
    }));
    await setTierRules(this.app, metaFor(user, input), scope, { bands });
    return this.tierRules(user, scope.programmeId);
  }
}
