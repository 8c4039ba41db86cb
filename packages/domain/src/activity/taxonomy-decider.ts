import type { Decider } from '../shared/decider';
import { conflict, invalid, notFound } from './errors';
import { requireText } from '../shared/values';
import type { AddActivity, RenameActivity, ReplaceTaxonomy, RetireActivity, SeedTaxonomy, TaxonomyCommand } from './commands';
import type { TaxonomyEvent } from './events';
import { evolveTaxonomy, initialTaxonomyState, type TaxonomyState } from './state';
import {
  activityDepth,
  MAX_ACTIVITIES,
  MAX_ACTIVITY_DEPTH,
  MAX_ACTIVITY_NAME,
  nameTaken,
  requireActivityId,
  sameActivityName,
  tooDeep,
  validateTaxonomy,
  type Activity,
} from './taxonomy';

const find = (state: TaxonomyState, activityId: string): Activity => {
  const activity = state.activities.find((a) => a.activityId === activityId);
  if (!activity) throw notFound('ACTIVITY_NOT_FOUND', 'This activity is not in the taxonomy.', { activityId });
  return activity;
};

const requireNameFree = (state: TaxonomyState, parentId: string | null, name: string, exceptId?: string) => {
  const clash = state.activities.some((a) => !a.retired && a.parentId === parentId && a.activityId !== exceptId && sameActivityName(a.name, name));
  if (clash) throw nameTaken(name);
};

const seedTaxonomy = ({ data }: SeedTaxonomy, state: TaxonomyState): TaxonomyEvent => {
  if (state.activities.length > 0) {
    throw conflict('TAXONOMY_ALREADY_SEEDED', 'This programme already has an activity taxonomy; edit it, or apply a template to replace it.');
  }
  return { type: 'TaxonomySeeded', data: { activities: validateTaxonomy(data.activities) } };
};

const addActivity = ({ data }: AddActivity, state: TaxonomyState): TaxonomyEvent => {
  const activityId = requireActivityId(data.activityId);
  const name = requireText('name', data.name, { max: MAX_ACTIVITY_NAME });
  if (state.activities.some((a) => a.activityId === activityId)) {
    throw conflict('ACTIVITY_ALREADY_EXISTS', `Activity "${name}" has already been added.`, { activityId });
  }
  if (state.activities.length >= MAX_ACTIVITIES) {
    throw invalid('TAXONOMY_TOO_LARGE', `A taxonomy can have at most ${MAX_ACTIVITIES} activities.`, { max: MAX_ACTIVITIES });
  }
  const parentId = data.parentId ?? null;
  if (parentId !== null) {
    const parent = state.activities.find((a) => a.activityId === parentId && !a.retired);
    if (!parent) throw notFound('ACTIVITY_NOT_FOUND', `The parent of "${name}" is not an active activity in the taxonomy.`, { parentId });
    const byId = new Map(state.activities.map((a) => [a.activityId, a]));
    if ((activityDepth(byId, parentId) ?? Infinity) + 1 > MAX_ACTIVITY_DEPTH) throw tooDeep(name);
  }
  requireNameFree(state, parentId, name);
  return { type: 'ActivityAdded', data: { activityId, parentId, name, contractManagement: data.contractManagement === true } };
};

const renameActivity = ({ data }: RenameActivity, state: TaxonomyState): TaxonomyEvent[] => {
  const activity = find(state, data.activityId);
  if (activity.retired) {
    throw invalid('ACTIVITY_RETIRED', `"${activity.name}" has been retired; a retired activity keeps its name.`, { activityId: activity.activityId });
  }
  const name = requireText('name', data.name, { max: MAX_ACTIVITY_NAME });
  if (name === activity.name) return [];
  requireNameFree(state, activity.parentId, name, activity.activityId);
  return [{ type: 'ActivityRenamed', data: { activityId: activity.activityId, name } }];
};

// Retiring a branch retires everything under it, so no return can book time to an orphan.
const retireActivity = ({ data }: RetireActivity, state: TaxonomyState): TaxonomyEvent[] => {
  const activity = find(state, data.activityId);
  if (activity.retired) return [];
  const branch = new Set([activity.activityId]);
  for (let grew = true; grew;) {
    grew = false;
    for (const a of state.activities) {
      if (!branch.has(a.activityId) && a.parentId !== null && branch.has(a.parentId)) {
        branch.add(a.activityId);
        grew = true;
      }
    }
  }
  const activityIds = state.activities.filter((a) => branch.has(a.activityId) && !a.retired).map((a) => a.activityId);
  return [{ type: 'ActivityRetired', data: { activityIds } }];
};

const replaceTaxonomy = ({ data }: ReplaceTaxonomy): TaxonomyEvent => ({
  type: 'TaxonomyReplaced',
  data: { activities: validateTaxonomy(data.activities), fromTemplateId: data.fromTemplateId ?? null },
});

export const decideTaxonomy = (command: TaxonomyCommand, state: TaxonomyState): TaxonomyEvent[] => {
  switch (command.type) {
    case 'SeedTaxonomy':
      return [seedTaxonomy(command, state)];
    case 'AddActivity':
      return [addActivity(command, state)];
    case 'RenameActivity':
      return renameActivity(command, state);
    case 'RetireActivity':
      return retireActivity(command, state);
    case 'ReplaceTaxonomy':
      return [replaceTaxonomy(command)];
    default: {
      const unknown: never = command;
      throw new Error(`Unknown taxonomy command ${(unknown as { type: string }).type}`);
    }
  }
};

export const taxonomyDecider: Decider<TaxonomyCommand, TaxonomyEvent, TaxonomyState> = {
  decide: decideTaxonomy,
  evolve: evolveTaxonomy,
  initialState: initialTaxonomyState,
};
