import { describe, expect, it } from 'vitest';
import { taskHref, taskItems, type Task } from './task-links';

const deal: Task = {
  kind: 'fte_deal',
  title: 'Answer the Waste and Recycling FTE deal: 1.000 FTE on the table',
  programmeId: 'prog',
  entityId: 'deal-1',
  since: '2026-11-20T10:00:00Z',
};
const ret: Task = {
  kind: 'activity_return',
  title: 'Return the activity analysis for 3 of your service’s posts',
  programmeId: 'prog',
  entityId: 'svc',
  since: null,
};

describe('where each task is done', () => {
  it('links an FTE deal to the deal page of the workspace or the portal', () => {
    expect(taskHref(deal, 'workspace')).toBe('/deals/prog/deal-1');
    expect(taskHref(deal, 'portal')).toBe('/portal/deals/deal-1');
  });

  it('links an activity return to the return form', () => {
    expect(taskHref(ret, 'portal')).toBe('/portal/activity-return/prog');
    expect(taskHref(ret, 'workspace')).toBe('/analysis/prog/return');
  });

  it('sends HR to the post’s job description and evaluation, in the portal or the approval pages', () => {
    for (const kind of ['job_description', 'job_evaluation']) {
      const task: Task = { kind, title: 'Approve version 2 of a job description', programmeId: 'prog', entityId: 'post-1', since: null };
      expect(taskHref(task, 'portal')).toBe('/portal/job-descriptions/prog/post-1');
      expect(taskHref(task, 'workspace')).toBe('/approval/prog/grading/post-1');
      expect(taskHref({ ...task, entityId: null }, 'portal')).toBeUndefined();
    }
  });

  it('sends a Design Authority decision and its conditions to the programme’s Design Authority page', () => {
    const decision: Task = { kind: 'design_authority_decision', title: 'Decide on the proposal', programmeId: 'prog', entityId: 'sub-1', since: null };
    const condition: Task = {
      kind: 'design_authority_condition',
      title: 'Blocking condition due 2027-01-31',
      programmeId: 'prog',
      entityId: 'cond-1',
      since: null,
    };
    expect(taskHref(decision, 'portal')).toBe('/portal/design-authority/prog');
    expect(taskHref(decision, 'workspace')).toBe('/approval/prog');
    expect(taskHref(condition, 'workspace')).toBe('/approval/prog');
    expect(taskHref(condition, 'portal')).toBe('/portal/design-authority/prog');
  });

  it('sends the interim service manager to the plan handed to them, and the consultancy to its read-only view', () => {
    const handover: Task = {
      kind: 'recruitment_handover',
      title: 'Accept or return the recruitment and on-boarding plan',
      programmeId: 'prog',
      entityId: 'prog',
      since: null,
    };
    expect(taskHref(handover, 'portal')).toBe('/portal/handover/prog');
    expect(taskHref(handover, 'workspace')).toBe('/handover/prog');
  });

  it('lists a kind it does not know without a link', () => {
    expect(taskHref({ ...deal, kind: 'sign_off' }, 'portal')).toBeUndefined();
  });

  it('keeps the kinds asked for, oldest first, with the programme and how long it has waited', () => {
    const items = taskItems([deal, ret, { ...deal, entityId: 'deal-0', since: '2026-11-01T10:00:00Z' }], 'portal', {
      kinds: ['fte_deal'],
      programmeNames: new Map([['prog', 'Central contract management function']]),
    });
    expect(items.map((i) => i.href)).toEqual(['/portal/deals/deal-0', '/portal/deals/deal-1']);
    expect(items[1]!.detail).toBe('Central contract management function, waiting since 20 November 2026');
  });

  it('sends the consultancy to the contract whose Procurement Act notice is due, and the portal nowhere', () => {
    const notice: Task = { kind: 'contract_notice', title: 'Publish the contract change notice', programmeId: 'prog', entityId: 'contract-1', since: null };
    expect(taskHref(notice, 'workspace')).toBe('/contracts/prog/contract-1');
    expect(taskHref(notice, 'portal')).toBeUndefined();
  });

  it('keeps every kind when none is asked for, each with its link', () => {
    const handover: Task = { kind: 'recruitment_handover', title: 'Accept the plan', programmeId: 'prog', entityId: 'prog', since: '2026-11-25T09:00:00Z' };
    const jd: Task = { kind: 'job_description', title: 'Approve a JD', programmeId: 'prog', entityId: 'post-1', since: '2026-11-24T09:00:00Z' };
    const items = taskItems([deal, handover, jd, ret], 'portal');
    expect(items.map((i) => i.href)).toEqual([
      '/portal/activity-return/prog',
      '/portal/deals/deal-1',
      '/portal/job-descriptions/prog/post-1',
      '/portal/handover/prog',
    ]);
  });
});
