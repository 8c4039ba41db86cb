import { deciderSpec } from '../testing';
import { reassignmentsDecider } from './reassignments-decider';
import { appointed, atRisk, command, notAppointed, poolFormed, reason, redeployed, slotIn, trialEnded, trialStarted } from './spec-fixtures';

const spec = deciderSpec(reassignmentsDecider);
const markAtRisk = (postId = 'hwy-1') => command('MarkAtRisk', { postId });
const redeploy = (data: Partial<Parameters<typeof command<'RecordRedeployment'>>[1]> = {}) =>
  command('RecordRedeployment', { postId: 'hwy-1', toDescription: 'Contract Officer, new function', priorityInterview: true, ...data });
const startTrial = (data: Partial<Parameters<typeof command<'StartTrialPeriod'>>[1]> = {}) =>
  command('StartTrialPeriod', { postId: 'hwy-1', designPostId: 'd-off', startDate: '2025-10-01', endDate: '2025-10-28', ...data });
const endTrial = (outcome: 'confirmed' | 'unsuitable' = 'confirmed') => command('EndTrialPeriod', { postId: 'hwy-1', outcome });
const redeployment = [atRisk('hwy-1'), redeployed('hwy-1')];

describe('when marking a postholder at risk', () => {
  it('marks a filled post with no decision, or one not appointed in selection', () => {
    spec
      .given([])
      .when(markAtRisk())
      .then([atRisk('hwy-1')]);
    spec
      .given([poolFormed(['hwy-1']), notAppointed('hwy-1')])
      .when(markAtRisk())
      .then([atRisk('hwy-1')]);
  });

  it('refuses a vacant post: there is nobody at risk', () => {
    spec.given([]).when(markAtRisk('vac-1')).thenThrows('VACANT_POST', 'BAD_USER_INPUT');
  });

  it('refuses a postholder still in a pool, or already at risk, and an unknown post', () => {
    spec
      .given([poolFormed(['hwy-1'])])
      .when(markAtRisk())
      .thenThrows('REASSIGNMENT_NOT_ALLOWED', 'CONFLICT');
    spec
      .given([atRisk('hwy-1')])
      .when(markAtRisk())
      .thenThrows('REASSIGNMENT_NOT_ALLOWED');
    spec.given([]).when(markAtRisk('nope')).thenThrows('POST_NOT_FOUND', 'NOT_FOUND');
  });
});

describe('when recording a redeployment', () => {
  it('records where the at-risk postholder goes and whether with a priority interview', () => {
    spec
      .given([atRisk('hwy-1')])
      .when(redeploy({ toDescription: ' Contract Officer, new function ' }))
      .then([redeployed('hwy-1')]);
    spec
      .given([atRisk('hwy-1')])
      .when(redeploy({ priorityInterview: false, toDescription: 'Procurement Officer' }))
      .then([{ type: 'RedeploymentRecorded', data: { postId: 'hwy-1', toDescription: 'Procurement Officer', priorityInterview: false, reason } }]);
  });

  it('needs the postholder to be at risk first', () => {
    spec.given([]).when(redeploy()).thenThrows('REASSIGNMENT_NOT_ALLOWED', 'CONFLICT');
  });

  it('needs a description of at most 200 characters, and a reason', () => {
    spec
      .given([atRisk('hwy-1')])
      .when(redeploy({ toDescription: '' }))
      .thenThrows('TEXT_REQUIRED');
    spec
      .given([atRisk('hwy-1')])
      .when(redeploy({ toDescription: 'd'.repeat(201) }))
      .thenThrows('TEXT_TOO_LONG');
    spec
      .given([atRisk('hwy-1')])
      .when(redeploy({ reason: '' }))
      .thenThrows('TEXT_REQUIRED');
  });
});

describe('when starting a trial period', () => {
  it('starts a 4-week trial in a to-be post after redeployment', () => {
    spec
      .given(redeployment)
      .when(startTrial())
      .then([trialStarted('hwy-1')]);
  });

  it('starts a trial in a post outside the function', () => {
    spec
      .given(redeployment)
      .when(startTrial({ designPostId: null }))
      .then([trialStarted('hwy-1', null)]);
  });

  it('starts a trial in the post appointed to, and only that post', () => {
    spec
      .given([poolFormed(['hwy-1']), appointed('hwy-1')])
      .when(startTrial({ designPostId: 'd-mgr' }))
      .then([trialStarted('hwy-1', 'd-mgr')]);
    spec
      .given([poolFormed(['hwy-1']), appointed('hwy-1')])
      .when(startTrial())
      .thenThrows('TRIAL_POST_MISMATCH');
  });

  it('refuses a trial longer than 4 weeks without a written agreement', () => {
    const error = spec
      .given(redeployment)
      .when(startTrial({ endDate: '2025-10-30' }))
      .thenThrows('TRIAL_TOO_LONG');
    expect(error.message).toContain('30 days');
  });

  it('extends the trial by written agreement, with a note of it', () => {
    const extended = startTrial({ endDate: '2025-12-24', extendedByWrittenAgreement: true, agreementNote: ' Retraining on contract law ' });
    spec
      .given(redeployment)
      .when(extended)
      .then([
        {
          ...trialStarted('hwy-1'),
          data: { ...trialStarted('hwy-1').data, endDate: '2025-12-24', extendedByWrittenAgreement: true, agreementNote: 'Retraining on contract law' },
        },
      ]);
    spec
      .given(redeployment)
      .when(startTrial({ endDate: '2025-12-24', extendedByWrittenAgreement: true }))
      .thenThrows('TEXT_REQUIRED');
  });

  it('needs the end after the start, on real dates', () => {
    spec
      .given(redeployment)
      .when(startTrial({ endDate: '2025-10-01' }))
      .thenThrows('DATES_OUT_OF_ORDER');
    spec
      .given(redeployment)
      .when(startTrial({ endDate: '2025-09-30' }))
      .thenThrows('DATES_OUT_OF_ORDER');
    spec
      .given(redeployment)
      .when(startTrial({ startDate: '2025-02-30' }))
      .thenThrows('INVALID_DATE');
  });

  it('takes no more FTE into a to-be post than it has', () => {
    spec
      .given([slotIn('asc-2', 'd-off'), ...redeployment])
      .when(startTrial())
      .thenThrows('DESIGN_POST_FULL');
  });

  it('needs an appointment or a redeployment first, and a known design post', () => {
    spec
      .given([atRisk('hwy-1')])
      .when(startTrial())
      .thenThrows('REASSIGNMENT_NOT_ALLOWED', 'CONFLICT');
    spec
      .given([slotIn('hwy-1', 'd-off')])
      .when(startTrial())
      .thenThrows('REASSIGNMENT_NOT_ALLOWED');
    spec
      .given(redeployment)
      .when(startTrial({ designPostId: 'nope' }))
      .thenThrows('DESIGN_POST_NOT_FOUND', 'NOT_FOUND');
  });
});

describe('when ending a trial period', () => {
  const onTrial = [...redeployment, trialStarted('hwy-1')];

  it('confirms the postholder in the post, or finds it unsuitable', () => {
    spec
      .given(onTrial)
      .when(endTrial())
      .then([trialEnded('hwy-1')]);
    spec
      .given(onTrial)
      .when(endTrial('unsuitable'))
      .then([trialEnded('hwy-1', 'unsuitable')]);
  });

  it('puts an unsuitable postholder back at risk, free to be redeployed again', () => {
    spec
      .given([...onTrial, trialEnded('hwy-1', 'unsuitable')])
      .when(redeploy())
      .then([redeployed('hwy-1')]);
  });

  it('needs a trial to be running and a known outcome', () => {
    spec.given(redeployment).when(endTrial()).thenThrows('REASSIGNMENT_NOT_ALLOWED', 'CONFLICT');
    spec
      .given([...onTrial, trialEnded('hwy-1')])
      .when(endTrial())
      .thenThrows('REASSIGNMENT_NOT_ALLOWED');
    spec
      .given(onTrial)
      .when(endTrial('extended' as never))
      .thenThrows('INVALID_OUTCOME');
  });
});
