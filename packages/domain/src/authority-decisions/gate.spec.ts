import { DomainError } from '../shared/errors';
import { fold } from '../shared/decider';
import { deciderSpec } from '../testing';
import { designAuthorityDecider } from './design-authority-decider';
import type { DesignAuthorityEvent } from './events';
import { designAuthorityGate, requireGateOpen, type GatedAction } from './gate';
import { as, blocking, daMember, decided, discharge, discharged, submitted, withConditions } from './spec-fixtures';

const spec = deciderSpec(designAuthorityDecider);
const gateAfter = (events: DesignAuthorityEvent[]) => designAuthorityGate(fold(designAuthorityDecider, events));
const refusal = (events: DesignAuthorityEvent[], what: GatedAction): DomainError => {
  try {
    requireGateOpen(fold(designAuthorityDecider, events), what);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the gate to be closed');
};
const openBlocking = { conditionId: 'c1', text: blocking.text, owner: 'Finance partner', dueDate: '2025-10-31' };

describe('when the Design Authority approves with a blocking condition', () => {
  const events = [submitted('s1'), withConditions()];

  it('keeps the gate closed, listing the open blocking condition', () => {
    expect(gateAfter(events)).toEqual({
      open: false,
      reason: `The Design Authority gate is closed: condition "${blocking.text}" (owner Finance partner, due 2025-10-31) is still open.`,
      submissionId: 's1',
      decision: 'approved_with_conditions',
      openBlockingConditions: [openBlocking],
    });
  });

  it('refuses to launch consultation or start recruitment, saying which condition is open', () => {
    const error = refusal(events, 'consultation launch');
    expect(error).toMatchObject({ code: 'DESIGN_AUTHORITY_GATE_CLOSED', kind: 'BAD_USER_INPUT' });
    expect(error.message).toBe(
      `Consultation cannot be launched until the Design Authority has approved the proposal: condition "${blocking.text}" (owner Finance partner, due 2025-10-31) is still open.`,
    );
    expect(refusal(events, 'recruitment').message).toMatch(/^Recruitment cannot start until the Design Authority has approved the proposal: condition/);
  });

  it('names every open blocking condition', () => {
    const second = { ...blocking, conditionId: 'c3', text: 'Agree the ring-fence with the unions.', owner: 'HR partner', dueDate: '2025-11-15' };
    expect(refusal([submitted('s1'), withConditions([blocking, second])], 'recruitment').message).toContain(
      `conditions "${blocking.text}" (owner Finance partner, due 2025-10-31) and "Agree the ring-fence with the unions" (owner HR partner, due 2025-11-15) are still open.`,
    );
  });
});

describe('when the blocking condition is discharged', () => {
  it('records the evidence and the date', () => {
    spec
      .given([submitted('s1'), withConditions()])
      .when(discharge())
      .then([discharged()]);
    spec
      .given([submitted('s1'), withConditions()])
      .when(discharge('c2', 'Tracker live', daMember))
      .then([discharged('c2', 'Tracker live')]);
  });

  it('opens the gate, even with a non-blocking condition still open', () => {
    const gate = gateAfter([submitted('s1'), withConditions(), discharged()]);
    expect(gate).toMatchObject({ open: true, openBlockingConditions: [] });
    expect(gate.reason).toBe(
      'The Design Authority approved submission s1 with conditions on 2025-09-15, and every blocking condition has been discharged; 1 non-blocking condition remains open.',
    );
    expect(requireGateOpen(fold(designAuthorityDecider, [submitted('s1'), withConditions(), discharged()]), 'recruitment').open).toBe(true);
  });

  it('refuses a condition already discharged, or one that does not exist', () => {
    spec
      .given([submitted('s1'), withConditions(), discharged()])
      .when(discharge())
      .thenThrows('CONDITION_ALREADY_DISCHARGED');
    spec
      .given([submitted('s1'), withConditions()])
      .when(discharge('c9'))
      .thenThrows('CONDITION_NOT_FOUND', 'NOT_FOUND');
    spec
      .given([submitted('s1'), decided()])
      .when(discharge())
      .thenThrows('CONDITION_NOT_FOUND');
  });

  it('needs evidence of up to 2,000 characters, from a consultant or a member of this council’s Design Authority', () => {
    spec
      .given([submitted('s1'), withConditions()])
      .when(discharge('c1', ' '))
      .thenThrows('TEXT_REQUIRED');
    spec
      .given([submitted('s1'), withConditions()])
      .when(discharge('c1', 'e'.repeat(2001)))
      .thenThrows('TEXT_TOO_LONG');
    spec
      .given([submitted('s1'), withConditions()])
      .when(discharge('c1', 'e', as('service_director')))
      .thenThrows('CONDITION_DISCHARGE_NOT_ALLOWED', 'FORBIDDEN');
    const otherMember = { ...discharge('c1', 'e', daMember), data: { ...discharge().data, actorAuthorityId: 'elsewhere' } };
    spec
      .given([submitted('s1'), withConditions()])
      .when(otherMember)
      .thenThrows('CONDITION_DISCHARGE_NOT_ALLOWED', 'FORBIDDEN');
  });

  it('refuses to discharge a condition of a superseded submission', () => {
    spec
      .given([submitted('s1'), withConditions(), submitted('s2', 's1')])
      .when(discharge())
      .thenThrows('SUBMISSION_SUPERSEDED');
  });
});

describe('when reading the gate in other states', () => {
  it('is closed before any submission and while a submission awaits its decision', () => {
    expect(gateAfter([])).toMatchObject({ open: false, submissionId: null, decision: null });
    expect(refusal([], 'consultation launch').message).toBe(
      'Consultation cannot be launched until the Design Authority has approved the proposal: nothing has been submitted to it yet.',
    );
    expect(gateAfter([submitted('s1')]).reason).toBe('The Design Authority gate is closed: submission s1 of 2025-09-01 awaits its decision.');
  });

  it('is open on a plain approval', () => {
    expect(gateAfter([submitted('s1'), decided()])).toEqual({
      open: true,
      reason: 'The Design Authority approved submission s1 on 2025-09-15.',
      submissionId: 's1',
      decision: 'approved',
      openBlockingConditions: [],
    });
  });

  it('is closed after a deferral, asking for a new submission, and after a rejection', () => {
    expect(refusal([submitted('s1'), decided({ decision: 'deferred', asksFor: 'Full on-costs.' })], 'recruitment').message).toBe(
      'Recruitment cannot start until the Design Authority has approved the proposal: it deferred submission s1 on 2025-09-15, asking for: Full on-costs; make a new submission that answers it.',
    );
    expect(gateAfter([submitted('s1'), decided({ decision: 'rejected', reasons: 'Unaffordable.' })]).reason).toBe(
      'The Design Authority gate is closed: it rejected submission s1 on 2025-09-15: Unaffordable.',
    );
  });

  it('closes again when a new submission supersedes an approved one', () => {
    expect(gateAfter([submitted('s1'), decided(), submitted('s2', 's1')])).toMatchObject({ open: false, submissionId: 's2', decision: null });
  });
});
