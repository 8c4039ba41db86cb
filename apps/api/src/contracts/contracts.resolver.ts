import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { requireId, type ContractExemption, type ContractRisk, type ProcurementRegime } from '@orgledger/domain';
import { notFound } from '../platform/api-errors';
import { ImportResult } from '../establishment';
import { visibleAuthority, visibleProgramme } from '../platform/access';
import { APP_CONTEXT, metaFor, type AppContext, type AuthUser } from '../platform/app-context';
import { CurrentUser, Roles } from '../platform/current-user';
import { addContract, importContracts, recordNoticePublished, recordNoticeTrigger, removeContract, setTierRules, updateContract } from './contracts.commands';
import {
  AddTargetContractInput,
  ImportTargetContractsInput,
  RecordContractNoticePublishedInput,
  RecordContractNoticeTriggerInput,
  RemoveTargetContractInput,
  SetTierRulesInput,
  TargetContract,
  TierRules,
  UpdateTargetContractInput,
  type TargetContractFieldsInput,
} from './contracts.graphql';
import { contractRows, tierRulesOf, toTargetContracts } from './contracts.read';
import { contractModel } from './contracts.projector';
import { Read, type ReadSide } from '../platform/read-side';

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
  procurementStartedOn: i.procurementStartedOn ?? null,
  regime: (i.regime ?? null) as ProcurementRegime | null,
});

@Resolver()
export class ContractsResolver {
  constructor(@Inject(APP_CONTEXT) private readonly app: AppContext) {}

  private scope(read: ReadSide, user: AuthUser, programmeId: string) {
    const p = visibleProgramme(read, user, programmeId);
    return { programmeId: p.programmeId, authorityId: p.authorityId, services: visibleAuthority(read, user, p.authorityId).services };
  }

  private contractOr404(read: ReadSide, user: AuthUser, scope: ReturnType<ContractsResolver['scope']>, contractId: string): TargetContract {
    const row = read.readModels.get(contractModel, user.tenantId, contractId);
    if (!row || row.programmeId !== scope.programmeId) throw notFound('CONTRACT_NOT_FOUND', `There is no target contract with id ${contractId}.`);
    return toTargetContracts(read, user.tenantId, scope, [row])[0];
  }

  @Query(() => [TargetContract], { description: 'The target contracts the new function will manage, with tier and Procurement Act duties as of today' })
  targetContracts(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('programmeId', { type: () => ID }) programmeId: string): TargetContract[] {
    const scope = this.scope(read, user, programmeId);
    // A service director sees the contracts of their own service only, like its posts and deals.
    const rows = contractRows(read, user.tenantId, scope.programmeId).filter((c) => user.role !== 'service_director' || c.serviceId === user.serviceId);
    return toTargetContracts(read, user.tenantId, scope, rows);
  }

  @Query(() => TierRules, { description: 'How the programme tiers its contracts; the defaults until rules are set' })
  tierRules(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('programmeId', { type: () => ID }) programmeId: string): TierRules {
    const { programmeId: id } = this.scope(read, user, programmeId);
    const { rules, isDefault, fromTemplateId } = tierRulesOf(read, user.tenantId, id);
    return { programmeId: id, isDefault, fromTemplateId, bands: rules.bands };
  }

  @Mutation(() => TargetContract)
  @Roles('tenant_admin', 'consultant')
  async addTargetContract(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: AddTargetContractInput): Promise<TargetContract> {
    const scope = this.scope(read, user, input.programmeId);
    const contractId = await addContract(this.app, metaFor(user, input), scope, fieldsOf(input));
    return this.contractOr404(read, user, scope, contractId);
  }

  @Mutation(() => TargetContract)
  @Roles('tenant_admin', 'consultant')
  async updateTargetContract(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: UpdateTargetContractInput): Promise<TargetContract> {
    const scope = this.scope(read, user, input.programmeId);
    const contractId = requireId('contractId', input.contractId);
    await updateContract(this.app, metaFor(user, input), scope, { contractId, ...fieldsOf(input) }, input);
    return this.contractOr404(read, user, scope, contractId);
  }

  @Mutation(() => ID)
  @Roles('tenant_admin', 'consultant')
  async removeTargetContract(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: RemoveTargetContractInput): Promise<string> {
    const scope = this.scope(read, user, input.programmeId);
    return removeContract(this.app, metaFor(user, input), scope, requireId('contractId', input.contractId));
  }

  @Mutation(() => ImportResult, { description: 'Imports target contracts from .xlsx or .csv by reference: every row is accepted or none is' })
  @Roles('tenant_admin', 'consultant')
  async importTargetContracts(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: ImportTargetContractsInput): Promise<ImportResult> {
    const scope = this.scope(read, user, input.programmeId);
    return importContracts(this.app, metaFor(user, input), scope, input);
  }

  @Mutation(() => TierRules)
  @Roles('tenant_admin', 'consultant')
  async setTierRules(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: SetTierRulesInput): Promise<TierRules> {
    const scope = this.scope(read, user, input.programmeId);
    const bands = (input.bands ?? []).map((b) => ({
      tier: b.tier,
      minAnnualValuePence: b.minAnnualValuePence,
      riskAtLeast: (b.riskAtLeast ?? null) as ContractRisk | null,
    }));
    await setTierRules(this.app, metaFor(user, input), scope, { bands });
    return this.tierRules(read, user, scope.programmeId);
  }

  @Mutation(() => TargetContract, { description: 'Records a breach, failure to improve, modification or termination that calls for a notice' })
  @Roles('tenant_admin', 'consultant')
  async recordContractNoticeTrigger(
    @Read() read: ReadSide,
    @CurrentUser() user: AuthUser,
    @Args('input') input: RecordContractNoticeTriggerInput,
  ): Promise<TargetContract> {
    const scope = this.scope(read, user, input.programmeId);
    const contract = this.contractOr404(read, user, scope, requireId('contractId', input.contractId));
    const { kind, occurredOn, description } = input;
    await recordNoticeTrigger(this.app, metaFor(user, input), scope, { contractId: contract.id, kind, occurredOn, description });
    return this.contractOr404(read, user, scope, contract.id);
  }

  @Mutation(() => TargetContract, { description: 'Records a notice of the Act as published, with its date and platform reference' })
  @Roles('tenant_admin', 'consultant')
  async recordContractNoticePublished(
    @Read() read: ReadSide,
    @CurrentUser() user: AuthUser,
    @Args('input') input: RecordContractNoticePublishedInput,
  ): Promise<TargetContract> {
    const scope = this.scope(read, user, input.programmeId);
    const contract = this.contractOr404(read, user, scope, requireId('contractId', input.contractId));
    const { kind, triggerId, publishedOn, reference } = input;
    await recordNoticePublished(this.app, metaFor(user, input), scope, {
      contractId: contract.id,
      kind,
      triggerId: triggerId ?? null,
      publishedOn,
      reference: reference ?? null,
    });
    return this.contractOr404(read, user, scope, contract.id);
  }
}
