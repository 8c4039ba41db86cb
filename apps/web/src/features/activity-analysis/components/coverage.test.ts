import { describe, expect, it } from 'vitest';
import { servicesNotReturned } from './coverage';
import { activeActivitiesInOrder, activityTree } from './activity-tree';

describe('servicesNotReturned', () => {
  const services = [
    { id: 'hwy', name: 'Highways' },
    { id: 'ict', name: 'ICT and Digital' },
    { id: 'empty', name: 'No posts' },
    { id: 'lds', name: 'Legal and Democratic Services' },
  ];
  const posts = [
    { id: 'h1', serviceId: 'hwy' },
    { id: 'h2', serviceId: 'hwy' },
    { id: 'i1', serviceId: 'ict' },
    { id: 'l1', serviceId: 'lds' },
  ];

  it('lists services with posts but no return, in the council order, and not services without posts', () => {
    expect(servicesNotReturned(services, posts, [{ postId: 'h2' }]).map((s) => s.name)).toEqual(['ICT and Digital', 'Legal and Democratic Services']);
    expect(servicesNotReturned(services, posts, [{ postId: 'h1' }, { postId: 'i1' }, { postId: 'l1' }])).toEqual([]);
  });
});

describe('activityTree', () => {
  const flat = [
    { id: 'cm', name: 'Contract management', parentId: null, retired: false, contractManagement: true },
    { id: 'other', name: 'Other work', parentId: null, retired: false, contractManagement: false },
    { id: 'kpi', name: 'KPIs', parentId: 'cm', retired: false, contractManagement: true },
    { id: 'old', name: 'Old', parentId: 'cm', retired: true, contractManagement: true },
    { id: 'deep', name: 'Deep', parentId: 'kpi', retired: false, contractManagement: true },
  ];

  it('nests children under their parents, keeping sibling order', () => {
    const tree = activityTree(flat);
    expect(tree.map((n) => n.id)).toEqual(['cm', 'other']);
    expect(tree[0]!.children.map((n) => n.id)).toEqual(['kpi', 'old']);
    expect(tree[0]!.children[0]!.children[0]).toMatchObject({ id: 'deep', depth: 3 });
  });

  it('orders the active activities depth first, for the columns of a return', () => {
    expect(activeActivitiesInOrder(flat).map((a) => a.id)).toEqual(['cm', 'kpi', 'deep', 'other']);
  });
});
