import { deciderSpec } from '../testing';
import { reassignmentsDecider } from './reassignments-decider';
import { statutoryTrialEnd, withinStatutoryTrial } from './reassignment-rules';
import { atRisk, command, redeployed, trialStarted } from './spec-fixtures';

// ERA 1996 s.138(3)(b)(i): four weeks "beginning with" the first day, so start S ends by S + 27.
const spec = deciderSpec(reassignmentsDecider);
const redeployment = [atRisk('hwy-1'), redeployed('hwy-1')];
const startTrial = (startDate: string, endDate: string, extra: Record<string, unknown> = {}) =>
  command('StartTrialPeriod', { postId: 'hwy-1', designPostId: 'd-off', startDate, endDate, ...extra });
const started = (startDate: string, endDate: string) => ({ ...trialStarted('hwy-1'), data: { ...trialStarted('hwy-1').data, startDate, endDate } });

describe('the statutory trial end', () => {
  it.each([
    ['2025-10-01', '2025-10-28'],
    ['2025-01-20', '2025-02-16'], // across a month end
    ['2028-02-10', '2028-03-08'], // across 29 February in a leap year
    ['2027-02-10', '2027-03-09'], // and in a common year
    ['2025-12-15', '2026-01-11'], // across a year end
  ])('a trial starting %s ends by %s', (start, end) => {
    expect(statutoryTrialEnd(start)).toBe(end);
    expect(withinStatutoryTrial(start, end)).toBe(true);
  });
});

describe('when starting a trial at the four-week boundary', () => {
  it.each([
    ['2025-10-01', '2025-10-28', '2025-10-29'],
    ['2025-01-20', '2025-02-16', '2025-02-17'],
    ['2028-02-10', '2028-03-08', '2028-03-09'],
  ])('from %s accepts an end on S + 27 (%s) and refuses S + 28 (%s)', (start, last, dayAfter) => {
    spec
      .given(redeployment)
      .when(startTrial(start, last))
      .then([started(start, last)]);
    const error = spec.given(redeployment).when(startTrial(start, dayAfter)).thenThrows('TRIAL_TOO_LONG', 'BAD_USER_INPUT');
    expect(error.message).toContain(`ends by ${last}`);
  });

  it('accepts S + 28 and beyond only with a written retraining agreement', () => {
    spec
      .given(redeployment)
      .when(startTrial('2025-10-01', '2025-10-29', { extendedByWrittenAgreement: true, agreementNote: 'Retraining agreed in writing on 30 September' }))
      .then([
        {
          ...started('2025-10-01', '2025-10-29'),
          data: {
            ...started('2025-10-01', '2025-10-29').data,
            extendedByWrittenAgreement: true,
            agreementNote: 'Retraining agreed in writing on 30 September',
          },
        },
      ]);
  });
});
