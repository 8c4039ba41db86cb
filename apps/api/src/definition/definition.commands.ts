import { DEFINITION_STREAM_CATEGORY, definitionDecider, type CommandMetadata } from '@orgledger/domain';
import { streamName } from '@orgledger/event-store';
import type { Deps } from '../tenancy/tenancy.commands';

export const definitionStream = (tenantId: string, programmeId: string) => streamName(DEFINITION_STREAM_CATEGORY, tenantId, programmeId);

export type ProgrammeScope = { programmeId: string; authorityId: string };

export const draftDefinition = (deps: Deps, meta: CommandMetadata, scope: ProgrammeScope, input: { text: string }) =>
  deps.dispatch(
    definitionStream(meta.tenantId, scope.programmeId),
    definitionDecider,
    { type: 'DraftDefinition', data: { text: input.text }, metadata: meta },
    { authorityId: scope.authorityId },
  );

export const recordDefinitionAgreement = (
  deps: Deps,
  meta: CommandMetadata,
  scope: ProgrammeScope,
  input: { version: number; stakeholderName: string; stakeholderRole: string },
) =>
  deps.dispatch(
    definitionStream(meta.tenantId, scope.programmeId),
    definitionDecider,
    {
      type: 'RecordDefinitionAgreement',
      data: { version: input.version, stakeholderName: input.stakeholderName, stakeholderRole: input.stakeholderRole },
      metadata: meta,
    },
    { authorityId: scope.authorityId },
  );
