import * as domain from '../index';
import { fold } from '../shared/decider';
import { gradingErrorCodes } from './errors';
import type { PostGradingEvent } from './events';
import { postGradingDecider } from './post-grading-decider';
import { projectPostGrading, type PostGradingRow } from './projections/post-grading';
import { gradingStatus } from './state';
import { changesRequested, content, drafted, jdApproved, jeApproved, recorded } from './spec-fixtures';

const statusAfter = (events: PostGradingEvent[]) => gradingStatus(fold(postGradingDecider, events));

describe('when reading whether a post can be costed as final', () => {
  it('has nothing before a JD is drafted', () => {
    expect(statusAfter([])).toEqual({
      jd: 'none',
      jdVersion: null,
      evaluation: 'none',
      evaluatedJdVersion: null,
      grade: null,
      canBeCostedAsFinal: false,
      nextStep: 'Draft the job description.',
    });
  });

  it('can be costed as final once the JD is approved and the grade comes from an approved evaluation', () => {
    expect(statusAfter([drafted(1), jdApproved(1), recorded(), jeApproved()])).toEqual({
      jd: 'approved',
      jdVersion: 1,
      evaluation: 'approved',
      evaluatedJdVersion: 1,
      grade: 'Grade 9',
      canBeCostedAsFinal: true,
      nextStep: null,
    });
  });

  it('gives no grade from an evaluation that is only recorded', () => {
    expect(statusAfter([drafted(1), jdApproved(1), recorded()])).toMatchObject({
      evaluation: 'recorded',
      grade: null,
      canBeCostedAsFinal: false,
      nextStep: "The job evaluation awaits the HR partner's approval.",
    });
    expect(statusAfter([drafted(1), jdApproved(1), recorded({ moderated: false })]).nextStep).toBe(
      'Have the job evaluation moderated, then record the moderated result.',
    );
  });

  it('is not final while the JD itself awaits approval or changes', () => {
    expect(statusAfter([drafted(1), recorded(), jeApproved()])).toMatchObject({
      jd: 'draft',
      grade: 'Grade 9',
      canBeCostedAsFinal: false,
      nextStep: "Version 1 of the job description awaits the HR partner's approval.",
    });
    expect(statusAfter([drafted(1), changesRequested(1)])).toMatchObject({
      jd: 'changes_requested',
      nextStep: expect.stringContaining('HR asked for changes'),
    });
  });

  it('drops the grade when the JD is redrafted, until the new version is evaluated', () => {
    const events = [drafted(1), jdApproved(1), recorded(), jeApproved(), drafted(2, content({ purpose: 'New' }))];
    expect(statusAfter(events)).toMatchObject({
      jd: 'draft',
      jdVersion: 2,
      evaluation: 'none',
      evaluatedJdVersion: 1,
      grade: null,
      canBeCostedAsFinal: false,
      nextStep: 'Evaluate version 2 of the job description: the evaluation on record was of version 1.',
    });
  });

  it('starts over when a new evaluation replaces an approved one', () => {
    expect(statusAfter([drafted(1), jdApproved(1), recorded(), jeApproved(), recorded({ grade: 'Grade 10' })])).toMatchObject({
      evaluation: 'recorded',
      grade: null,
      canBeCostedAsFinal: false,
    });
  });
});

describe('the post grading read model', () => {
  it('keeps the versions, the evaluation and the status together', () => {
    const row = [drafted(1), changesRequested(1), drafted(2), jdApproved(2), recorded({ jdVersion: 2 }), jeApproved(2)].reduce<PostGradingRow | null>(
      projectPostGrading,
      null,
    )!;
    expect(row.versions.map((v) => [v.version, v.status, v.changeNotes])).toEqual([
      [1, 'changes_requested', ['Add budget responsibility']],
      [2, 'approved', []],
    ]);
    expect(row.evaluation).toMatchObject({ jdVersion: 2, grade: 'Grade 9', approved: true });
    expect(row.status).toMatchObject({ grade: 'Grade 9', canBeCostedAsFinal: true });
  });
});

describe('the grading public API', () => {
  it('exports the deciders, helpers and stream names from the package entry point', () => {
    for (const name of [
      'gradeStructureDecider',
      'postGradingDecider',
      'gradeOn',
      'structureInForce',
      'validateGradeStructure',
      'gradingStatus',
      'projectPostGrading',
      'projectGradeStructure',
      'GRADE_STRUCTURE_STREAM_CATEGORY',
      'JOB_DESCRIPTION_STREAM_CATEGORY',
      'jobDescriptionStreamId',
      'gradingErrorCodes',
    ])
      expect(domain).toHaveProperty(name);
    expect(domain).not.toHaveProperty('structure2025');
  });

  it('lists each error code once and names the JD stream after the programme and the post', () => {
    expect(new Set(gradingErrorCodes).size).toBe(gradingErrorCodes.length);
    expect(`${domain.JOB_DESCRIPTION_STREAM_CATEGORY}-t1_${domain.jobDescriptionStreamId('p1', 'post-1')}`).toBe('jobDescription-t1_p1.post-1');
  });
});
