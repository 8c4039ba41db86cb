import * as domain from '../index';
import { designAuthorityErrorCodes } from './errors';
import type { DesignAuthorityEvent } from './events';
import { projectDesignAuthority, type DesignAuthorityRow } from './projections/design-authority';
import { decided, discharged, submitted, withConditions } from './spec-fixtures';

const project = (events: DesignAuthorityEvent[]) => events.reduce<DesignAuthorityRow | null>(projectDesignAuthority, null)!;

describe('the Design Authority read model', () => {
  it('summarises each submission’s snapshot', () => {
    expect(project([submitted('s1')]).submissions[0]).toEqual({
      submissionId: 's1',
      submittedOn: '2025-09-01',
      supersededBy: null,
      decision: null,
      conditions: [],
      status: 'awaiting_decision',
      summary: {
        optionId: 'opt-a',
        optionName: 'Hub and spoke',
        postCount: 2,
        totalFte: 3000,
        totalCostPence: 23_000_000,
        fundingGapFte: 1000,
        dealCount: 1,
        postsWithApprovedGrade: 1,
      },
    });
  });

  it('shows decisions, superseded submissions, conditions with their evidence, and the gate', () => {
    const row = project([
      submitted('s1'),
      decided({ decision: 'deferred', asksFor: 'Costs' }),
      submitted('s2', 's1'),
      { ...withConditions(), data: { ...withConditions().data, submissionId: 's2' } } as DesignAuthorityEvent,
      { ...discharged(), data: { ...discharged().data, submissionId: 's2' } } as DesignAuthorityEvent,
    ]);
    expect(row.submissions.map((s) => [s.submissionId, s.status, s.supersededBy])).toEqual([
      ['s1', 'superseded', 's2'],
      ['s2', 'approved_with_conditions', null],
    ]);
    expect(row.submissions[0].decision).toEqual({ decision: 'deferred', meetingDate: '2025-09-15', asksFor: 'Costs', reasons: null });
    expect(row.submissions[1].conditions.map((c) => [c.conditionId, c.blocking, c.discharged])).toEqual([
      ['c1', true, { evidence: 'Budget transfer letter of 20 Sept', dischargedOn: '2025-09-30' }],
      ['c2', false, null],
    ]);
    expect(row.gate).toMatchObject({ open: true, submissionId: 's2', decision: 'approved_with_conditions' });
  });

  it('keeps the gate closed while a blocking condition is open', () => {
    expect(project([submitted('s1'), withConditions()]).gate).toMatchObject({ open: false, openBlockingConditions: [{ conditionId: 'c1' }] });
    expect(project([submitted('s1'), decided()]).submissions[0].status).toBe('approved');
  });
});

describe('the Design Authority public API', () => {
  it('exports the decider, gate, projection and stream category from the package entry point', () => {
    for (const name of [
      'designAuthorityDecider',
      'decideDesignAuthority',
      'evolveDesignAuthority',
      'initialDesignAuthorityState',
      'designAuthorityGate',
      'requireGateOpen',
      'projectDesignAuthority',
      'summariseSnapshot',
      'validateSnapshot',
      'validateDecision',
      'submissionStatus',
      'DESIGN_AUTHORITY_STREAM_CATEGORY',
      'designAuthorityErrorCodes',
    ])
      expect(domain).toHaveProperty(name);
    expect(domain).not.toHaveProperty('withConditions');
  });

  it('lists each error code once', () => {
    expect(new Set(designAuthorityErrorCodes).size).toBe(designAuthorityErrorCodes.length);
    expect(domain.DESIGN_AUTHORITY_STREAM_CATEGORY).toBe('designAuthority');
  });
});
