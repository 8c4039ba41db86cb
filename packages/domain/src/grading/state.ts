import type { CivilDate } from '../shared/values';
import type { JobEvaluationScheme } from './commands';
import type { PostGradingEvent } from './events';
import type { JobDescriptionContent } from './job-description';

export type JobDescriptionVersionStatus = 'draft' | 'changes_requested' | 'approved';
export type JobDescriptionVersion = JobDescriptionContent & { version: number; status: JobDescriptionVersionStatus; changeNotes: string[] };
export type JobEvaluation = {
  jdVersion: number;
  scheme: JobEvaluationScheme;
  score: number;
  panelDate: CivilDate;
  moderated: boolean;
  grade: string;
  minScp: number;
  maxScp: number;
  gradeStructureEffectiveFrom: CivilDate;
  approved: boolean;
};
// The JD's versions, oldest first, and the latest evaluation recorded (a re-evaluation replaces it).
export type PostGradingState = { designPostId: string | null; versions: JobDescriptionVersion[]; evaluation: JobEvaluation | null };

export const initialPostGradingState: PostGradingState = { designPostId: null, versions: [], evaluation: null };

const withVersion = (state: PostGradingState, version: number, change: (v: JobDescriptionVersion) => JobDescriptionVersion): PostGradingState => ({
  ...state,
  versions: state.versions.map((v) => (v.version === version ? change(v) : v)),
});

export const evolvePostGrading = (state: PostGradingState, event: PostGradingEvent): PostGradingState => {
  switch (event.type) {
    case 'JobDescriptionDrafted': {
      const { designPostId, version, purpose, accountabilities, personSpecification } = event.data;
      const drafted: JobDescriptionVersion = { version, purpose, accountabilities, personSpecification, status: 'draft', changeNotes: [] };
      return { ...state, designPostId, versions: [...state.versions, drafted] };
    }
    case 'JobDescriptionApproved':
      return withVersion(state, event.data.version, (v) => ({ ...v, status: 'approved' }));
    case 'JobDescriptionChangesRequested':
      return withVersion(state, event.data.version, (v) => ({ ...v, status: 'changes_requested', changeNotes: [...v.changeNotes, event.data.note] }));
    case 'JobEvaluationRecorded':
      return { ...state, evaluation: { ...event.data, approved: false } };
    case 'JobEvaluationApproved':
      return state.evaluation ? { ...state, evaluation: { ...state.evaluation, approved: true } } : state;
    default:
      return state;
  }
};

export const latestJobDescription = (state: PostGradingState): JobDescriptionVersion | null => state.versions[state.versions.length - 1] ?? null;

// What a post's JD and its evaluation have reached, as the grading screen and the DA snapshot show them.
export const JD_STATUSES = ['none', 'draft', 'changes_requested', 'approved'] as const satisfies readonly ('none' | JobDescriptionVersionStatus)[];
export type JdStatus = (typeof JD_STATUSES)[number];
export const EVALUATION_STATUSES = ['none', 'recorded', 'approved'] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];

export type GradingStatus = {
  jd: JdStatus;
  jdVersion: number | null;
  evaluation: EvaluationStatus;
  evaluatedJdVersion: number | null;
  grade: string | null;
  canBeCostedAsFinal: boolean;
  nextStep: string | null; // what stands between the post and final costing, in words
};

// An evaluation counts only for the JD version it evaluated: redrafting the JD calls for a new one.
// A post can be costed as final only when its latest JD is approved and its grade comes from an
// approved evaluation of that JD; until then costing uses the design's indicative grade.
export const gradingStatus = (state: PostGradingState): GradingStatus => {
  const latest = latestJobDescription(state);
  const recorded = state.evaluation;
  const current = recorded && latest && recorded.jdVersion === latest.version ? recorded : null;
  const jd = latest?.status ?? 'none';
  const evaluation = current ? (current.approved ? 'approved' : 'recorded') : 'none';
  const grade = current?.approved ? current.grade : null;
  const canBeCostedAsFinal = jd === 'approved' && evaluation === 'approved';
  const nextStep = canBeCostedAsFinal
    ? null
    : !latest
      ? 'Draft the job description.'
      : jd === 'changes_requested'
        ? `Revise the job description: HR asked for changes to version ${latest.version}.`
        : recorded && !current
          ? `Evaluate version ${latest.version} of the job description: the evaluation on record was of version ${recorded.jdVersion}.`
          : !current
            ? `Record the job evaluation of version ${latest.version}.`
            : !current.moderated
              ? 'Have the job evaluation moderated, then record the moderated result.'
              : !current.approved
                ? "The job evaluation awaits the HR partner's approval."
                : `Version ${latest.version} of the job description awaits the HR partner's approval.`;
  return { jd, jdVersion: latest?.version ?? null, evaluation, evaluatedJdVersion: recorded?.jdVersion ?? null, grade, canBeCostedAsFinal, nextStep };
};
