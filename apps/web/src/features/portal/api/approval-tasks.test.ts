import { describe, expect, it } from 'vitest';
import { approvalHref } from './approval-tasks';

describe('where a council user answers each approval', () => {
  it('sends HR to the post’s job description and the Design Authority to the programme’s submission', () => {
    expect(approvalHref({ kind: 'job_description', programmeId: 'p1', entityId: 'd1' })).toBe('/portal/job-descriptions/p1/d1');
    expect(approvalHref({ kind: 'job_evaluation', programmeId: 'p1', entityId: 'd1' })).toBe('/portal/job-descriptions/p1/d1');
    expect(approvalHref({ kind: 'design_authority_decision', programmeId: 'p1', entityId: 's1' })).toBe('/portal/design-authority/p1');
  });

  it('links nothing it does not know, nor a post without an id', () => {
    expect(approvalHref({ kind: 'job_description', programmeId: 'p1', entityId: null })).toBeUndefined();
    expect(approvalHref({ kind: 'fte_deal', programmeId: 'p1', entityId: 'x' })).toBeUndefined();
  });
});
