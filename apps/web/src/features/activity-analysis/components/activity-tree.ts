export type TaxonomyActivity = { id: string; name: string; parentId?: string | null; retired: boolean; contractManagement: boolean };
export type ActivityNode<T extends TaxonomyActivity = TaxonomyActivity> = T & { depth: number; children: ActivityNode<T>[] };

// The flat list as a tree, keeping the API's order among siblings. An activity whose parent is
// missing is shown at the top level rather than lost.
export function activityTree<T extends TaxonomyActivity>(activities: readonly T[]): ActivityNode<T>[] {
  const ids = new Set(activities.map((a) => a.id));
  const childrenOf = new Map<string | null, T[]>();
  for (const a of activities) {
    const parent = a.parentId && ids.has(a.parentId) && a.parentId !== a.id ? a.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), a]);
  }
  const seen = new Set<string>();
  const build = (parent: string | null, depth: number): ActivityNode<T>[] =>
    (childrenOf.get(parent) ?? [])
      .filter((a) => !seen.has(a.id))
      .map((a) => {
        seen.add(a.id);
        return { ...a, depth, children: build(a.id, depth + 1) };
      });
  return build(null, 1);
}

// Depth first, as the tree reads from top to bottom.
export function flattenTree<T extends TaxonomyActivity>(nodes: readonly ActivityNode<T>[]): ActivityNode<T>[] {
  return nodes.flatMap((node) => [node, ...flattenTree(node.children)]);
}

export function activeActivitiesInOrder<T extends TaxonomyActivity>(activities: readonly T[]): ActivityNode<T>[] {
  return flattenTree(activityTree(activities)).filter((a) => !a.retired);
}
