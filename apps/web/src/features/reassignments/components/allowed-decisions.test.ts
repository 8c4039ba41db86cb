import { describe, expect, it } from 'vitest';
import { allowedDecisions } from './allowed-decisions';

const post = (outcome: Parameters<typeof allowedDecisions>[0]['outcome'], over: Partial<Parameters<typeof allowedDecisions>[0]> = {}) => ({
  outcome,
  vacant: false,
  payProtection: null,
  inEstablishment: true,
  ...over,
});

describe('the decisions a post allows', () => {
  it('offers slot-in, ring fence or at risk to a filled post with no decision, and release to a vacant one', () => {
    expect(allowedDecisions(post('NONE'))).toEqual(['recordSlotIn', 'placeInRingFence', 'markAtRisk']);
    expect(allowedDecisions(post('NONE', { vacant: true }))).toEqual(['releaseVacancy']);
  });

  it('follows the managing-change order after that', () => {
    expect(allowedDecisions(post('IN_POOL'))).toEqual(['recordSelectionOutcome']);
    expect(allowedDecisions(post('AT_RISK'))).toEqual(['recordRedeployment']);
    expect(allowedDecisions(post('REDEPLOYMENT'))).toEqual(['startTrialPeriod', 'grantPayProtection']);
    expect(allowedDecisions(post('ON_TRIAL'))).toEqual(['endTrialPeriod', 'grantPayProtection']);
  });

  it('grants pay protection once, and decides nothing for a post gone from the establishment', () => {
    expect(allowedDecisions(post('ON_TRIAL', { payProtection: { protectedGrade: 'Grade 9', startDate: '2027-02-01', endDate: '2030-02-01' } }))).toEqual([
      'endTrialPeriod',
    ]);
    expect(allowedDecisions(post('NONE', { inEstablishment: false }))).toEqual([]);
    expect(allowedDecisions(post('VACANCY_RELEASED', { vacant: true }))).toEqual([]);
  });
});
