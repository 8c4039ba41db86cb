import { followingStage, initialProgrammeStage, programmeStageOf, type ProgrammeDecision } from './programme-stage';

const at = (type: string, data: Record<string, unknown> = {}, occurredAt = '2026-05-01T10:00:00.000Z'): ProgrammeDecision => ({ type, data, occurredAt });

const dealProposed = at('FteDealProposed', {}, '2026-04-10T09:00:00.000Z');
const optionDrafted = at('DesignOptionDrafted');
const optionChosen = at('DesignOptionChosen');
const submitted = at('DesignAuthoritySubmitted', {}, '2026-06-01T09:00:00.000Z');
const decided = (decision: string, meetingDate = '2026-06-15') => at('DesignAuthorityDecided', { decision, meetingDate });
const launched = at('ConsultationLaunched', { launchedOn: '2026-07-01' });
const handedOver = at('RecruitmentPlanHandedOver', { handedOverOn: '2026-09-01' });
const accepted = at('RecruitmentPlanAccepted', { acceptedOn: '2026-09-03' });
const throughSubmission = [dealProposed, optionDrafted, optionChosen, submitted];

// given the decisions recorded, when the stage is read, then…
describe('programme stage', () => {
  it('given no decision yet, is analysis, set by nothing', () => {
    expect(programmeStageOf([])).toEqual(initialProgrammeStage);
    expect(programmeStageOf([at('ActivityReturnSubmitted')])).toEqual({ stage: 'analysis', setBy: null });
  });

  it('given the first FTE deal proposed, is funding, dated by the day it was recorded', () => {
    expect(programmeStageOf([dealProposed])).toEqual({
      stage: 'funding',
      setBy: { type: 'FteDealProposed', summary: 'First FTE deal proposed', on: '2026-04-10' },
    });
  });

  it('given a design option drafted, then chosen, is design, then grading and costs', () => {
    expect(programmeStageOf([dealProposed, optionDrafted]).stage).toBe('design');
    expect(programmeStageOf([dealProposed, optionDrafted, optionChosen]).stage).toBe('grading_and_costs');
  });

  it('given a submission to the Design Authority, is approval', () => {
    expect(programmeStageOf(throughSubmission)).toMatchObject({ stage: 'approval', setBy: { type: 'DesignAuthoritySubmitted', on: '2026-06-01' } });
  });

  it('given approval by the Design Authority, consultation is next, dated by the meeting', () => {
    expect(programmeStageOf([...throughSubmission, decided('approved')])).toEqual({
      stage: 'consultation',
      setBy: { type: 'DesignAuthorityDecided', summary: 'Approved by the Design Authority', on: '2026-06-15' },
    });
    expect(programmeStageOf([...throughSubmission, decided('approved_with_conditions')]).setBy?.summary).toBe(
      'Approved with conditions by the Design Authority',
    );
  });

  it('given a deferral, stays in approval, still set by the submission', () => {
    expect(programmeStageOf([...throughSubmission, decided('deferred')])).toMatchObject({ stage: 'approval', setBy: { type: 'DesignAuthoritySubmitted' } });
  });

  it('given a rejection, goes back to design; a new choice and submission bring it forward again', () => {
    const rejected = [...throughSubmission, decided('rejected')];
    expect(programmeStageOf(rejected)).toMatchObject({ stage: 'design', setBy: { summary: 'Rejected by the Design Authority', on: '2026-06-15' } });
    expect(programmeStageOf([...rejected, optionChosen, submitted, decided('approved', '2026-07-20')])).toMatchObject({
      stage: 'consultation',
      setBy: { on: '2026-07-20' },
    });
  });

  it('given consultation launched after approval, stays in consultation, still set by the approval', () => {
    expect(programmeStageOf([...throughSubmission, decided('approved'), launched]).setBy?.type).toBe('DesignAuthorityDecided');
  });

  it('given the recruitment plan handed over, is handover; accepted by the interim service manager, is done', () => {
    const handover = [...throughSubmission, decided('approved'), launched, handedOver];
    expect(programmeStageOf(handover)).toMatchObject({ stage: 'handover', setBy: { on: '2026-09-01' } });
    expect(programmeStageOf([...handover, accepted])).toMatchObject({ stage: 'done', setBy: { type: 'RecruitmentPlanAccepted', on: '2026-09-03' } });
  });

  it('given a plan returned by the interim service manager, stays in handover until accepted', () => {
    const returned = [...throughSubmission, decided('approved'), handedOver, at('RecruitmentPlanReturned')];
    expect(programmeStageOf(returned).stage).toBe('handover');
  });

  it('never moves back for a later decision of an earlier stage, nor for a rejection once approved', () => {
    const approved = [...throughSubmission, decided('approved')];
    expect(programmeStageOf([...approved, dealProposed, optionDrafted]).stage).toBe('consultation');
    expect(programmeStageOf([...approved, submitted, decided('rejected')]).stage).toBe('consultation');
  });

  it('names the stage that follows each one, and none after done', () => {
    expect(followingStage('approval')).toBe('consultation');
    expect(followingStage('done')).toBeNull();
  });
});
