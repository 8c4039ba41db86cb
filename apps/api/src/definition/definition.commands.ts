import { DEFINITION_STREAM_CATEGORY, definitionDecider, type CommandMetadata, type DefinitionCommand } from '@orgledger/domain';
import { streamName } from '@orgledger/event-store';
import type { Deps } from '../platform/app-context';
import { commandHandler } from '../platform/command-handler';

export const definitionStream = (tenantId: string, programmeId: string) => streamName(DEFINITION_STREAM_CATEGORY, tenantId, programmeId);

export type ProgrammeScope = { programmeId: string; authorityId: string };

export class DefinitionHandler extends commandHandler(definitionDecider, (command: DefinitionCommand, at: ProgrammeScope) =>
  definitionStream(command.metadata.tenantId, at.programmeId),
) {}

export const draftDefinition = (deps: Deps, meta: CommandMetadata, scope: ProgrammeScope, input: { text: string }) =>
  deps.send(DefinitionHandler, { type: 'DraftDefinition', data: { text: input.text }, metadata: meta }, scope);

export const recordDefinitionAgreement = (
  deps: Deps,
  meta: CommandMetadata,
  scope: ProgrammeScope,
  input: { version: number; stakeholderName: string; stakeholderRole: string },
) =>
  deps.send(
    DefinitionHandler,
    {
      type: 'RecordDefinitionAgreement',
      data: { version: input.version, stakeholderName: input.stakeholderName, stakeholderRole: input.stakeholderRole },
      metadata: meta,
    },
    scope,
  );
