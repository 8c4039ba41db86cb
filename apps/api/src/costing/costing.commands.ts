import {
  exitCostsDecider,
  functionBudgetDecider,
  requireId,
  type BudgetFigures,
  type CommandMetadata,
  type FunctionBudgetCommand,
  type RecordExitCostInputs,
  type ExitCostInputs,
  type NonPayLine,
} from '@orgledger/domain';
import type { AppContext, Deps } from '../platform/app-context';
import { authorsOf } from '../platform/authors';
import { functionDesignStream } from '../design';
import { costingTablesOf } from '../reference-data';
import { atRiskPostIdsOf, exitCostsStream, functionBudgetStream, type Scope } from './costing.read';
import { programmeCostsOf } from './programme-costs.read';
import { commandHandler } from '../platform/command-handler';

type Actor = { actorAuthorityId: string | null };

// One budget stream and one exit-costs stream per programme.
export class FunctionBudgetHandler extends commandHandler(functionBudgetDecider, (command: FunctionBudgetCommand, at: Scope) =>
  functionBudgetStream(command.metadata.tenantId, at.programmeId),
) {}
export class ExitCostsHandler extends commandHandler(exitCostsDecider, (command: RecordExitCostInputs, at: Scope) =>
  exitCostsStream(command.metadata.tenantId, at.programmeId),
) {}

export const setBudgetNonPayLines = async (
  deps: Deps,
  meta: CommandMetadata,
  scope: Scope,
  actor: Actor,
  input: { financialYear: string; lines: NonPayLine[] },
) => {
  await deps.send(
    FunctionBudgetHandler,
    { type: 'SetBudgetNonPayLines', data: { programmeAuthorityId: scope.authorityId, ...actor, ...input }, metadata: meta },
    scope,
  );
};

// The sign-off records the figures signed, with the table ids and LGPS rate they came from.
export const signOffBudget = async (app: AppContext, meta: CommandMetadata, scope: Scope, actor: Actor, input: { financialYear: string; note: string }) => {
  // the figures of the year as every page shows them: part-year from the go-live date
  const { costs, lgpsRateBp, tableIds } = await programmeCostsOf(app, meta.tenantId, scope, { financialYear: input.financialYear });
  const figures: BudgetFigures = {
    payTotal: costs.recurring.payPence,
    nonPayTotal: costs.recurring.nonPayPence,
    total: costs.recurring.totalPence,
    funding: costs.funding.agreedPence,
    gap: costs.funding.gapPence,
    tableIds,
    lgpsRateBp,
  };
  // Whoever shaped what is signed: the budget's lines and the design it costs.
  const preparedBy = [
    ...(await authorsOf(app.store, functionBudgetStream(meta.tenantId, scope.programmeId), (e) => e.type !== 'FunctionBudgetSignedOff')),
    ...(await authorsOf(app.store, functionDesignStream(meta.tenantId, scope.programmeId))),
  ];
  await app.send(
    FunctionBudgetHandler,
    {
      type: 'SignOffBudget',
      data: { programmeAuthorityId: scope.authorityId, ...actor, financialYear: input.financialYear, note: input.note, figures, preparedBy },
      metadata: meta,
    },
    scope,
  );
};

// The dismissal date defaults to the day of the command: the cap in force then applies.
export const recordExitCostInputs = async (
  app: AppContext,
  meta: CommandMetadata,
  scope: Scope,
  actor: Actor,
  input: Omit<ExitCostInputs, 'dismissalDate'> & { dismissalDate?: string | null },
) => {
  const { tables } = await costingTablesOf(app, meta.tenantId, scope.authorityId);
  const atRiskPostIds = atRiskPostIdsOf(app, meta.tenantId, scope.programmeId);
  const facts: ExitCostInputs = { ...input, postId: requireId('postId', input.postId), dismissalDate: input.dismissalDate ?? meta.now.slice(0, 10) };
  await app.send(
    ExitCostsHandler,
    { type: 'RecordExitCostInputs', data: { programmeAuthorityId: scope.authorityId, ...actor, ...facts, tables, atRiskPostIds }, metadata: meta },
    scope,
  );
};
