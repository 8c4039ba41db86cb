import {
  activityReturnDecider,
  DEFAULT_CONTRACT_MANAGEMENT_ACTIVITIES,
  establishmentDecider,
  requireId,
  taxonomyDecider,
  type ActivityReturnCommand,
  type CommandMetadata,
  type TaxonomyCommand,
} from '@orgledger/domain';
import { streamName } from '@orgledger/event-store';
import { derivedUuid } from '../platform/ids';
import { loadState } from '../platform/load-state';
import { establishmentStream } from '../establishment';
import type { Deps } from '../platform/app-context';
import { commandHandler } from '../platform/command-handler';

export const taxonomyStream = (tenantId: string, programmeId: string) => streamName('activityTaxonomy', tenantId, programmeId);
export const returnStream = (tenantId: string, programmeId: string, serviceId: string) => streamName('activityReturn', tenantId, `${programmeId}.${serviceId}`);

type Scope = { programmeId: string; authorityId: string };

// One taxonomy stream per programme; one activity-return stream per service in a programme.
export class TaxonomyHandler extends commandHandler(taxonomyDecider, (command: TaxonomyCommand, at: Scope) =>
  taxonomyStream(command.metadata.tenantId, at.programmeId),
) {}
export class ActivityReturnHandler extends commandHandler(activityReturnDecider, (command: ActivityReturnCommand, at: Scope) =>
  returnStream(command.metadata.tenantId, at.programmeId, command.data.serviceId),
) {}

export const seedTaxonomy = async (deps: Deps, meta: CommandMetadata, scope: Scope) => {
  const ids = new Map(DEFAULT_CONTRACT_MANAGEMENT_ACTIVITIES.map((a) => [a.key, derivedUuid(scope.programmeId, 'activity', a.key)]));
  const activities = DEFAULT_CONTRACT_MANAGEMENT_ACTIVITIES.map((a) => ({
    activityId: ids.get(a.key)!,
    parentId: a.parentKey ? ids.get(a.parentKey)! : null,
    name: a.name,
    contractManagement: a.contractManagement,
  }));
  await deps.send(TaxonomyHandler, { type: 'SeedTaxonomy', data: { activities }, metadata: meta }, scope);
};

export const addActivity = async (
  deps: Deps,
  meta: CommandMetadata,
  scope: Scope,
  input: { parentId?: string | null; name: string; contractManagement: boolean },
) => {
  const activityId = derivedUuid(meta.commandId, 'activity');
  const parentId = input.parentId ? requireId('parentId', input.parentId) : null;
  await deps.send(
    TaxonomyHandler,
    { type: 'AddActivity', data: { activityId, parentId, name: input.name, contractManagement: input.contractManagement }, metadata: meta },
    scope,
  );
  return activityId;
};

export const renameActivity = (deps: Deps, meta: CommandMetadata, scope: Scope, input: { activityId: string; name: string }) =>
  deps.send(
    TaxonomyHandler,
    { type: 'RenameActivity', data: { activityId: requireId('activityId', input.activityId), name: input.name }, metadata: meta },
    scope,
  );

export const retireActivity = (deps: Deps, meta: CommandMetadata, scope: Scope, input: { activityId: string }) =>
  deps.send(TaxonomyHandler, { type: 'RetireActivity', data: { activityId: requireId('activityId', input.activityId) }, metadata: meta }, scope);

export type ReturnInput = { serviceId: string; posts: { postId: string; shares: { activityId: string; percent: number }[] }[] };

// The return is checked against the service's posts and the taxonomy as they stand in the store.
export const submitActivityReturn = async (deps: Deps, meta: CommandMetadata, scope: Scope, input: ReturnInput, actorServiceId: string | null) => {
  const serviceId = requireId('serviceId', input.serviceId);
  const establishment = await loadState(deps.store, establishmentStream(meta.tenantId, scope.authorityId), establishmentDecider);
  const taxonomy = await loadState(deps.store, taxonomyStream(meta.tenantId, scope.programmeId), taxonomyDecider);
  const servicePosts = Object.values(establishment.posts)
    .filter((p) => p.serviceId === serviceId)
    .map((p) => ({ postId: p.postId, reference: p.reference }));
  const activeActivityIds = taxonomy.activities.filter((a) => !a.retired).map((a) => a.activityId);
  const returnId = derivedUuid(meta.commandId, 'return');
  await deps.send(
    ActivityReturnHandler,
    {
      type: 'SubmitActivityReturn',
      data: { returnId, programmeId: scope.programmeId, serviceId, posts: input.posts, servicePosts, activeActivityIds, actorServiceId },
      metadata: meta,
    },
    scope,
  );
  return { returnId, posts: input.posts.length };
};
