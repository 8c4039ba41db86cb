import { conflict, invalid, notFound } from './errors';
import { requireText } from '../shared/values';

export type Activity = { activityId: string; parentId: string | null; name: string; contractManagement: boolean; retired: boolean };
export type ActivityInput = Omit<Activity, 'retired'>;
export type ActivityShare = { activityId: string; percent: number };

export const MAX_ACTIVITY_NAME = 120;
export const MAX_ACTIVITY_DEPTH = 4;
export const MAX_ACTIVITIES = 500;

// The tenant's starting point for a contract-management programme; the API turns keys into ids.
export type DefaultActivity = { key: string; parentKey: string | null; name: string; contractManagement: boolean };
const cm = (key: string, name: string): DefaultActivity => ({ key, parentKey: 'contract-management', name, contractManagement: true });
export const DEFAULT_CONTRACT_MANAGEMENT_ACTIVITIES: readonly DefaultActivity[] = [
  { key: 'contract-management', parentKey: null, name: 'Contract management', contractManagement: true },
  cm('supplier-performance', 'Supplier performance and KPI monitoring'),
  cm('contract-variations', 'Contract variations and change control'),
  cm('payment-validation', 'Payment and invoice validation'),
  cm('supplier-meetings', 'Supplier relationship meetings'),
  cm('risk-and-issues', 'Risk and issue management'),
  cm('renewal-and-exit', 'Renewal, re-procurement and exit planning'),
  cm('transparency-notices', 'Statutory transparency and contract performance notices'),
  cm('mobilisation', 'Contract mobilisation and onboarding'),
  { key: 'other-work', parentKey: null, name: 'Other work', contractManagement: false },
];

type TreeNode = Pick<Activity, 'activityId' | 'parentId' | 'contractManagement'> & { retired?: boolean };

// Contract management is decided at the top: an activity counts if it, or any ancestor, is marked.
export const contractManagementActivityIds = (activities: readonly TreeNode[], { includeRetired = false } = {}): string[] => {
  const byId = new Map(activities.map((a) => [a.activityId, a]));
  const memo = new Map<string, boolean>();
  const isCm = (node: TreeNode, guard: number): boolean => {
    const known = memo.get(node.activityId);
    if (known !== undefined) return known;
    const parent = node.parentId === null ? undefined : byId.get(node.parentId);
    const answer = node.contractManagement || (parent !== undefined && guard > 0 && isCm(parent, guard - 1));
    memo.set(node.activityId, answer);
    return answer;
  };
  return activities.filter((a) => (includeRetired || !a.retired) && isCm(a, activities.length)).map((a) => a.activityId);
};

// "Payment  validation" and "payment validation" are the same name to the people reading it.
export const sameActivityName = (a: string, b: string) =>
  a.replace(/\s+/g, ' ').toLocaleLowerCase('en-GB') === b.replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');

export const requireActivityId = (value: unknown): string => {
  if (typeof value === 'string' && value.trim() !== '' && value.length <= 100) return value;
  throw invalid('INVALID_ID', 'Activity id must be an id of 1 to 100 characters.', { field: 'activityId' });
};

// Depth of an activity, the roots being 1; null when its ancestry loops.
export const activityDepth = (byId: ReadonlyMap<string, Pick<Activity, 'parentId'>>, activityId: string): number | null => {
  let depth = 1;
  for (let parent = byId.get(activityId)?.parentId ?? null; parent !== null; parent = byId.get(parent)?.parentId ?? null) {
    depth += 1;
    if (depth > byId.size) return null;
  }
  return depth;
};

export const nameTaken = (name: string) =>
  invalid('ACTIVITY_NAME_TAKEN', `Another activity under the same parent is already called "${name}". Choose another name.`, { name });
export const tooDeep = (name: string) =>
  invalid('ACTIVITY_TOO_DEEP', `"${name}" would sit more than ${MAX_ACTIVITY_DEPTH} levels deep; the taxonomy allows ${MAX_ACTIVITY_DEPTH} levels.`, {
    name,
    max: MAX_ACTIVITY_DEPTH,
  });

// Checks a whole tree (seeded or replaced from a template): ids, names, parents, no loops, depth, sibling names.
export const validateTaxonomy = (activities: readonly ActivityInput[]): ActivityInput[] => {
  if (!Array.isArray(activities) || activities.length === 0) {
    throw invalid('TAXONOMY_EMPTY', 'A taxonomy needs at least one activity.', { field: 'activities' });
  }
  if (activities.length > MAX_ACTIVITIES) {
    throw invalid('TAXONOMY_TOO_LARGE', `A taxonomy can have at most ${MAX_ACTIVITIES} activities; this one has ${activities.length}.`, {
      max: MAX_ACTIVITIES,
    });
  }
  const byId = new Map<string, ActivityInput>();
  for (const input of activities) {
    const activityId = requireActivityId(input.activityId);
    const name = requireText('name', input.name, { max: MAX_ACTIVITY_NAME });
    if (byId.has(activityId)) throw conflict('ACTIVITY_ALREADY_EXISTS', `Activity "${name}" appears twice in the taxonomy.`, { activityId });
    byId.set(activityId, { activityId, parentId: input.parentId ?? null, name, contractManagement: input.contractManagement === true });
  }
  const siblings = new Map<string | null, string[]>();
  for (const activity of byId.values()) {
    if (activity.parentId !== null && !byId.has(activity.parentId)) {
      throw notFound('ACTIVITY_NOT_FOUND', `The parent of "${activity.name}" is not in the taxonomy.`, { activityId: activity.activityId });
    }
    const depth = activityDepth(byId, activity.activityId);
    if (depth === null) {
      throw invalid('TAXONOMY_CYCLE', `"${activity.name}" is its own ancestor; each activity needs a parent above it, or none.`, {
        activityId: activity.activityId,
      });
    }
    if (depth > MAX_ACTIVITY_DEPTH) throw tooDeep(activity.name);
    const names = siblings.get(activity.parentId) ?? [];
    if (names.some((n) => sameActivityName(n, activity.name))) throw nameTaken(activity.name);
    siblings.set(activity.parentId, [...names, activity.name]);
  }
  return [...byId.values()];
};
