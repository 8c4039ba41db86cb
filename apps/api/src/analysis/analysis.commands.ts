import {
  activityReturnDecider,
  DEFAULT_CONTRACT_MANAGEMENT_ACTIVITIES,
  establishmentDecider,
  requireId,
  taxonomyDecider,
  type CommandMetadata,
} from '@orgledger/domain';
import { streamName } from '@orgledger/event-store';
import { derivedUuid } from '../platform/ids';
import { loadState } from '../platform/load-state';
import { establishmentStream } from '../establishment/establishment.commands';
import type { Deps } from '../tenancy/tenancy.commands';

export const taxonomyStream = (tenantId: string, programmeId: string) => streamName('activityTaxonomy', tenantId, programmeId);
export const returnStream = (tenantId: string, programmeId: string, serviceId: string) =>
  streamName('activityReturn', tenantId, `${programmeId}.${serviceId}`);

type Scope = { programmeId: string; authorityId: string };

export const seedTaxonomy = async (deps: Deps, meta: CommandMetadata, scope: Scope) => {
  const ids = new Map(DEFAULT_CONTRACT_MANAGEMENT_ACTIVITIES.map((a) => [a.key, derivedUuid(scope.programmeId, 'activity', a.key)]));
  const activities = DEFAULT_CONTRACT_MANAGEMENT_ACTIVITIES.map((a) => ({
    activityId: ids.get(a.key)!,
    parentId: a.parentKey ? ids.get(a.parentKey)! : null,
    name: a.name,
    contractManagement: a.contractManagement,
  }));
  await deps.dispatch(taxonomyStream(meta.tenantId, scope.programmeId), taxonomyDecider, { type: 'SeedTaxonomy', data: { activities }, metadata: meta }, { authorityId: scope.authorityId });
};

export const addActivity = async (
  deps: Deps,
  meta: CommandMetadata,
  scope: Scope,
  input: { parentId?: string | null; name: string; contractManagement: boolean },
) => {
  const activityId = derivedUuid(meta.commandId, 'activity');
  const parentId = input.parentId ? requireId('parentId', input.parentId) : null;
  await deps.dispatch(
    taxonomyStream(meta.tenantId, scope.programmeId),
    taxonomyDecider,
    { type: 'AddActivity', data: { activityId, parentId, name: input.name, contractManagement: input.contractManagement }, metadata: meta },
    { authorityId: scope.authorityId },
  );
  return activityId;
};

export const renameActivity = (deps: Deps, meta: CommandMetadata, scope: Scope, input: { activityId: string; name: string }) =>
  deps.dispatch(
    taxonomyStream(meta.tenantId, scope.programmeId),
    taxonomyDecider,
    { type: 'RenameActivity', data: { activityId: requireId('activityId', input.activityId), name: input.name }, metadata: meta },
    { authorityId: scope.authorityId },
  );

export const retireActivity = (deps: Deps, meta: CommandMetadata, scope: Scope, input: { activityId: string }) =>
  deps.dispatch(
    taxonomyStream(meta.tenantId, scope.programmeId),
    taxonomyDecider,
    { type: 'RetireActivity', data: { activityId: requireId('activityId', input.activityId) }, metadata: meta },
    { authorityId: scope.authorityId },
  );

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
  await deps.dispatch(
    returnStream(meta.tenantId, scope.programmeId, serviceId),
    activityReturnDecider,
    {
      type: 'SubmitActivityReturn',
      data: { returnId, programmeId: scope.programmeId, serviceId, posts: input.posts, servicePosts, activeActivityIds, actorServiceId },
      metadata: meta,
    },
    { authorityId: scope.authorityId },
  );
  return { returnId, posts: input.posts.length };
};
