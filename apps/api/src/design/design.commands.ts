import {
  FUNCTION_DESIGN_STREAM_CATEGORY,
  functionDesignDecider,
  requireId,
  type CommandMetadata,
  type DesignPostInput as DomainDesignPostInput,
  type FunctionDesignCommand,
} from '@orgledger/domain';
import { streamName } from '@orgledger/event-store';
import { commandHandler, expectedRevisionOf, type Undated } from '../platform/command-handler';
import { derivedUuid } from '../platform/ids';
import { loadState } from '../platform/load-state';
import type { Deps } from '../platform/app-context';

export const functionDesignStream = (tenantId: string, programmeId: string) => streamName(FUNCTION_DESIGN_STREAM_CATEGORY, tenantId, programmeId);

type Scope = { programmeId: string; authorityId: string };
// The revision the screen showed; when given, an edit made over someone else's is a CONFLICT.
type Expected = { expectedRevision?: number | null };
export type DesignPostInput = Omit<DomainDesignPostInput, 'designPostId'>;

// The function design decider's one command handler: one stream per programme.
export class DesignHandler extends commandHandler(functionDesignDecider, (command: FunctionDesignCommand, at: Scope) =>
  functionDesignStream(command.metadata.tenantId, at.programmeId),
) {}

const decide = (deps: Deps, meta: CommandMetadata, scope: Scope, command: Undated<FunctionDesignCommand>, input: Expected) =>
  deps.send(DesignHandler, { ...command, metadata: meta }, { ...scope, ...expectedRevisionOf(input) });

const optionIdOf = (input: { optionId: string }) => requireId('optionId', input.optionId);
const reportsToOf = (post: DesignPostInput) => (post.reportsTo == null ? null : requireId('reportsTo', post.reportsTo));

// A copy gets new post ids derived from the command id and the old id, so a retried copy makes the same ids.
export const draftDesignOption = async (
  deps: Deps,
  meta: CommandMetadata,
  scope: Scope,
  input: { name: string; description?: string | null; copyFromOptionId?: string | null } & Expected,
) => {
  const optionId = derivedUuid(meta.commandId, 'designOption');
  const copyFromOptionId = input.copyFromOptionId == null ? null : requireId('copyFromOptionId', input.copyFromOptionId);
  const newIds: Record<string, string> = {};
  if (copyFromOptionId) {
    const state = await loadState(deps.store, functionDesignStream(meta.tenantId, scope.programmeId), functionDesignDecider);
    const source = state.options.find((o) => o.optionId === copyFromOptionId);
    for (const p of source?.posts ?? []) newIds[p.designPostId] = derivedUuid(meta.commandId, 'designPost', p.designPostId);
  }
  const data = { optionId, name: input.name, description: input.description ?? '', copyFromOptionId, newIds };
  await decide(deps, meta, scope, { type: 'DraftDesignOption', data }, input);
  return optionId;
};

export const renameDesignOption = async (
  deps: Deps,
  meta: CommandMetadata,
  scope: Scope,
  input: { optionId: string; name: string; description?: string | null } & Expected,
) => {
  const optionId = optionIdOf(input);
  const data = { optionId, name: input.name, ...(input.description == null ? {} : { description: input.description }) };
  await decide(deps, meta, scope, { type: 'RenameDesignOption', data }, input);
  return optionId;
};

export const addDesignPost = async (deps: Deps, meta: CommandMetadata, scope: Scope, input: { optionId: string; post: DesignPostInput } & Expected) => {
  const optionId = optionIdOf(input);
  const designPostId = derivedUuid(meta.commandId, 'designPost');
  const post = { ...input.post, designPostId, reportsTo: reportsToOf(input.post) };
  await decide(deps, meta, scope, { type: 'AddDesignPost', data: { optionId, post } }, input);
  return { optionId, designPostId };
};

export const reviseDesignPost = async (
  deps: Deps,
  meta: CommandMetadata,
  scope: Scope,
  input: { optionId: string; designPostId: string; post: DesignPostInput } & Expected,
) => {
  const optionId = optionIdOf(input);
  const designPostId = requireId('designPostId', input.designPostId);
  const post = { ...input.post, designPostId, reportsTo: reportsToOf(input.post) };
  await decide(deps, meta, scope, { type: 'ReviseDesignPost', data: { optionId, post } }, input);
  return { optionId, designPostId };
};

export const removeDesignPost = async (deps: Deps, meta: CommandMetadata, scope: Scope, input: { optionId: string; designPostId: string } & Expected) => {
  const optionId = optionIdOf(input);
  const designPostId = requireId('designPostId', input.designPostId);
  await decide(deps, meta, scope, { type: 'RemoveDesignPost', data: { optionId, designPostId } }, input);
  return { optionId, designPostId };
};

export const setFunctionGoLiveDate = async (deps: Deps, meta: CommandMetadata, scope: Scope, input: { goLiveDate: string; reason: string }) => {
  await decide(deps, meta, scope, { type: 'SetFunctionGoLiveDate', data: { goLiveDate: input.goLiveDate, reason: input.reason } }, {});
};

export const chooseDesignOption = async (deps: Deps, meta: CommandMetadata, scope: Scope, input: { optionId: string; reason: string } & Expected) => {
  const optionId = optionIdOf(input);
  await decide(deps, meta, scope, { type: 'ChooseDesignOption', data: { optionId, reason: input.reason } }, input);
  return optionId;
};
