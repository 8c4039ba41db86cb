import { requireId, type CommandMetadata, type NonPayLine } from '@orgledger/domain';
import { streamName } from '@orgledger/event-store';
import type { AppContext } from '../platform/app-context';
import type { Deps } from '../tenancy/tenancy.commands';
import { costingTablesOf } from '../reference-data/reference-data.commands';
import { exitCostsDecider, functionBudgetDecider, type BudgetFigures, type ExitCostInputs } from './costing.deciders';
import { budgetOf, type Scope } from './costing.read';

export const functionBudgetStream = (tenantId: string, programmeId: string) => streamName('functionBudget', tenantId, programmeId);
export const exitCostsStream = (tenantId: string, programmeId: string) => streamName('exitCosts', tenantId, programmeId);

type Actor = { actorAuthorityId: string | null };

export const setBudgetNonPayLines = async (deps: Deps, meta: CommandMetadata, scope: Scope, actor: Actor, input: { financialYear: string; lines: NonPayLine[] }) => {
  await deps.dispatch(
    functionBudgetStream(meta.tenantId, scope.programmeId),
    functionBudgetDecider,
    { type: 'SetBudgetNonPayLines', data: { programmeAuthorityId: scope.authorityId, ...actor, ...input }, metadata: meta },
    { authorityId: scope.authorityId },
  );
};

// The sign-off records the figures signed, with the table ids and LGPS rate they came from.
export const signOffBudget = async (app: AppContext, meta: CommandMetadata, scope: Scope, actor: Actor, input: { financialYear: string; note: string }) => {
  const { budget, lgpsRateBp, tableIds } = await budgetOf(app, meta.tenantId, scope, { financialYear: input.financialYear, policy: 'mid', withNonPay: true });
  const figures: BudgetFigures = { payTotal: budget.payTotal, nonPayTotal: budget.nonPayTotal, total: budget.total, funding: budget.funding, gap: budget.gap, tableIds, lgpsRateBp };
  await app.dispatch(
    functionBudgetStream(meta.tenantId, scope.programmeId),
    functionBudgetDecider,
    { type: 'SignOffBudget', data: { programmeAuthorityId: scope.authorityId, ...actor, financialYear: input.financialYear, note: input.note, figures }, metadata: meta },
    { authorityId: scope.authorityId },
  );
};

export const recordExitCostInputs = async (deps: Deps, meta: CommandMetadata, scope: Scope, actor: Actor, input: ExitCostInputs) => {
  const { tables } = await costingTablesOf(deps, meta.tenantId, scope.authorityId);
  await deps.dispatch(
    exitCostsStream(meta.tenantId, scope.programmeId),
    exitCostsDecider,
    { type: 'RecordExitCostInputs', data: { programmeAuthorityId: scope.authorityId, ...actor, ...input, postId: requireId('postId', input.postId), tables }, metadata: meta },
    { authorityId: scope.authorityId },
  );
};
