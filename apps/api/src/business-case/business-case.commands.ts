import { businessCaseDecider, type BusinessCaseAssumptions, type BusinessCaseCommand, type CommandMetadata } from '@orgledger/domain';
import type { Deps } from '../platform/app-context';
import { commandHandler } from '../platform/command-handler';
import { businessCaseStream, type Scope } from './business-case.read';

// One stream per programme: its business case's assumptions.
export class BusinessCaseHandler extends commandHandler(businessCaseDecider, (command: BusinessCaseCommand, at: Scope) =>
  businessCaseStream(command.metadata.tenantId, at.programmeId),
) {}

export const setBusinessCaseAssumptions = async (
  deps: Deps,
  meta: CommandMetadata,
  scope: Scope,
  actor: { actorAuthorityId: string | null },
  input: { assumptions: BusinessCaseAssumptions; reason: string },
) => {
  await deps.send(
    BusinessCaseHandler,
    { type: 'SetBusinessCaseAssumptions', data: { programmeAuthorityId: scope.authorityId, ...actor, ...input }, metadata: meta },
    { ...scope, authorityId: scope.authorityId },
  );
};
