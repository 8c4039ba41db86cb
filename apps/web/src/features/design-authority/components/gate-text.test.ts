import { describe, expect, it } from 'vitest';
import type { Gate } from '../api/design-authority.queries';
import { gateHeadline, submissionStatusLabel } from './gate-text';

const gate = (overrides: Partial<Gate>): Gate => ({
  open: false,
  reason: 'The Design Authority gate is closed.',
  submissionId: 's1',
  decision: null,
  openBlockingConditions: [],
  ...overrides,
});
const eqia = { conditionId: 'c1', text: 'Complete the equality impact assessment.', owner: 'Dev Patel (HR)', dueDate: '2026-12-18' };

describe('the Design Authority gate in a line', () => {
  it('says what consultation launch and recruitment wait for', () => {
    expect(gateHeadline(gate({ submissionId: null }))).toBe(
      'Consultation launch and recruitment: blocked until the proposal is submitted to the Design Authority and approved',
    );
    expect(gateHeadline(gate({}))).toBe('Consultation launch and recruitment: blocked until the Design Authority decides on the submission');
    expect(gateHeadline(gate({ decision: 'DEFERRED' }))).toBe(
      'Consultation launch and recruitment: blocked until a new submission answers what the Design Authority asked for',
    );
    expect(gateHeadline(gate({ decision: 'REJECTED' }))).toBe('Consultation launch and recruitment: blocked until a new submission is approved');
  });

  it('names the one blocking condition, with its owner and due date, and counts several', () => {
    expect(gateHeadline(gate({ decision: 'APPROVED_WITH_CONDITIONS', openBlockingConditions: [eqia] }))).toBe(
      'Consultation launch and recruitment: blocked until the blocking condition “Complete the equality impact assessment” is discharged (owner Dev Patel (HR), due 18 December 2026)',
    );
    expect(gateHeadline(gate({ decision: 'APPROVED_WITH_CONDITIONS', openBlockingConditions: [eqia, { ...eqia, conditionId: 'c2' }] }))).toBe(
      'Consultation launch and recruitment: blocked until 2 blocking conditions are discharged',
    );
  });

  it('is open once approved, or once every blocking condition is discharged', () => {
    expect(gateHeadline(gate({ open: true, decision: 'APPROVED' }))).toBe('Consultation launch and recruitment: open');
    expect(gateHeadline(gate({ open: true, decision: 'APPROVED_WITH_CONDITIONS' }))).toBe('Consultation launch and recruitment: open');
  });

  it('words the API’s submission statuses', () => {
    expect(submissionStatusLabel('awaiting_decision')).toBe('Awaiting decision');
    expect(submissionStatusLabel('approved_with_conditions')).toBe('Approved with conditions');
    expect(submissionStatusLabel('something_new')).toBe('something_new');
  });
});
