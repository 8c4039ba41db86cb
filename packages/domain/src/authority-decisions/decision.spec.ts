import { deciderSpec } from '../testing';
import { designAuthorityDecider } from './design-authority-decider';
import { advisory, as, blocking, consultant, daMember, decide, decided, otherCouncil, submitted, withConditions } from './spec-fixtures';

const spec = deciderSpec(designAuthorityDecider);
const onS1 = spec.given([submitted('s1')]);

describe('when a Design Authority member records the decision', () => {
  it('records an approval', () => {
    onS1.when(decide()).then([decided()]);
  });

  it('records an approval with conditions, trimmed', () => {
    onS1.when(decide({ decision: 'approved_with_conditions', conditions: [{ ...blocking, text: ` ${blocking.text} ` }, advisory] })).then([withConditions()]);
  });

  it('records a deferral with what it asks for, and a rejection with its reasons', () => {
    onS1.when(decide({ decision: 'deferred', asksFor: ' Full on-costs ' })).then([decided({ decision: 'deferred', asksFor: 'Full on-costs' })]);
    onS1.when(decide({ decision: 'rejected', reasons: 'Unaffordable' })).then([decided({ decision: 'rejected', reasons: 'Unaffordable' })]);
  });
});

describe('when the decision is incomplete or inconsistent', () => {
  it('needs conditions for an approval with conditions, and only then', () => {
    onS1.when(decide({ decision: 'approved_with_conditions' })).thenThrows('DA_CONDITIONS_REQUIRED');
    onS1.when(decide({ decision: 'approved_with_conditions', conditions: [] })).thenThrows('DA_CONDITIONS_REQUIRED');
    for (const decision of ['approved', 'deferred', 'rejected'] as const) {
      onS1.when(decide({ decision, conditions: [blocking], asksFor: 'x', reasons: 'x' })).thenThrows('DA_CONDITIONS_NOT_ALLOWED');
    }
  });

  it('needs what a deferral asks for, and a rejection’s reasons', () => {
    onS1.when(decide({ decision: 'deferred', asksFor: '  ' })).thenThrows('DA_ASKS_FOR_REQUIRED');
    onS1.when(decide({ decision: 'rejected' })).thenThrows('DA_REASONS_REQUIRED');
    onS1.when(decide({ decision: 'rejected', reasons: 'r'.repeat(2001) })).thenThrows('TEXT_TOO_LONG');
  });

  it('checks each condition: id, text up to 1,000, owner up to 120, due date, blocking or not, ids distinct', () => {
    const withOne = (c: object) => decide({ decision: 'approved_with_conditions', conditions: [{ ...blocking, ...c }] });
    onS1.when(withOne({ conditionId: '' })).thenThrows('INVALID_CONDITION');
    onS1.when(withOne({ text: 't'.repeat(1001) })).thenThrows('TEXT_TOO_LONG');
    onS1.when(withOne({ owner: 'o'.repeat(121) })).thenThrows('TEXT_TOO_LONG');
    onS1.when(withOne({ dueDate: '31/10/2025' })).thenThrows('INVALID_DATE');
    onS1.when(withOne({ blocking: 'yes' })).thenThrows('INVALID_CONDITION');
    onS1
      .when(decide({ decision: 'approved_with_conditions', conditions: [blocking, { ...advisory, conditionId: 'c1' }] }))
      .thenThrows('CONDITION_LISTED_TWICE');
    onS1.when(decide({ decision: 'approved_with_conditions', conditions: Array(51).fill(blocking) })).thenThrows('INVALID_CONDITION');
  });

  it('needs a known decision and a meeting date between submission and today', () => {
    onS1.when(decide({ decision: 'noted' as never })).thenThrows('INVALID_DA_DECISION');
    onS1.when(decide({ meetingDate: '2025-08-31' })).thenThrows('INVALID_MEETING_DATE');
    onS1.when(decide({ meetingDate: '2025-10-01' })).thenThrows('INVALID_MEETING_DATE');
    onS1.when(decide({ meetingDate: '2025-09-30' })).then([decided({ meetingDate: '2025-09-30' })]);
  });

  it('needs a submission', () => {
    spec.given([]).when(decide()).thenThrows('SUBMISSION_NOT_FOUND', 'NOT_FOUND');
  });
});

describe('when the member was invited by whoever made the submission', () => {
  it('refuses the decision, and accepts it from a member invited by someone else', () => {
    const author = consultant.actor;
    const invitedBy = (sponsor: { userId: string; displayName: string }) => ({ ...daMember, actor: { ...daMember.actor, invitedBy: sponsor } });
    const command = (m: typeof daMember) => ({ ...decide({}, m), data: { ...decide().data, submittedBy: [author.userId] } });
    onS1.when(command(invitedBy({ userId: author.userId, displayName: author.displayName }))).thenThrows('DA_MEMBER_INVITED_BY_SUBMITTER', 'FORBIDDEN');
    onS1.when(command(invitedBy({ userId: '0190a000-0000-7000-8000-0000000000a9', displayName: 'Ada Admin' }))).then([decided()]);
  });
});

describe('when someone other than a member of this council’s Design Authority records a decision', () => {
  it('refuses a consultant, an HR partner, and a member of another council’s Design Authority', () => {
    const error = onS1.when(decide({}, consultant)).thenThrows('DA_DECISION_NOT_ALLOWED', 'FORBIDDEN');
    expect(error.message).toContain('Only a Design Authority member of the council running this programme can record its decision');
    onS1.when(decide({}, as('hr_partner'))).thenThrows('DA_DECISION_NOT_ALLOWED', 'FORBIDDEN');
    onS1.when(decide({}, as('da_member'), otherCouncil)).thenThrows('DA_DECISION_NOT_ALLOWED', 'FORBIDDEN');
  });
});

describe('when the submission has been superseded', () => {
  it('refuses a decision on it, pointing to the latest submission', () => {
    const error = spec
      .given([submitted('s1'), submitted('s2', 's1')])
      .when(decide({ submissionId: 's1' }))
      .thenThrows('SUBMISSION_SUPERSEDED', 'CONFLICT');
    expect(error.message).toBe('Submission s1 has been superseded by submission s2; act on that one instead.');
    spec
      .given([submitted('s1'), submitted('s2', 's1')])
      .when(decide({ submissionId: 's2' }))
      .then([decided({ submissionId: 's2' })]);
  });
});

describe('when the submission has already been decided', () => {
  it('takes one decision per submission', () => {
    spec
      .given([submitted('s1'), decided()])
      .when(decide({ decision: 'rejected', reasons: 'Changed our minds' }))
      .thenThrows('SUBMISSION_ALREADY_DECIDED');
    spec
      .given([submitted('s1'), decided({ decision: 'rejected', reasons: 'No' })])
      .when(decide())
      .thenThrows('SUBMISSION_ALREADY_DECIDED');
  });

  it('needs a new submission after a deferral', () => {
    const deferred = [submitted('s1'), decided({ decision: 'deferred', asksFor: 'Full on-costs' })];
    const error = spec.given(deferred).when(decide()).thenThrows('SUBMISSION_ALREADY_DECIDED');
    expect(error.message).toContain('a deferred submission cannot be decided again. Make a new submission');
    expect(error.details).toMatchObject({ decision: 'deferred', needsNewSubmission: true });
    spec
      .given([...deferred, submitted('s2', 's1')])
      .when(decide({ submissionId: 's2' }))
      .then([decided({ submissionId: 's2' })]);
  });
});
