import { describe, expect, it } from 'vitest';
import { initialDraftValues, progressChoices, readDraft, targetFieldId } from './plan-values';

const open = [
  { designPostId: 'officer', title: 'Contract Officer' },
  { designPostId: 'manager', title: 'Contract Manager' },
];

describe('readDraft', () => {
  it('turns filled-in dates into the stages of each vacancy, in order, leaving blanks out', () => {
    const read = readDraft(open, {
      officer: { owner: ' Head of Contract Management ', targets: { OFFER: '2027-02-10', INTERNAL_ADVERT: '2027-01-11', EXTERNAL_ADVERT: ' ' } },
      manager: { owner: 'Tom Reid', targets: { START: '2027-05-01' } },
    });
    expect(read.problems).toEqual([]);
    expect(read.vacancies).toEqual([
      {
        designPostId: 'officer',
        owner: 'Head of Contract Management',
        stages: [
          { stage: 'INTERNAL_ADVERT', targetDate: '2027-01-11' },
          { stage: 'OFFER', targetDate: '2027-02-10' },
        ],
      },
      { designPostId: 'manager', owner: 'Tom Reid', stages: [{ stage: 'START', targetDate: '2027-05-01' }] },
    ]);
  });

  it('names each problem against its field', () => {
    const read = readDraft(open, {
      officer: { owner: '', targets: { INTERVIEW: '2027-02-10', OFFER: '2027-02-01', START: '1 April' } },
      manager: { owner: 'Tom Reid', targets: {} },
    });
    expect(read.problems).toEqual([
      { fieldId: 'owner-officer', message: 'Contract Officer: enter who recruits to it' },
      { fieldId: targetFieldId('officer', 'OFFER'), message: 'Contract Officer: offer cannot be due before interview' },
      { fieldId: targetFieldId('officer', 'START'), message: 'Contract Officer: write the start date as year-month-day, such as 2027-01-11' },
      { fieldId: targetFieldId('manager', 'RING_FENCED_RECRUITMENT'), message: 'Contract Manager: give a target date for at least one stage' },
    ]);
  });
});

describe('initialDraftValues', () => {
  it('starts a redraft from the drafted plan, for the vacancies still open', () => {
    const values = initialDraftValues(open, [
      { vacancyId: 'officer', owner: 'Head', stages: [{ stage: 'OFFER', targetDate: '2027-02-10' }] },
      { vacancyId: 'gone', owner: 'Head', stages: [] },
    ]);
    expect(values).toEqual({ officer: { owner: 'Head', targets: { OFFER: '2027-02-10' } }, manager: { owner: '', targets: {} } });
  });
});

describe('progressChoices', () => {
  it('offers the stages not yet done, and nothing once filled', () => {
    const stages = [
      { stage: 'INTERNAL_ADVERT' as const, completedOn: '2026-11-30' },
      { stage: 'OFFER' as const, completedOn: null },
    ];
    expect(progressChoices({ status: 'IN_PROGRESS', stages })).toEqual({ actions: ['complete', 'replan', 'filled'], openStages: ['OFFER'] });
    expect(progressChoices({ status: 'IN_PROGRESS', stages: [stages[0]!] })).toEqual({ actions: ['filled'], openStages: [] });
    expect(progressChoices({ status: 'FILLED', stages })).toEqual({ actions: [], openStages: [] });
  });
});
