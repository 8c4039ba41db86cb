import { describe, expect, it } from 'vitest';
import { taskHref, taskItems, type Task } from './task-links';

const deal: Task = { kind: 'fte_deal', title: 'Answer the Waste and Recycling FTE deal: 1.000 FTE on the table', programmeId: 'prog', entityId: 'deal-1', since: '2026-11-20T10:00:00Z' };
const ret: Task = { kind: 'activity_return', title: 'Return the activity analysis for 3 of your service’s posts', programmeId: 'prog', entityId: 'svc', since: null };

describe('where each task is done', () => {
  it('links an FTE deal to the deal page of the workspace or the portal', () => {
    expect(taskHref(deal, 'workspace')).toBe('/deals/prog/deal-1');
    expect(taskHref(deal, 'portal')).toBe('/portal/deals/deal-1');
  });

  it('links an activity return to the return form', () => {
    expect(taskHref(ret, 'portal')).toBe('/portal/activity-return/prog');
    expect(taskHref(ret, 'workspace')).toBe('/analysis/prog/return');
  });

  it('lists a kind it does not know without a link', () => {
    expect(taskHref({ ...deal, kind: 'sign_off' }, 'portal')).toBeUndefined();
  });

  it('keeps the kinds asked for, oldest first, with the programme and how long it has waited', () => {
    const items = taskItems([deal, ret, { ...deal, entityId: 'deal-0', since: '2026-11-01T10:00:00Z' }], 'portal', {
      kinds: ['fte_deal'], programmeNames: new Map([['prog', 'Central contract management function']]),
    });
    expect(items.map((i) => i.href)).toEqual(['/portal/deals/deal-0', '/portal/deals/deal-1']);
    expect(items[1]!.detail).toBe('Central contract management function, waiting since 20 November 2026');
  });
});
