import { deciderSpec } from '../testing';
import { postGradingDecider } from './post-grading-decider';
import {
  approveJd,
  approveJe,
  as,
  consultant,
  content,
  drafted,
  evaluation,
  hrPartner,
  jdApproved,
  jeApproved,
  otherCouncil,
  recordJe,
  recorded,
} from './spec-fixtures';

const spec = deciderSpec(postGradingDecider);

describe('when recording a job evaluation', () => {
  it('records the grade with its SCP range and the structure version in force on the panel date', () => {
    spec
      .given([drafted(1)])
      .when(recordJe(evaluation({ resultingGrade: 'grade 9' })))
      .then([recorded()]);
  });

  it('evaluates the latest JD version, and records nothing when the result is unchanged', () => {
    spec
      .given([drafted(1), drafted(2, content({ purpose: 'New' }))])
      .when(recordJe())
      .then([recorded({ jdVersion: 2 })]);
    spec
      .given([drafted(1), recorded()])
      .when(recordJe())
      .then([]);
    spec
      .given([drafted(1), recorded()])
      .when(recordJe(evaluation({ score: 500 })))
      .then([recorded({ score: 500 })]);
  });

  it('refuses a grade outside the structure in force on the panel date', () => {
    const error = spec
      .given([drafted(1)])
      .when(recordJe(evaluation({ resultingGrade: 'Grade 12' })))
      .thenThrows('GRADE_NOT_IN_STRUCTURE');
    expect(error.message).toContain('choose one of: Grade 8, Grade 9, Grade 10.');
    spec
      .given([drafted(1)])
      .when(recordJe(evaluation({ resultingGrade: 'Band D' })))
      .thenThrows('GRADE_NOT_IN_STRUCTURE');
    spec
      .given([drafted(1)])
      .when(recordJe(evaluation({ gradeStructures: [] })))
      .thenThrows('NO_GRADE_STRUCTURE_IN_FORCE');
  });

  it('needs a known scheme, a whole score from 0 to 10,000, a moderation answer and a past panel date', () => {
    const given = spec.given([drafted(1)]);
    given.when(recordJe(evaluation({ scheme: 'glpc', score: 0 }))).then([recorded({ scheme: 'glpc', score: 0 })]);
    given.when(recordJe(evaluation({ scheme: 'hay', score: 10_000 }))).then([recorded({ scheme: 'hay', score: 10_000 })]);
    for (const bad of [{ scheme: 'gauge' }, { score: 10_001 }, { score: -1 }, { score: 4.5 }, { moderated: 'yes' }, { panelDate: '2025-06-02' }]) {
      given.when(recordJe(evaluation(bad as never))).thenThrows('INVALID_JOB_EVALUATION');
    }
    given.when(recordJe(evaluation({ panelDate: '2025-5-20' }))).thenThrows('INVALID_DATE');
  });

  it('needs a job description first', () => {
    spec.given([]).when(recordJe()).thenThrows('JD_NOT_DRAFTED');
  });

  it('is for the consultancy and the council’s HR partner', () => {
    spec
      .given([drafted(1)])
      .when(recordJe(evaluation(), hrPartner))
      .then([recorded()]);
    spec
      .given([drafted(1)])
      .when(recordJe(evaluation(), hrPartner, otherCouncil))
      .thenThrows('GRADING_ACTION_NOT_ALLOWED', 'FORBIDDEN');
    spec
      .given([drafted(1)])
      .when(recordJe(evaluation(), as('da_member')))
      .thenThrows('GRADING_ACTION_NOT_ALLOWED', 'FORBIDDEN');
  });
});

describe('when the HR partner was invited by whoever drafted or evaluated the post', () => {
  const author = consultant.actor;
  const invited = (userId: string) => ({ ...hrPartner, actor: { ...hrPartner.actor, invitedBy: { userId, displayName: 'Someone' } } });
  const withAuthors = <C extends { data: object }>(c: C): C => ({ ...c, data: { ...c.data, authorIds: [author.userId] } });

  it('refuses to approve the job description and the evaluation', () => {
    spec
      .given([drafted()])
      .when(withAuthors(approveJd(1, invited(author.userId))))
      .thenThrows('GRADING_APPROVER_INVITED_BY_AUTHOR', 'FORBIDDEN');
    spec
      .given([drafted(), jdApproved(), recorded()])
      .when(withAuthors(approveJe(invited(author.userId))))
      .thenThrows('GRADING_APPROVER_INVITED_BY_AUTHOR', 'FORBIDDEN');
  });

  it('lets an HR partner invited by someone else approve', () => {
    spec
      .given([drafted()])
      .when(withAuthors(approveJd(1, invited('0190a000-0000-7000-8000-0000000000a9'))))
      .then([jdApproved()]);
  });
});

describe('when an HR partner approves the evaluation', () => {
  it('approves a moderated evaluation of the latest JD, once', () => {
    spec
      .given([drafted(1), jdApproved(1), recorded()])
      .when(approveJe())
      .then([jeApproved()]);
    spec
      .given([drafted(1), recorded(), jeApproved()])
      .when(approveJe())
      .then([]);
  });

  it('refuses an unmoderated evaluation', () => {
    const error = spec
      .given([drafted(1), recorded({ moderated: false })])
      .when(approveJe())
      .thenThrows('JE_NOT_MODERATED');
    expect(error.message).toBe('Only a moderated evaluation can be approved; have the panel result moderated and record it again.');
  });

  it('refuses an evaluation of a superseded JD version, or none at all', () => {
    spec
      .given([drafted(1), recorded(), drafted(2, content({ purpose: 'New' }))])
      .when(approveJe())
      .thenThrows('JE_FOR_SUPERSEDED_JD');
    spec
      .given([drafted(1)])
      .when(approveJe())
      .thenThrows('JE_NOT_RECORDED', 'NOT_FOUND');
  });

  it('refuses anyone but the council’s HR partner', () => {
    spec
      .given([drafted(1), recorded()])
      .when(approveJe(consultant))
      .thenThrows('JE_APPROVER_NOT_HR_PARTNER', 'FORBIDDEN');
    spec
      .given([drafted(1), recorded()])
      .when(approveJe(hrPartner, otherCouncil))
      .thenThrows('JE_APPROVER_NOT_HR_PARTNER', 'FORBIDDEN');
  });
});
