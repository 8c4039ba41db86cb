// Shared builders for the grading specs (plain data; no jest). Not exported from the index.
import type { CommandMetadata, Role } from '../shared/decider';
import { meta } from '../shared/testing/decider-spec';
import type * as C from './commands';
import type * as E from './events';
import type { GradeStructure } from './grade-structure';
import type { JobDescriptionContent } from './job-description';

export const northShire = '0190a000-0000-7000-8000-00000000a001';
export const southShire = '0190a000-0000-7000-8000-00000000a002';
export const postId = 'post-contract-manager';

export const as = (role: Role): CommandMetadata => meta({ actor: { role, displayName: `A ${role}` } });
export const consultant = as('consultant');
export const hrPartner = as('hr_partner');
// The API's view of who acts where: programme at North Shire; the actor's council.
export const ownCouncil: C.AuthorityScope = { programmeAuthorityId: northShire, actorAuthorityId: northShire };
export const otherCouncil: C.AuthorityScope = { programmeAuthorityId: northShire, actorAuthorityId: southShire };

export const structure2025: GradeStructure = {
  effectiveFrom: '2025-04-01',
  grades: [
    { grade: 'Grade 8', minScp: 20, maxScp: 23 },
    { grade: 'Grade 9', minScp: 23, maxScp: 27 },
    { grade: 'Grade 10', minScp: 28, maxScp: 31 },
  ],
};
export const structure2026: GradeStructure = {
  effectiveFrom: '2026-04-01',
  grades: [
    { grade: 'Band C', minScp: 20, maxScp: 25 },
    { grade: 'Band D', minScp: 26, maxScp: 31 },
  ],
};

export const content = (overrides: Partial<JobDescriptionContent> = {}): JobDescriptionContent => ({
  purpose: 'Manage the council’s key contracts so that they deliver value for money.',
  accountabilities: ['Run quarterly performance reviews with suppliers', 'Keep the contract register current'],
  personSpecification: { essential: ['Experience of managing contracts'], desirable: ['CIPS qualification'] },
  ...overrides,
});

export const draft = (c = content(), m = consultant, scope = ownCouncil): C.DraftJobDescription => ({
  type: 'DraftJobDescription',
  data: { ...scope, designPostId: postId, ...c },
  metadata: m,
});
export const approveJd = (version: number, m = hrPartner, scope = ownCouncil): C.ApproveJobDescription => ({
  type: 'ApproveJobDescription',
  data: { ...scope, version },
  metadata: m,
});
export const requestChanges = (version: number, note = 'Add budget responsibility', m = hrPartner, scope = ownCouncil): C.RequestJobDescriptionChanges => ({
  type: 'RequestJobDescriptionChanges',
  data: { ...scope, version, note },
  metadata: m,
});
export type Evaluation = Omit<C.RecordJobEvaluation['data'], keyof C.AuthorityScope>;
export const evaluation = (overrides: Partial<Evaluation> = {}): Evaluation => ({
  scheme: 'njc_jes',
  score: 480,
  panelDate: '2025-05-20',
  moderated: true,
  resultingGrade: 'Grade 9',
  gradeStructures: [structure2025, structure2026],
  ...overrides,
});
export const recordJe = (e = evaluation(), m = consultant, scope = ownCouncil): C.RecordJobEvaluation => ({
  type: 'RecordJobEvaluation',
  data: { ...scope, ...e },
  metadata: meta({ ...m, now: '2025-06-01T09:00:00Z' }),
});
export const approveJe = (m = hrPartner, scope = ownCouncil): C.ApproveJobEvaluation => ({ type: 'ApproveJobEvaluation', data: { ...scope }, metadata: m });

export const drafted = (version = 1, c = content()): E.PostGradingEvent => ({ type: 'JobDescriptionDrafted', data: { designPostId: postId, version, ...c } });
export const jdApproved = (version = 1): E.PostGradingEvent => ({ type: 'JobDescriptionApproved', data: { version } });
export const changesRequested = (version = 1, note = 'Add budget responsibility'): E.PostGradingEvent => ({
  type: 'JobDescriptionChangesRequested',
  data: { version, note },
});
export const recorded = (overrides: Partial<E.JobEvaluationRecorded['data']> = {}): E.PostGradingEvent => ({
  type: 'JobEvaluationRecorded',
  data: {
    jdVersion: 1,
    scheme: 'njc_jes',
    score: 480,
    panelDate: '2025-05-20',
    moderated: true,
    grade: 'Grade 9',
    minScp: 23,
    maxScp: 27,
    gradeStructureEffectiveFrom: '2025-04-01',
    ...overrides,
  },
});
export const jeApproved = (jdVersion = 1, grade = 'Grade 9'): E.PostGradingEvent => ({ type: 'JobEvaluationApproved', data: { jdVersion, grade } });
